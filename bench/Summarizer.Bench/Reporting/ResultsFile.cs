using System.Globalization;
using System.Text;

namespace Summarizer.Bench.Reporting;

/// <summary>Prints the results table and appends it, dated and with the machine, to docs/benchmarks.md.</summary>
public static class ResultsFile
{
    public static string Render(string mode, IReadOnlyList<ResultRow> rows, IReadOnlyList<string> notes, DateTimeOffset at, string machine)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"## {at:yyyy-MM-dd HH:mm} UTC — `{mode}`\n\n");
        sb.Append($"Machine: {machine}\n\n");
        sb.Append("| Area | Measure | Value | Target | Verdict |\n| --- | --- | --- | --- | --- |\n");
        foreach (var r in rows)
            sb.Append($"| {Cell(r.Area)} | {Cell(r.Measure)} | {Cell(r.Value)} | {Cell(r.Target)} | {r.VerdictText} |\n");
        if (notes.Count > 0)
        {
            sb.Append('\n');
            foreach (var note in notes) sb.Append("- ").Append(note).Append('\n');
        }
        return sb.Append('\n').ToString();
    }

    public static string Append(string section)
    {
        var path = Path.Combine(RepoRoot(), "docs", "benchmarks.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path)) File.WriteAllText(path, "# Benchmarks\n\nResults appended by `bench/Summarizer.Bench`, newest last.\n\n");
        File.AppendAllText(path, section);
        return path;
    }

    public static string RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the bench from inside the repository: Summarizer.sln not found above the current folder.");
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
