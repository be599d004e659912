using System.Security.Cryptography;
using System.Text;

namespace Summarizer.Extraction;

/// <summary>
/// Key of a section's extraction result in the store. Same text, heading path, engine version and year give the same
/// key, so a resumed run or an unchanged re-run reuses the result instead of extracting (and paying) again.
/// </summary>
public static class SectionCheckpoint
{
    public static string Key(IItemExtractor extractor, ReportSection unit, IsoWeek week)
    {
        var material = $"{extractor.Engine}\n{extractor.Version}\n{week.Year}\n{unit.PathText}\n{unit.OwnText()}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}
