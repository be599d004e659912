namespace Summarizer.Tests.Extraction;

/// <summary>
/// What a chief of staff expects from lines whose grade, outcome, codes or warnings the rules misread: a graded line is a
/// risk wherever it sits, a closed one is none, "Sev1" is no date, and a warned consequence is no slip.
/// </summary>
public sealed class GradedAndClosedLinesTests
{
    [Theory]
    [InlineData("## Findings", "- P0: exposed admin endpoint on legacy billing host, fix due Nov 28.", "exposed admin endpoint on legacy billing host")]
    [InlineData("## Progress", "- Severity: high. Vendor contract for the tax engine expires Dec 15 with no renewal signed.", "Vendor contract for the tax engine expires")]
    [InlineData("## Progress", "- P0 finding: customer exports are readable without login on the staging host.", "customer exports are readable without login")]
    [InlineData("## 进展", "- 【中】清算对账脚本仅一人维护。", "清算对账脚本仅一人维护")]
    public async Task GradedLine_OutsideARiskHeading_IsARiskWithItsGrade(string heading, string line, string says)
    {
        var items = await ReportUnits.PublishedAsync($"{heading}\n\n{line}\n", "2026-W48");

        var risk = Assert.Single(items, i => i.Kind == ItemKind.Risk);
        Assert.Contains(says, risk.Summary, StringComparison.Ordinal);
        Assert.Equal(line.Contains('中') ? Severity.Medium : Severity.High, risk.Severity);
    }

    [Theory]
    [InlineData("## 风险", "1. 【高】清算服务器维保12月5日到期，续保合同已签署，风险解除。")]
    [InlineData("## 进展", "- 【高】数据库主备切换演练失败，已解决。")]
    [InlineData("## Progress", "- [High] Payment gateway certificate expiry, resolved.")]
    [InlineData("## Risks", "- 🔴 Single DBA on call for the ledger: no longer a risk since Ana joined.")]
    [InlineData("## Risks", "- Severity: high. Token leak in CI logs, mitigated.")]
    [InlineData("## Progress", "- P1: flaky deploy pipeline, closed.")]
    public async Task ProblemStatedAsResolved_IsNoRisk(string heading, string line)
    {
        var items = await ReportUnits.PublishedAsync($"{heading}\n\n{line}\n", "2026-W48");

        Assert.DoesNotContain(items, i => i.Kind is ItemKind.Risk or ItemKind.Delay or ItemKind.Incident);
    }

    [Fact]
    public async Task ResolvedFirst_ThenAnOpenProblem_StaysARisk()
    {
        var items = await ReportUnits.PublishedAsync("## Progress\n\n- Login bug fixed; new timeout issue in payments callbacks.\n", "2026-W48");

        Assert.Contains(items, i => i.Kind == ItemKind.Risk && i.Summary.Contains("timeout issue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeverityCodeBeforeADate_IsNoDay_TheIncidentStartsOnTheWrittenDate()
    {
        var items = await ReportUnits.PublishedAsync("## Incidents\n\n- Sev1 Nov 23 02:00 to 03:30: artifact registry down, all builds blocked.\n", "2026-W48");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal("2026-11-23 02:00", incident.Incident!.Start);
        Assert.Equal(90, incident.Incident.DurationMinutes);
        Assert.StartsWith("artifact registry down", incident.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionalSlip_IsNoDelay_TheRequestIsAnAsk()
    {
        const string line = "待审批：外部审计机构合同（¥48万），请于12月2日前批复，否则年审排期顺延。";
        var items = await ReportUnits.PublishedAsync($"## 进展\n\n- {line}\n", "2026-W48");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(line.TrimEnd('。'), Assert.Single(items).Summary); // the ask, in the line's own words
        Assert.All(items, i => Assert.True(line.Contains(TrimEnd(i.Summary), StringComparison.Ordinal), $"{i.Kind}: {i.Summary}"));
    }

    [Fact]
    public async Task OtherwiseWillSlip_IsNoDelay()
    {
        var items = await ReportUnits.PublishedAsync("## Progress\n\n- Need Legal sign-off on the DPA by Dec 2, otherwise the EU launch will slip.\n", "2026-W48");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Delay);
    }

    [Theory]
    [InlineData("## 进展", "专线扩容：原定11月30日割接，供应商仍未给出交付日期。")]
    [InlineData("## 进展", "**专线扩容**：原定11月30日割接，供应商仍未给出交付日期。")]
    [InlineData("## 进展", "数据中心专线扩容原定11月30日割接，供应商仍未给出交付日期。")]
    [InlineData("## 未完成事项", "专线扩容：原定11月30日割接，供应商仍未给出交付日期。")]
    [InlineData("## 风险与问题", "专线扩容：原定11月30日割接，供应商仍未给出交付日期。")]
    public async Task VendorHoldingADatedCutover_IsReportedInTheLinesOwnWords(string heading, string line)
    {
        var items = await ReportUnits.PublishedAsync($"{heading}\n\n- {line}\n", "2026-W48");

        Assert.Contains(items, i => i.Kind is ItemKind.Risk or ItemKind.Delay);
        var plain = line.Replace("**", "", StringComparison.Ordinal);
        Assert.All(items, i => Assert.True(plain.Contains(TrimEnd(i.Summary), StringComparison.Ordinal), $"{i.Kind}: {i.Summary}"));
    }

    private static string TrimEnd(string s) => s.TrimEnd('。', '.');
}
