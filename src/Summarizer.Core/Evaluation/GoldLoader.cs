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
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FormatException">A report cannot be read, a gold file is missing or is not valid JSON of <see cref="GoldReport"/>.</exception>
    public static async Task<IReadOnlyList<CorpusReport>> LoadAsync(string corpusDir, CancellationToken ct = default)
    {
        var root = Path.GetFullPath(corpusDir);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"Corpus folder '{corpusDir}' does not exist; pass a folder of <id>.md|txt|html reports with <id>.gold.json beside each.");
        var loader = new ReportFileLoader(new GatherOptions(), NullLogger.Instance);
        var reports = new List<CorpusReport>();
        foreach (var path in Directory.EnumerateFiles(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith(GoldSuffix, StringComparison.OrdinalIgnoreCase) || name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
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
            // "benign" (and an empty "items") may be left out of a hand-written gold file; an anchor may not.
            var unanchored = (gold.Items ?? []).Select(i => i.Anchor).Concat((gold.Benign ?? []).Select(b => b.Anchor)).Count(string.IsNullOrWhiteSpace);
            if (unanchored > 0)
                throw new FormatException($"{Path.GetFileName(goldPath)}: {unanchored} item(s) without an \"anchor\" (a short verbatim piece of the one line the item comes from; bench/eval/README.md)");
            return gold with { Items = gold.Items ?? [], Benign = gold.Benign ?? [] };
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{Path.GetFileName(goldPath)} is not a valid gold file: {ex.Message}", ex);
        }
    }

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
