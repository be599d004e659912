using Summarizer.Evaluation;

namespace Summarizer.Tests.Evaluation;

/// <summary>The corpus is what issue 12 asks for, and every gold file fits its report.</summary>
public class GoldFileTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("holdout")]
    public void Every_gold_file_fits_its_report(string set)
    {
        var problems = CorpusFiles.Load(set).SelectMany(GoldValidator.Problems).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("holdout")]
    public void Every_report_is_about_30_to_120_lines_with_items_of_its_own(string set)
    {
        foreach (var report in CorpusFiles.Load(set))
        {
            Assert.True(report.Document.Lines.Count is >= 28 and <= 120, $"{report.Gold.File}: {report.Document.Lines.Count} lines");
            Assert.True(report.Gold.Items.Count(i => !i.Optional) >= 5, $"{report.Gold.File}: fewer than 5 required gold items");
        }
    }
}
