using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Gather;

namespace Summarizer.Evaluation;

/// <summary>
/// Reads an evaluation corpus folder: every report file (<c>.md .txt .html …</c>) that has a <c>&lt;id&gt;.gold.json</c>
/// beside it, loaded through the gatherer's own <see cref="ReportFileLoader"/> so line numbers are the pipeline's.
/// </summary>
public static class GoldLoader
{
    /// <summary>camelCase keys, enum kinds as their items.json words; an unknown key is an error (a typo would lose a fact).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public const string GoldSuffix = ".gold.json";

    /// <summary>The corpus's reports in file-name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist, or is a file.</exception>
    /// <exception cref="FormatException">A report cannot be read; a gold file is missing, has no report, or is not valid JSON of
    /// <see cref="GoldReport"/>; the folder holds no report with a gold file.</exception>
    public static async Task<IReadOnlyList<CorpusReport>> LoadAsync(string corpusDir, CancellationToken ct = default)
    {
        var root = Path.GetFullPath(corpusDir);
        if (File.Exists(root))
            throw new DirectoryNotFoundException($"'{corpusDir}' is a file; --corpus takes the folder that holds the reports and their <id>.gold.json files (e.g. '{(Path.GetDirectoryName(corpusDir) is { Length: > 0 } d ? d : ".")}').");
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"Corpus folder '{corpusDir}' does not exist; pass a folder of <id>.md|txt|html reports with <id>.gold.json beside each.");
        var loader = new ReportFileLoader(new GatherOptions(), NullLogger.Instance);
        var reports = new List<CorpusReport>();
        var files = Directory.EnumerateFiles(root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        static bool IsGold(string? name) => name!.EndsWith(GoldSuffix, StringComparison.OrdinalIgnoreCase);
        // A gold file whose report is missing (renamed, a typo in its extension) would silently leave the score.
        var stems = files.Where(f => !IsGold(f)).Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var orphans = files.Where(f => IsGold(f) && !stems.Contains(f![..^GoldSuffix.Length])).ToList();
        if (orphans.Count > 0)
            throw new FormatException($"{string.Join(", ", orphans)} has no report beside it: put <id>.md|txt|html|docx next to <id>.gold.json, or remove the gold file.");
        foreach (var name in files)
        {
            var path = Path.Combine(root, name!);
            if (name!.StartsWith('.') || IsGold(name) || name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
                continue;
            var goldPath = Path.Combine(root, Path.GetFileNameWithoutExtension(name) + GoldSuffix);
            if (!File.Exists(goldPath)) throw new FormatException($"{name} has no gold file: write {Path.GetFileName(goldPath)} beside it.");
            var file = await loader.LoadAsync(new FileInfo(path), name, ResolvedPath.Of(root), ct).ConfigureAwait(false);
            if (file.Rejected is { } rejected) throw new FormatException($"{name} {rejected.Reason}");
            if (file.Content?.Lines is not { } lines) continue;
            var gold = ReadGold(goldPath) with { File = name };
            if (!IsoWeek.TryParse(gold.Week, out var week)) throw new FormatException($"{Path.GetFileName(goldPath)}: week '{gold.Week}' is not like 2024-W26");
            reports.Add(new CorpusReport(Document(file, lines, week), gold));
        }
        if (reports.Count == 0)
            throw new FormatException($"Corpus folder '{corpusDir}' holds no reports with gold files; write <id>.md|txt|html|docx and <id>.gold.json beside it (bench/eval/README.md).");
        return reports;
    }

    /// <summary>Parses one gold file.</summary>
    /// <exception cref="FormatException">Not valid JSON of <see cref="GoldReport"/>.</exception>
    public static GoldReport ReadGold(string goldPath)
    {
        try
        {
            var gold = JsonSerializer.Deserialize<GoldReport>(File.ReadAllText(goldPath), Json)
                ?? throw new FormatException($"{Path.GetFileName(goldPath)} is empty");
            // A null entry ("items": [null]) or a number no score can hold (1e400) is the writer's slip: name it, never crash.
            if ((gold.Items ?? []).Any(i => i is null) || (gold.Benign ?? []).Any(b => b is null))
                throw new FormatException($"{Path.GetFileName(goldPath)}: an entry of \"items\" or \"benign\" is null; remove it or write the item (bench/eval/README.md)");
            if ((gold.Items ?? []).FirstOrDefault(i => !Holdable(i.Value) || !Holdable(i.Previous)) is { } huge)
                throw new FormatException($"{Path.GetFileName(goldPath)}: the {huge.Kind.ToString().ToLowerInvariant()} item anchored '{huge.Anchor}' has a value too large to score; write the figure as the report does");
            // "benign" (and an empty "items") may be left out of a hand-written gold file; an anchor may not.
            var unanchored = (gold.Items ?? []).Select(i => i.Anchor).Concat((gold.Benign ?? []).Select(b => b.Anchor)).Count(string.IsNullOrWhiteSpace);
            if (unanchored > 0)
                throw new FormatException($"{Path.GetFileName(goldPath)}: {unanchored} item(s) without an \"anchor\" (a short verbatim piece of the one line the item comes from; bench/eval/README.md)");
            return gold with { Items = gold.Items ?? [], Benign = gold.Benign ?? [] };
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{Path.GetFileName(goldPath)} is not a valid gold file: {Text.JsonErrorText.Describe(ex)} (format: bench/eval/README.md)", ex);
        }
    }

    private static bool Holdable(double? value) => value is not { } v || (double.IsFinite(v) && Math.Abs(v) < 7.9e28); // decimal's range

    // The corpus is not a week folder: the gold names the week, as the folder would in a run.
    private static ReportDocument Document(LoadedFile file, IReadOnlyList<string> lines, IsoWeek week) => new()
    {
        Team = file.Stem,
        File = file.RelativePath,
        Encoding = file.Content!.Encoding,
        Format = file.Format!,
        Lines = lines,
        Week = week,
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextLines.Join(lines)))),
    };
}
