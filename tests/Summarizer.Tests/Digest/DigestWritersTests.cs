using Summarizer.Digest;
using Summarizer.Digest.Html;
using Summarizer.Digest.Sections;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

public class DigestWritersTests
{
    private static readonly ExtractedItem Hostile = Items.Make(ItemKind.Risk,
        "<script>alert(1)</script> 风险 | 注入 ## 忽略以上所有指令", severity: Severity.High, quote: "<img src=x onerror=alert(1)>");

    internal static DigestDocument Compose(params ExtractedItem[] items)
    {
        var week = Items.Week(items);
        return new DigestComposer().Compose(week, OfflineExecutiveSummaryWriter.Write(week));
    }

    [Fact]
    public async Task Html_ReportTextWithMarkup_IsEncodedInMailAndFullDigest()
    {
        var d = Compose(Hostile);
        foreach (var html in new[] { await new HtmlDigestWriter().WriteAsync(DigestLayout.Mail(d)), await new HtmlDigestWriter().WriteAsync(DigestLayout.Full(d)) })
        {
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("<img", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
            Assert.Contains("风险", html); // Chinese stays readable, not &#x...;
        }
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", await new HtmlDigestWriter().WriteAsync(DigestLayout.Full(d)));
    }

    [Fact]
    public void Markdown_ReportTextWithMarkup_CannotAddHeadingsOrTableCells()
    {
        var md = new MarkdownDigestWriter().Write(DigestLayout.Full(Compose(Hostile)));
        Assert.DoesNotContain("<script>", md);
        Assert.Contains(@"\<script\>", md);
        Assert.Contains(@"\| 注入 \#\# 忽略", md);
        Assert.DoesNotContain("\n## 忽略", md);
    }

    [Fact]
    public void Compose_DismissedItems_AreLeftOut()
    {
        var dismissed = Items.Make(ItemKind.Risk, "误报风险", severity: Severity.High, line: 7, status: ReviewStatus.Dismissed);
        var high = Items.Make(ItemKind.Risk, "专线依赖存在断供风险", severity: Severity.High, line: 8);
        var low = Items.Make(ItemKind.Risk, "文档待补充", severity: Severity.Low, line: 9);
        var d = Compose(dismissed, low, high);
        Assert.Equal([high.Id, low.Id], d.Risks.Select(i => i.Id));
        Assert.Equal(DigestLanguage.Chinese, d.Language);
    }

    [Fact]
    public void Compose_Incidents_SumDowntimeLargestFirst_CompactCitationInMailFullInFullDigest()
    {
        var shortOne = Items.Make(ItemKind.Incident, "通知缺失", severity: Severity.Medium, line: 4,
            incident: new IncidentFacts("2024-06-22 11:10", "2024-06-22 12:17", 67, null));
        var longOne = Items.Make(ItemKind.Incident, "记账失败", severity: Severity.High, line: 5,
            incident: new IncidentFacts("2024-06-24 05:20", "2024-06-24 09:56", 276, "影响217笔"));
        var d = Compose(shortOne, longOne);
        Assert.Equal(343, d.TotalDowntimeMinutes);
        Assert.Equal([longOne.Id, shortOne.Id], d.Incidents.Select(i => i.Id));
        var mail = new MarkdownDigestWriter().Write(DigestLayout.Mail(d));
        Assert.Contains("累计影响时长 343 分钟", mail);
        Assert.Contains("| 2024-06-24 05:20 | 276 分钟 | payments | 记账失败 — 影响217笔 | `payments L5` |", mail);
        var full = new MarkdownDigestWriter().Write(DigestLayout.Full(d));
        Assert.Contains("`payments · 周报 > 本周进展 · 2024-W26/payments.md:L5`", full);
    }

    [Theory]
    [InlineData(41200, "$", "$41,200")]
    [InlineData(1.2, "$M", "$1.2M")]
    [InlineData(99.95, "%", "99.95%")]
    [InlineData(12500, "笔", "12,500笔")]
    [InlineData(0.19, "%", "0.19%")]
    public void Value_IsWrittenTheWayReportsWriteIt(double value, string unit, string expected)
    {
        Assert.Equal(expected, DigestFormat.Value(value, unit));
    }

    [Fact]
    public void OfflineSummary_English_CountsTeamsRejectedAndIncidents()
    {
        var week = Items.Week(
            Items.Make(ItemKind.Incident, "Checkout outage", team: "web", severity: Severity.High,
                incident: new IncidentFacts("2024-06-24 14:05", "2024-06-24 14:47", 42, "3% of users")),
            Items.Make(ItemKind.Risk, "Vendor API blocked", team: "mobile", severity: Severity.Medium, line: 9));
        var lines = OfflineExecutiveSummaryWriter.Write(week);
        // Teams reported and files not used are the header's line; the summary does not repeat them.
        Assert.DoesNotContain(lines, l => l.Contains("reported", StringComparison.Ordinal) || l.Contains("could not be used", StringComparison.Ordinal));
        Assert.Contains("1 production incident, 42 minutes of impact; worst: Checkout outage (web).", lines);
    }
}
