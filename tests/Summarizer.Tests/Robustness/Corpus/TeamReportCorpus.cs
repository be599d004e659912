using System.Text;

namespace Summarizer.Tests.Robustness.Corpus;

/// <summary>
/// Writes N realistic weekly reports, <c>&lt;root&gt;/&lt;week&gt;/team-NNN.md</c>: even teams in Notion-style Chinese,
/// odd teams in English with status tables. Team i's text depends only on the seed, the week and i, so a corpus of
/// 10 is the first tenth of a corpus of 100. Shared with bench/ (linked there), owned here.
/// </summary>
public sealed class TeamReportCorpus(int seed = 2024)
{
    public int Seed { get; } = seed;

    public static string FileName(int index) => $"team-{index + 1:D3}.md";

    /// <summary>Text of team <paramref name="index"/>'s report for <paramref name="week"/>.</summary>
    public string Report(IsoWeek week, int index)
    {
        // Not HashCode.Combine: it is salted per process, and the corpus must be the same in every run.
        var random = new Random((int)(unchecked(((Seed * 1_000_003L + week.Year) * 101 + week.Week) * 100_003 + index) & 0x7fffffff));
        var pick = new CorpusPicker(random, week);
        return index % 2 == 0 ? ChineseReport.Write(pick, week, index) : EnglishReport.Write(pick, week, index);
    }

    /// <summary>Writes <paramref name="count"/> reports and returns the week folder and the bytes written.</summary>
    public (string WeekDir, long Bytes) Write(string root, IsoWeek week, int count)
    {
        var dir = Path.Combine(root, week.ToString());
        Directory.CreateDirectory(dir);
        long bytes = 0;
        var utf8 = new UTF8Encoding(false);
        for (int i = 0; i < count; i++)
        {
            var data = utf8.GetBytes(Report(week, i));
            File.WriteAllBytes(Path.Combine(dir, FileName(i)), data);
            bytes += data.Length;
        }
        return (dir, bytes);
    }
}
