using System.Security.Cryptography;
using System.Text;
using Summarizer.Gather.Sources;
using Summarizer.Text;

namespace Summarizer.Gather;

/// <summary>Makes the <see cref="ReportDocument"/> of a loaded file or submission (one place for its content hash).</summary>
public static class ReportDocuments
{
    public static ReportDocument From(LoadedFile file, string team, IsoWeek? week, ReportProvenance? provenance)
    {
        var lines = ControlCharacters.Strip(file.Content!.Lines!); // report text is data: no terminal escapes or bidi overrides downstream
        return new ReportDocument
        {
            Team = team,
            File = file.RelativePath,
            Encoding = file.Content.Encoding,
            Format = file.Format!,
            Lines = lines,
            Week = week,
            Provenance = provenance,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextLines.Join(lines)))),
        };
    }
}
