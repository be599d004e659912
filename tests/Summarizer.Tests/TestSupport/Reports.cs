using System.Security.Cryptography;
using System.Text;
using Summarizer.Sections;

namespace Summarizer.Tests.TestSupport;

/// <summary>Builds in-memory reports and their heading units from text written in a test.</summary>
public static class Reports
{
    public static ReportDocument Document(string text, string team = "team", string file = "2024-W26/team.md", IsoWeek? week = null) => new()
    {
        Team = team,
        File = file,
        Encoding = "utf-8",
        Format = "md",
        Lines = text.Replace("\r\n", "\n").Split('\n'),
        Week = week ?? new IsoWeek(2024, 26),
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
    };

    public static IReadOnlyList<ReportSection> Units(string text, string team = "team") =>
        new SectionParser().Parse(Document(text, team)).HeadingUnits().ToList();

    public static ReportSection Unit(string text, string heading) =>
        Units(text).Single(u => u.Title == heading);
}
