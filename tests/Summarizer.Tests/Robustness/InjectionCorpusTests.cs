using System.Text.RegularExpressions;
using Summarizer.Tests.Robustness.Corpus;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Robustness;

/// <summary>Report text is data: injected instructions, tags and fake answers change nothing the digest asserts.</summary>
public sealed partial class InjectionCorpusTests
{
    private const int Reports = 8;
    private static readonly IsoWeek Week = new(2024, 26);

    [Fact]
    public async Task Run_CorpusWithInjectedLines_DigestHeadingsAndCountsEqualThoseOfCleanCorpus()
    {
        var (clean, injected) = await RunBothAsync();

        Assert.NotEmpty(clean.Items);
        Assert.Equal(Headings(clean.Markdown), Headings(injected.Markdown));
        Assert.Equal(Counts(clean.Markdown), Counts(injected.Markdown));
        Assert.NotEmpty(Counts(clean.Markdown));
        Assert.Equal(Summary(clean.Markdown), Summary(injected.Markdown));
    }

    [Fact]
    public async Task Run_CorpusWithInjectedLines_NoInjectedLineBecomesAnItem()
    {
        var (clean, injected) = await RunBothAsync();
        var attacks = InjectionLines.English.Concat(InjectionLines.Chinese).ToList();

        Assert.DoesNotContain(injected.Items, i => attacks.Any(a => a.Contains(i.Source.Quote, StringComparison.Ordinal) && i.Source.Quote.Length > 12));
        Assert.Equal(clean.Items.Count, injected.Items.Count);
    }

    [Fact]
    public async Task Run_CorpusWithInjectedLines_NoRawTagsInHtmlAndFakeJsonItemsNotAdopted()
    {
        var (_, injected) = await RunBothAsync();

        Assert.DoesNotMatch(RawTag(), injected.Html);
        // The fake answer's item (an incident with that summary) is never taken over; whatever the engine makes of the
        // JSON line is grounded like any text: its quote is verbatim text of that team's report.
        Assert.DoesNotContain(injected.Items, i => i.Kind == ItemKind.Incident &&
            (i.Summary.Contains(InjectionLines.FakeClaim, StringComparison.Ordinal) || i.Summary.Contains(InjectionLines.FakeClaimZh, StringComparison.Ordinal)));
        foreach (var item in injected.Items)
            Assert.Contains(item.Source.Quote, injected.Texts[item.Source.File]);
    }

    private static async Task<(DigestRun Clean, DigestRun Injected)> RunBothAsync()
    {
        using var folder = new TempFolder();
        var clean = Path.Combine(folder.Path, "clean");
        var corpus = new TeamReportCorpus();
        corpus.Write(clean, Week, Reports);
        var injected = new Dictionary<string, string>();
        for (int i = 0; i < Reports; i++)
        {
            var relative = $"{Week}/{TeamReportCorpus.FileName(i)}";
            injected[relative] = Inject(corpus.Report(Week, i));
            folder.Write(Path.Combine("injected", relative), injected[relative]);
        }
        return (await RunAsync(clean, new Dictionary<string, string>()), await RunAsync(Path.Combine(folder.Path, "injected"), injected));
    }

    /// <summary>After every heading of the report, one injected line (cycling through them); a heading row in each status table.</summary>
    private static string Inject(string report)
    {
        var lines = new List<string>();
        int n = 0;
        bool chinese = report.Contains("【", StringComparison.Ordinal);
        var attacks = chinese ? InjectionLines.Chinese : InjectionLines.English;
        foreach (var line in report.Split('\n'))
        {
            lines.Add(line);
            if (line.StartsWith('#')) lines.AddRange(["", attacks[n++ % attacks.Length], ""]);
            if (line.StartsWith("| --- ", StringComparison.Ordinal)) lines.Add(InjectionLines.HeadingRow);
        }
        return string.Join('\n', lines);
    }

    private static async Task<DigestRun> RunAsync(string input, IReadOnlyDictionary<string, string> texts)
    {
        await using var harness = new PipelineHarness();
        var outcome = await harness.RunAsync(Week.ToString(), input, engine: "offline");
        return new DigestRun(
            await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "digest.md")),
            await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "digest.html")),
            outcome.Snapshot.Items, texts);
    }

    /// <summary>The digest's headings: its own structure, and the team names it lists.</summary>
    private static List<string> Headings(string markdown) => markdown.Split('\n').Where(l => l.StartsWith('#')).ToList();

    /// <summary>What the digest counts in its header and summary (up to its second section): teams, decisions, delays, incidents, minutes.</summary>
    private static List<string> Counts(string markdown)
    {
        var counts = new List<string>();
        int sections = 0;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) && ++sections == 2) break;
            counts.AddRange(Count().Matches(line).Select(m => m.Value));
        }
        return counts;
    }

    /// <summary>The executive summary's bullet lines.</summary>
    private static List<string> Summary(string markdown) =>
        markdown.Split("\n## ")[1].Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();

    private sealed record DigestRun(string Markdown, string Html, IReadOnlyList<ExtractedItem> Items, IReadOnlyDictionary<string, string> Texts);

    [GeneratedRegex(@"\d+\s*(个团队|项|起|分钟|teams?|items?|decisions?|delays?|incidents?|minutes)")]
    private static partial Regex Count();

    [GeneratedRegex(@"<\s*(script|message|/?report_sections)\b|<section id=", RegexOptions.IgnoreCase)]
    private static partial Regex RawTag();
}
