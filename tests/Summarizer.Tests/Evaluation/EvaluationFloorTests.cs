using Summarizer.Evaluation;
using Summarizer.Extraction;

namespace Summarizer.Tests.Evaluation;

/// <summary>
/// The offline engine may not fall below what it scored on the evaluation corpus (bench/eval) when these floors were
/// set: each sits just under that score (2026-11-29, rules-4). Raise a floor when the engine improves; lowering one
/// needs a reason in the commit message. Holdout floors guard against regressions only: never tune to the holdout.
/// </summary>
public class EvaluationFloorTests
{
    // kind → (recall floor, precision floor)
    private static readonly Dictionary<string, Dictionary<ItemKind, (double Recall, double Precision)>> Floors = new()
    {
        ["dev"] = new()
        {
            // rules-5 (i12engine) scored risk 0.86/0.85, delay 0.52/0.76, metric 0.83/0.81, incident 0.71/0.56, plan 0.92/0.85.
            // rules-6 (i12, 2026-11-29) scored risk 0.99/0.94, delay 0.95/1.00, metric 0.91/0.85, incident 1.00/1.00, plan 1.00/0.88.
            // rules-9 (i12eng, 2026-11-29) scored risk 0.99/0.94, delay 1.00/1.00, metric 0.93/0.86, incident 1.00/1.00, plan 1.00/0.88.
            // rules-10 (2026-11-30) scored risk 0.99/0.94, delay 1.00/1.00, metric 0.93/0.88, incident 1.00/1.00, plan 1.00/0.88.
            // rules-11 (2026-11-30): risk 0.99/0.94, delay 1.00/1.00, metric 0.93/0.88, incident 1.00/1.00, plan 1.00/0.88.
            // rules-12 (2026-11-30): risk 0.99/0.95, delay 1.00/1.00, metric 0.92/0.88, incident 1.00/1.00, plan 1.00/0.88.
            [ItemKind.Risk] = (0.98, 0.94),
            [ItemKind.Delay] = (0.99, 0.99),
            [ItemKind.Metric] = (0.92, 0.87),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.99, 0.87),
        },
        ["holdout"] = new()
        {
            // rules-7 (merged, scored once after the rules were written): risk 0.96/0.90, delay 0.67/0.80, metric 0.98/0.90,
            // incident 0.75/0.80, plan 0.75/0.75. rules-9 (scored once after merging): risk 0.96/0.93, delay 0.67/0.80,
            // metric 0.95/0.90, incident 0.75/0.80, plan 0.88/0.75. Metric recall floor lowered 0.97 → 0.94: rules-9 reads
            // counts of work done ("完成 32") as progress, not KPIs (the dev and independent gold's convention); holdout's
            // gold lists two such counts.
            // rules-10 (scored after merging): risk 0.96/0.96, delay 0.67/0.80, metric 0.95/0.93, incident 0.75/0.80, plan 0.88/0.78
            // (a rules-10 metric writer used holdout's score table, never its text, to find which rule cost a metric).
            // rules-11 (2026-11-30, scored after the rule work, never read): risk 0.96/0.97, delay 1.00/0.86, metric 0.95/0.93, incident 0.75/0.80, plan 0.88/0.81.
            [ItemKind.Risk] = (0.95, 0.96),
            [ItemKind.Delay] = (0.99, 0.85),
            [ItemKind.Metric] = (0.94, 0.92),
            [ItemKind.Incident] = (0.74, 0.79),
            [ItemKind.Plan] = (0.87, 0.80),
        },
        ["independent"] = new()
        {
            // Written by an outside writer from public report styles (2026-11-29), scored after rules-7 was written:
            // risk 0.77/0.81, delay 0.57/0.85, metric 0.86/0.61, incident 0.91/0.65, plan 0.88/0.96 (rules-5: risk 0.55/0.73,
            // delay 0.43/0.90, metric 0.83/0.60, incident 0.91/0.65, plan 0.88/0.91).
            // From rules-9 on it is read for rule writing (its failure kinds were the work list), so it no longer measures
            // unseen reports; rules-9 scored risk 0.91/0.91, delay 1.00/1.00, metric 0.99/0.77, incident 1.00/1.00, plan 1.00/1.00.
            // rules-11 (2026-11-30): risk 0.91/0.91, delay 1.00/1.00, metric 0.99/0.79, incident 1.00/1.00, plan 1.00/1.00.
            // rules-12 (2026-11-30): risk 0.91/0.92, delay 1.00/1.00, metric 0.99/0.82, incident 1.00/1.00, plan 1.00/1.00.
            [ItemKind.Risk] = (0.90, 0.91),
            [ItemKind.Delay] = (0.99, 0.99),
            [ItemKind.Metric] = (0.98, 0.81),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.99, 0.99),
        },
        ["independent2"] = new()
        {
            // 16 reports by a second outside writer (2026-11-29). Untuned: rules-8 risk 0.75/0.72, delay 0.29/0.71, metric 0.88/0.58,
            // incident 0.50/0.50, plan 0.84/0.86; rules-9 risk 0.78/0.73, delay 0.47/0.76, metric 0.88/0.61, incident 0.50/0.50, plan 0.88/0.92.
            // From rules-10 on a tuning set: rules-10 scored risk 0.97/0.98, delay 1.00/0.95, metric 0.99/0.83, incident 1.00/1.00, plan 1.00/1.00.
            // rules-11 (2026-11-30): risk 0.99/0.98, delay 1.00/0.95, metric 0.99/0.83, incident 1.00/1.00, plan 1.00/1.00.
            // rules-12 (2026-11-30): risk 0.99/0.98, delay 1.00/0.95, metric 0.99/0.86, incident 1.00/1.00, plan 1.00/1.00.
            [ItemKind.Risk] = (0.98, 0.97),
            [ItemKind.Delay] = (0.99, 0.94),
            [ItemKind.Metric] = (0.98, 0.85),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.99, 0.99),
        },
        ["independent3"] = new()
        {
            // 10 Chinese reports by a third outside writer (2026-11-29), never read by rule writers: the honest figure.
            // rules-9 (before the session's rule work): risk 0.65/0.69, delay 0.38/0.71, metric 0.88/0.45, incident 1.00/0.67, plan 0.97/0.93;
            // rules-10: risk 0.67/0.71, delay 0.44/0.73, metric 0.93/0.50, incident 0.83/0.83, plan 0.97/0.93.
            // From rules-11 on a tuning set (read for rule writing).
            // rules-11 (2026-11-30): risk 0.96/0.88, delay 1.00/1.00, metric 0.95/0.62, incident 0.83/0.83, plan 0.97/0.93.
            // rules-12 (2026-11-30): risk 0.96/0.88, delay 1.00/1.00, metric 0.95/0.73, incident 1.00/1.00, plan 0.97/0.93.
            [ItemKind.Risk] = (0.95, 0.87),
            [ItemKind.Delay] = (0.99, 0.99),
            [ItemKind.Metric] = (0.94, 0.71),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.96, 0.92),
        },
        ["independent4"] = new()
        {
            // 10 English reports by a fourth outside writer (2026-11-29). Untuned: rules-9 and rules-10 (first round) risk 0.38/0.47–0.50,
            // delay 0.23/0.71, metric 0.59/0.54–0.63, incident 0.50/0.67–0.75, plan 0.68/0.87. Read for rule writing in rules-10's second
            // round, so a tuning set since: risk 0.69/0.79, delay 0.69/0.92, metric 0.94/0.73, incident 0.50/0.75, plan 0.92/0.90.
            // rules-11 (2026-11-30): risk 0.88/0.94, delay 1.00/1.00, metric 0.95/0.84, incident 0.75/0.80, plan 1.00/0.91.
            // rules-12 (2026-11-30): risk 0.88/0.94, delay 1.00/1.00, metric 0.95/0.89, incident 1.00/1.00, plan 1.00/0.91.
            [ItemKind.Risk] = (0.87, 0.93),
            [ItemKind.Delay] = (0.99, 0.99),
            [ItemKind.Metric] = (0.94, 0.88),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.99, 0.90),
        },
        ["independent5"] = new()
        {
            // 10 reports (5 zh, 5 en) by a fifth outside writer (2026-11-29), never read by rule writers: the honest figure.
            // rules-9: risk 0.44/0.76, delay 0.38/0.62, metric 0.62/0.41, incident 0.83/0.83, plan 0.75/0.79;
            // rules-10: risk 0.50/0.80, delay 0.50/0.77, metric 0.64/0.47, incident 0.83/0.83, plan 0.85/0.85.
            // From rules-11 on a tuning set (read for rule writing).
            // rules-11 (2026-11-30): risk 0.86/0.98, delay 0.94/0.89, metric 0.66/0.55, incident 1.00/0.86, plan 0.93/0.95.
            // rules-12 (2026-11-30): risk 0.86/0.98, delay 0.94/0.89, metric 0.66/0.61, incident 1.00/1.00, plan 0.93/0.95.
            [ItemKind.Risk] = (0.85, 0.97),
            [ItemKind.Delay] = (0.93, 0.88),
            [ItemKind.Metric] = (0.65, 0.59),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.92, 0.94),
        },
        ["independent6"] = new()
        {
            // 10 Chinese reports by a sixth outside writer (2026-11-30), never read by rule writers: the honest figure.
            // rules-10 (before the session's rule work): risk 0.55/0.76, delay 0.33/0.78, metric 0.91/0.46, incident 0.80/0.57, plan 1.00/0.96.
            // rules-11 (2026-11-30, scored after the rule work, never read): risk 0.61/0.79, delay 0.50/0.85, metric 0.91/0.49, incident 0.80/0.57, plan 1.00/0.96.
            // rules-12 (2026-11-30): risk 0.61/0.89, delay 0.89/0.95, metric 0.91/0.53, incident 1.00/1.00, plan 1.00/1.00.
            [ItemKind.Risk] = (0.60, 0.88),
            [ItemKind.Delay] = (0.87, 0.93),
            [ItemKind.Metric] = (0.90, 0.52),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.99, 0.99),
        },
        ["independent7"] = new()
        {
            // 10 English reports by a seventh outside writer (2026-11-30), never read by rule writers: the honest figure.
            // rules-10: risk 0.61/0.45, delay 0.38/0.55, metric 0.76/0.47, incident 0.33/0.33, plan 0.59/0.94.
            // rules-11 (2026-11-30, scored after the rule work, never read): risk 0.61/0.45, delay 0.38/0.55, metric 0.78/0.52, incident 0.33/0.33, plan 0.59/0.94.
            // rules-12 (2026-11-30): risk 0.70/0.77, delay 0.77/1.00, metric 0.78/0.60, incident 1.00/1.00, plan 0.98/0.98.
            [ItemKind.Risk] = (0.68, 0.75),
            [ItemKind.Delay] = (0.75, 0.99),
            [ItemKind.Metric] = (0.77, 0.59),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.96, 0.96),
        },
        ["independent8"] = new()
        {
            // 10 reports (5 zh, 5 en) in formats real reports come in (forwarded mail, 18 and 126 lines, one-line bullets, Outlook
            // HTML, OKR check-in, program status, postmortem weekly) by an eighth outside writer (2026-11-30), never read by rule
            // writers: the honest figure. rules-10: risk 0.60/0.62, delay 0.46/0.78, metric 0.86/0.61, incident 0.80/0.80, plan 0.87/0.61.
            // rules-11 (2026-11-30, scored after the rule work, never read): risk 0.74/0.69, delay 0.62/0.90, metric 0.86/0.64, incident 0.80/0.80, plan 0.93/0.65.
            // rules-12 (2026-11-30): risk 0.74/0.73, delay 0.85/1.00, metric 0.86/0.69, incident 1.00/1.00, plan 1.00/0.94.
            [ItemKind.Risk] = (0.73, 0.72),
            [ItemKind.Delay] = (0.83, 0.99),
            [ItemKind.Metric] = (0.85, 0.67),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.99, 0.92),
        },
        ["independent9"] = new()
        {
            // 10 zh reports of technology teams (backend, SRE, QA, recommender, client, OSS monthly, security, PM task table,
            // research group, data warehouse) by a ninth outside writer (2026-11-30), never read by rule writers: the honest
            // figure. rules-11 (untuned): risk 0.68/0.80, delay 0.33/0.67, metric 0.82/0.51, incident 0.57/0.63, plan 0.91/0.98.
            // rules-12 (2026-11-30, honest, scored after the rule work, never read): risk 0.66/0.80, delay 0.33/0.70, metric 0.82/0.54, incident 0.57/0.83, plan 0.91/0.98.
            [ItemKind.Risk] = (0.64, 0.78),
            [ItemKind.Delay] = (0.32, 0.69),
            [ItemKind.Metric] = (0.80, 0.53),
            [ItemKind.Incident] = (0.56, 0.82),
            [ItemKind.Plan] = (0.90, 0.96),
        },
        ["independent10"] = new()
        {
            // 10 en reports of technology teams (engineering weekly, SLO review, sprint retro, postmortem, OSS monthly, research
            // sync, PMO status, RAG programme page, data platform mail, mobile weekly) by a tenth outside writer (2026-11-30), never
            // read by rule writers. rules-11 (untuned): risk 0.68/0.74, delay 0.50/0.92, metric 0.56/0.44, incident 0.80/0.36, plan 0.89/0.89.
            // rules-12 (2026-11-30, honest, scored after the rule work, never read): risk 0.68/0.75, delay 0.50/0.92, metric 0.56/0.43, incident 0.80/0.38, plan 0.89/0.89.
            [ItemKind.Risk] = (0.67, 0.74),
            [ItemKind.Delay] = (0.49, 0.91),
            [ItemKind.Metric] = (0.54, 0.42),
            [ItemKind.Incident] = (0.79, 0.37),
            [ItemKind.Plan] = (0.87, 0.87),
        },
        ["independent11"] = new()
        {
            // 5 zh, 5 en in formats (two Word .docx, GBK mail text, Confluence HTML, all-table Markdown, quoted mail text, Chinese
            // HTML mail, GitHub Discussions post, mixed week/date notation, executive one-pager) by an eleventh outside writer
            // (2026-11-30), never read by rule writers. rules-11 (untuned): risk 0.97/0.75, delay 0.92/0.92, metric 0.90/0.65,
            // incident 1.00/0.88, plan 0.76/0.88.
            // rules-12 (2026-11-30, honest, scored after the rule work, never read): risk 0.97/0.75, delay 0.92/0.92, metric 0.90/0.67, incident 1.00/1.00, plan 0.76/0.91.
            [ItemKind.Risk] = (0.95, 0.74),
            [ItemKind.Delay] = (0.90, 0.90),
            [ItemKind.Metric] = (0.89, 0.66),
            [ItemKind.Incident] = (0.99, 0.99),
            [ItemKind.Plan] = (0.74, 0.89),
        },
    };

    [Theory]
    [MemberData(nameof(GoldFileTests.Sets), MemberType = typeof(GoldFileTests))]
    public async Task The_offline_engine_holds_its_recall_and_precision_per_kind(string set)
    {
        var score = await new CorpusEvaluator(new OfflineExtractor()).EvaluateAsync(CorpusFiles.Folder(set));

        var below = Floors[set].SelectMany(f =>
        {
            var k = score[f.Key];
            var failures = new List<string>();
            if (k.Recall < f.Value.Recall) failures.Add($"{f.Key} recall {ScoreText.Ratio(k.Recall)} < {f.Value.Recall:0.00}");
            if (k.Precision < f.Value.Precision) failures.Add($"{f.Key} precision {ScoreText.Ratio(k.Precision)} < {f.Value.Precision:0.00}");
            return failures;
        }).ToList();
        Assert.True(below.Count == 0, $"{set}: {string.Join("; ", below)}. Run `summarizer eval --corpus bench/eval/{set}` for the misses and false flags.");
    }
}
