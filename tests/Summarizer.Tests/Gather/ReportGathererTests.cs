using Summarizer.Tests.TestSupport;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Gather;

namespace Summarizer.Tests.Gather;

public sealed class ReportGathererTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly ReportGatherer _gatherer = new(NullLogger<ReportGatherer>.Instance);

    public void Dispose() => _dir.Dispose();

    private Task<GatherResult> Gather(IsoWeek? week = null, params string[] teams) =>
        _gatherer.GatherAsync(new GatherRequest(_dir.Path, week, teams.Length == 0 ? null : teams));

    [Fact]
    public async Task GatherAsync_Samples_GathersEveryTeamOfNewestWeekWithItsEncodingAndFormat()
    {
        var result = await _gatherer.GatherAsync(new GatherRequest(RepoPaths.Samples));
        Assert.Equal(IsoWeek.Parse("2024-W26"), result.Week);
        Assert.Empty(result.Rejected);
        var byTeam = result.Reports.ToDictionary(r => r.Team, r => (r.File, r.Encoding, r.Format));
        Assert.Equal(new Dictionary<string, (string, string, string)>
        {
            ["clearing"] = ("2024-W26/clearing.txt", "gb18030", "txt"),
            ["data-platform"] = ("2024-W26/data-platform.docx", "utf-8", "docx"),
            ["mobile-app"] = ("2024-W26/mobile.md", "utf-8", "md"),
            ["payments"] = ("2024-W26/payments.md", "utf-8", "md"),
            ["platform-sre"] = ("2024-W26/platform-sre.md", "utf-8", "md"),
            ["risk-control"] = ("2024-W26/risk-control.html", "utf-8", "html"),
        }, byTeam);
        Assert.All(result.Reports, r => Assert.Equal(IsoWeek.Parse("2024-W26"), r.Week));
        var clearing = result.Reports.Single(r => r.Team == "clearing");
        Assert.Equal("一、本周工作", clearing.Line(3));
        Assert.Contains("（一）日终清算", clearing.Lines);
        Assert.All(result.Reports, r => Assert.DoesNotContain(r.Lines, l => l.Contains('\uFFFD') || l.Contains('\r')));
    }

    [Fact]
    public async Task GatherAsync_SamplesPreviousWeek_HasGrowthAndNoRiskControl()
    {
        var result = await _gatherer.GatherAsync(new GatherRequest(RepoPaths.Samples, IsoWeek.Parse("2024-W25")));
        Assert.Equal(["clearing", "data-platform", "growth", "mobile-app", "payments", "platform-sre"], result.Reports.Select(r => r.Team).Order());
    }

    [Fact]
    public async Task GatherAsync_EncodingsOfTheContract_DecodeToTheSameLines()
    {
        const string text = "# 周报\r\n- 资损率：0.0012%（目标≤0.003%）\r\n";
        _dir.Write("2024-W26/utf8.md", text);
        _dir.Write("2024-W26/utf8bom.md", TestEncodings.WithBom(new UTF8Encoding(true), text));
        _dir.Write("2024-W26/utf16le.md", TestEncodings.WithBom(new UnicodeEncoding(false, true), text));
        _dir.Write("2024-W26/utf16be.md", TestEncodings.WithBom(new UnicodeEncoding(true, true), text));
        _dir.Write("2024-W26/gbk.txt", TestEncodings.Gbk.GetBytes(text));
        var result = await Gather();
        Assert.Equal(["gb18030", "utf-16be", "utf-16le", "utf-8", "utf-8"], result.Reports.Select(r => r.Encoding).Order());
        Assert.All(result.Reports, r => Assert.Equal(["# 周报", "- 资损率：0.0012%（目标≤0.003%）"], r.Lines));
        Assert.Single(result.Reports.Select(r => r.ContentHash).Distinct());
    }

    [Fact]
    public async Task GatherAsync_HtmlLabelledUtf8ButGbk_DecodesAsGb18030()
    {
        _dir.Write("2024-W26/risk.html", TestEncodings.Gbk.GetBytes("<meta charset=\"utf-8\"><h2>三、生产事件</h2><p>影响约540笔交易</p>"));
        var report = Assert.Single((await Gather()).Reports);
        Assert.Equal(("gb18030", "html"), (report.Encoding, report.Format));
        Assert.Equal(["## 三、生产事件", "", "影响约540笔交易"], report.Lines);
    }

    [Fact]
    public async Task GatherAsync_NoWeekGiven_TakesNewestWeekFolder()
    {
        _dir.Write("2024-W25/a.md", "old");
        _dir.Write("2024-W26/a.md", "new");
        _dir.Write("notes/a.md", "other");
        var result = await Gather();
        Assert.Equal((IsoWeek.Parse("2024-W26"), "2024-W26/a.md"), (result.Week, Assert.Single(result.Reports).File));
    }

    [Fact]
    public async Task GatherAsync_WeekGiven_ReadsThatWeekFolder()
    {
        _dir.Write("2024-W25/a.md", "old");
        _dir.Write("2024-W26/a.md", "new");
        var report = Assert.Single((await Gather(IsoWeek.Parse("2024-W25"))).Reports);
        Assert.Equal(("2024-W25/a.md", "old"), (report.File, report.Line(1)));
    }

    [Fact]
    public async Task GatherAsync_InputIsAWeekFolder_UsesItsNameAsWeek()
    {
        _dir.Write("2024-W26/a.md", "text");
        var result = await _gatherer.GatherAsync(new GatherRequest(Path.Combine(_dir.Path, "2024-W26")));
        Assert.Equal((IsoWeek.Parse("2024-W26"), "a.md"), (result.Week, Assert.Single(result.Reports).File));
    }

    [Fact]
    public async Task GatherAsync_LooseFiles_TakesNewestWeekNamedInTextAndSkipsOlder()
    {
        _dir.Write("a.md", "# 周报\nCreated: June 29, 2024 9:21 AM\n");
        _dir.Write("b.md", "# 周报 2024年第26周\n");
        _dir.Write("c.md", "# Week 25, 2024\n");
        _dir.Write("d.md", "# no week here\n");
        var result = await Gather();
        Assert.Equal(IsoWeek.Parse("2024-W26"), result.Week);
        Assert.Equal(["a", "b", "d"], result.Reports.Select(r => r.Team));
        Assert.All(result.Reports, r => Assert.Equal(IsoWeek.Parse("2024-W26"), r.Week));
    }

    [Fact]
    public async Task GatherAsync_FrontMatterTeam_OverridesFileName()
    {
        _dir.Write("2024-W26/mobile.md", "---\nteam: Mobile App\n---\n# 周报\n");
        var report = Assert.Single((await Gather()).Reports);
        Assert.Equal(("Mobile App", "---"), (report.Team, report.Line(1)));
    }

    [Fact]
    public async Task GatherAsync_FrontMatterTeamWithTraversal_IsRejectedWithReason()
    {
        _dir.Write("2024-W26/evil.md", "---\nteam: ../../etc\n---\n# 周报\n");
        var result = await Gather();
        Assert.Empty(result.Reports);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("2024-W26/evil.md", rejected.File);
        Assert.Contains("'../../etc'", rejected.Reason);
        Assert.Contains("front matter", rejected.Reason);
    }

    [Fact]
    public async Task GatherAsync_TeamsFilter_IsCaseInsensitive()
    {
        _dir.Write("2024-W26/Payments.md", "a");
        _dir.Write("2024-W26/sre.md", "b");
        _dir.Write("2024-W26/empty.md", "");
        var result = await Gather(null, "payments");
        Assert.Equal(["Payments"], result.Reports.Select(r => r.Team));
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public async Task GatherAsync_TwoFilesForOneTeam_NeitherSpeaksForIt()
    {
        _dir.Write("2024-W26/payments.md", "a");
        _dir.Write("2024-W26/payments.txt", "b");
        var result = await Gather();
        Assert.Empty(result.Reports);
        Assert.Equal(["2024-W26/payments.md", "2024-W26/payments.txt"], result.Rejected.Select(r => r.File).Order(StringComparer.Ordinal));
        Assert.Contains("is also reported in 2024-W26/payments.txt", result.Rejected.Single(r => r.File.EndsWith(".md")).Reason);
    }

    [Fact]
    public async Task GatherAsync_CaseVariantSortingFirst_DoesNotReplaceTheTeamsReport()
    {
        _dir.Write("2024-W26/payments.md", "- 核心库存在单点");
        _dir.Write("2024-W26/Payments.md", "- all is fine");
        _dir.Write("2024-W26/sre.md", "b");
        var result = await Gather();
        Assert.Equal(["sre"], result.Reports.Select(r => r.Team));
        Assert.Equal(2, result.Rejected.Count(r => r.Reason.Contains("keep one report per team", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GatherAsync_TwoFrontMatterClaimsOfOneTeam_NeitherSpeaksForIt()
    {
        _dir.Write("2024-W26/fmmob.md", "---\nteam: mobile-app\n---\n- Risk: spoof");
        _dir.Write("2024-W26/mobile.md", "---\nteam: mobile-app\n---\n- 真实周报");
        var result = await Gather();
        Assert.Empty(result.Reports);
        Assert.Equal(2, result.Rejected.Count);
    }

    [Fact]
    public async Task GatherAsync_MissingInputFolder_ThrowsWithThePath()
    {
        var e = await Assert.ThrowsAsync<DirectoryNotFoundException>(() =>
            _gatherer.GatherAsync(new GatherRequest(Path.Combine(_dir.Path, "nope"))));
        Assert.Contains("nope", e.Message);
    }

    [Fact]
    public async Task GatherAsync_HiddenAndOfficeLockFiles_AreIgnoredSilently()
    {
        _dir.Write("2024-W26/.DS_Store", [0, 0, 0, 1]);
        _dir.Write("2024-W26/~$report.docx", [1, 2]);
        _dir.Write("2024-W26/a.md", "text");
        var result = await Gather();
        Assert.Single(result.Reports);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public async Task GatherAsync_ContentHash_IsSha256OfDecodedTextAndIgnoresLineEndings()
    {
        _dir.Write("2024-W26/a.md", "x\r\ny\r\n");
        _dir.Write("2024-W25/a.md", "x\ny");
        var w26 = Assert.Single((await Gather(IsoWeek.Parse("2024-W26"))).Reports).ContentHash;
        var w25 = Assert.Single((await Gather(IsoWeek.Parse("2024-W25"))).Reports).ContentHash;
        Assert.Equal(w25, w26);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("x\ny"u8)), w26);
    }
}
