using Summarizer.Digest;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

public class ItemsCsvWriterTests
{
    [Fact]
    public void Write_FieldsWithCommasQuotesAndFormulas_StayOneCellOfText()
    {
        var item = Items.Make(ItemKind.Risk, "=HYPERLINK(\"http://x\"), 风险", severity: Severity.High);
        var csv = ItemsCsvWriter.Write("2024-W26", [item]);
        var lines = csv.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("id,week,team,kind,severity,status,section,summary", lines[0]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\"), 风险\"", lines[1]);
        Assert.Contains(",risk,high,open,", lines[1]);
    }
}
