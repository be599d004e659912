using Summarizer.Evaluation;

namespace Summarizer.Tests.Evaluation;

/// <summary>The corpus is what issue 12 asks for, and every gold file fits its report.</summary>
public class GoldFileTests
{
    /// <summary>Every evaluation set, from the one list of them.</summary>
    public static TheoryData<string> Sets => new(CorpusSets.All);

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_gold_file_fits_its_report(string set)
    {
        var problems = CorpusFiles.Load(set).SelectMany(GoldValidator.Problems).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    // independent8 holds a very short (18 lines) and a very long (126 lines) report on purpose: real reports come so.
    public void Every_report_is_a_real_length_with_items_of_its_own(string set)
    {
        foreach (var report in CorpusFiles.Load(set))
        {
            Assert.True(report.Document.Lines.Count is >= 15 and <= 160, $"{report.Gold.File}: {report.Document.Lines.Count} lines");
            Assert.True(report.Gold.Items.Count(i => !i.Optional) >= 5, $"{report.Gold.File}: fewer than 5 required gold items");
        }
    }

    [Fact]
    public void The_corpus_has_32_reports_in_15_styles_half_chinese_with_a_quarter_held_out()
    {
        var dev = CorpusFiles.Load("dev");
        var holdout = CorpusFiles.Load("holdout");
        var all = dev.Concat(holdout).ToList();

        Assert.True(all.Count >= 32, $"{all.Count} reports");
        Assert.True(holdout.Count >= 8 && holdout.Count * 4 >= all.Count, $"{holdout.Count} of {all.Count} held out");
        Assert.True(all.Select(r => r.Gold.Style).Distinct().Count() >= 15);
        Assert.InRange(all.Count(r => r.Gold.Language == "zh") / (double)all.Count, 0.4, 0.6);
        Assert.Contains(all, r => r.Document.Format == "html");
        Assert.Contains(all, r => r.Document.Format == "txt");
        foreach (var kind in Enum.GetValues<ItemKind>())
        {
            Assert.True(dev.SelectMany(r => r.Gold.Items).Count(i => i.Kind == kind && !i.Optional) >= 4, $"dev has too few {kind}");
            Assert.True(holdout.SelectMany(r => r.Gold.Items).Count(i => i.Kind == kind && !i.Optional) >= 2, $"holdout has too few {kind}");
        }
    }
}
