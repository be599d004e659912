using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Summarizer.Gather;

public sealed record GatherRequest(string InputDir, IsoWeek? Week = null, IReadOnlyCollection<string>? Teams = null);

/// <summary>Step 1: finds the week's report files under the input folder and decodes them. One bad file never sinks the run.</summary>
public sealed class ReportGatherer(ILogger<ReportGatherer> logger)
{
    public Task<GatherResult> GatherAsync(GatherRequest request, CancellationToken ct = default)
    {
        // Minimal first version: UTF-8 .md/.txt directly under the week folder (or the input folder itself).
        var reports = new List<ReportDocument>();
        var rejected = new List<RejectedFile>();
        var root = Path.GetFullPath(request.InputDir);
        var dir = request.Week is { } w && Directory.Exists(Path.Combine(root, w.ToString())) ? Path.Combine(root, w.ToString()) : root;
        foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var rel = Path.GetRelativePath(root, path).Replace('\\', '/');
            var text = File.ReadAllText(path, Encoding.UTF8);
            var lines = text.Replace("\r\n", "\n").Split('\n');
            reports.Add(new ReportDocument
            {
                Team = Path.GetFileNameWithoutExtension(path),
                File = rel,
                Encoding = "utf-8",
                Format = Path.GetExtension(path).TrimStart('.'),
                Lines = lines,
                Week = request.Week,
                ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            });
        }
        logger.LogInformation("Gathered {Reports} reports, rejected {Rejected} files from {Dir}", reports.Count, rejected.Count, dir);
        return Task.FromResult(new GatherResult(reports, rejected));
    }
}
