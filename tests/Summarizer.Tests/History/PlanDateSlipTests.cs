using Summarizer.Pipeline;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.History;

/// <summary>
/// Reports written for the test, run week after week through the real pipeline (offline engine) and a SQLite store on
/// disk: a plan date that moves between weeks is a slip in "What changed", with or without a delay word.
/// </summary>
public sealed class PlanDateSlipTests : IDisposable
{
    private readonly TempFolder _input = new();

    private void Report(string week, string team, string text) => _input.Write(Path.Combine(week, team + ".md"), text);

    private static IReadOnlyList<WeekChange> Slips(RunOutcome o) => o.Snapshot.Changes.Where(c => c.Kind == ItemKind.Delay).ToList();

    private static string Changed(PipelineHarness h, string week, string heading)
    {
        var md = File.ReadAllText(Path.Combine(h.OutDir(week), "digest.md"));
        int at = md.IndexOf("## " + heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no '{heading}' section in the digest of {week}");
        int end = md.IndexOf("\n## ", at + 3, StringComparison.Ordinal);
        return end < 0 ? md[at..] : md[at..end];
    }

    [Fact]
    public async Task Chinese_ThreeWeeks_DateMovedUnderPlansAndUnderProblems_SlipsWithReasonAndDelayKeepsEarlierPlannedDate()
    {
        Report("2024-W49", "payments", """
            # 支付组周报 2024-W49
            ## 下周计划
            - 计划12月10日上线支付网关
            - 对账系统改造计划12月20日完成
            ## 本周问题
            - 清算平台计划12月12日切换
            """);
        Report("2024-W50", "payments", """
            # 支付组周报 2024-W50
            ## 下周计划
            - 计划12月18日上线支付网关，因银行联调推迟
            - 对账系统改造计划12月20日完成
            ## 本周问题
            - 清算平台计划12月16日切换，因证书审批推迟
            """);
        Report("2024-W51", "payments", """
            # 支付组周报 2024-W51
            ## 下周计划
            - 计划12月24日上线支付网关
            - 对账系统改造计划12月20日完成
            """);
        await using var h = new PipelineHarness();
        await h.RunAsync("2024-W49", _input.Path);

        var w50 = await h.RunAsync("2024-W50", _input.Path);

        Assert.Equal([("2024-12-10", "2024-12-18"), ("2024-12-12", "2024-12-16")],
            Slips(w50).Select(c => (c.From?.ToString(), c.To?.ToString())).Order().ToList());
        var gateway = Assert.Single(Slips(w50), c => c.From?.ToString() == "2024-12-10");
        Assert.StartsWith("里程碑“上线支付网关”从 2024-12-10 推迟到 2024-12-18（原因：银行联调", gateway.Summary);
        // The line gives only the new date; the planned one is what the team wrote the week before.
        var delay = Assert.Single(w50.Snapshot.Items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(("清算平台", "2024-12-12", "2024-12-16"), (delay.Delay!.Milestone, delay.Delay.From, delay.Delay.To));
        var changed = Changed(h, "2024-W50", "本周变化");
        Assert.Contains("从 2024-12-10 推迟到 2024-12-18", changed);
        Assert.Contains("从 2024-12-12 推迟到 2024-12-16（原因：证书审批", changed);
        Assert.DoesNotContain("对账系统", changed); // its date did not move

        var w51 = await h.RunAsync("2024-W51", _input.Path);

        var again = Assert.Single(Slips(w51));
        Assert.Equal(("payments", "2024-12-18", "2024-12-24"), (again.Team, again.From?.ToString(), again.To?.ToString()));
        Assert.Equal("里程碑“上线支付网关”从 2024-12-18 推迟到 2024-12-24（最初计划 2024-12-10，已推迟2次）", again.Summary);
    }

    [Fact]
    public async Task English_ThreeWeeks_TargetDateLaterWithoutReason_IsSlip_EarlierDateIsNoSlip()
    {
        Report("2024-W49", "checkout", "# Checkout 2024-W49\n## Next week\n- Target go-live: Dec 10\n- Card vault audit due Dec 20\n");
        Report("2024-W50", "checkout", "# Checkout 2024-W50\n## Next week\n- Target go-live: Dec 18\n- Card vault audit due Dec 20\n");
        Report("2024-W51", "checkout", "# Checkout 2024-W51\n## Next week\n- Target go-live: Dec 16\n- Card vault audit due Dec 20\n");
        await using var h = new PipelineHarness();
        await h.RunAsync("2024-W49", _input.Path);

        var w50 = await h.RunAsync("2024-W50", _input.Path);

        var slip = Assert.Single(Slips(w50));
        Assert.Equal(("checkout", "2024-12-10", "2024-12-18"), (slip.Team, slip.From?.ToString(), slip.To?.ToString()));
        Assert.Equal("Milestone \"go-live\" slipped from 2024-12-10 to 2024-12-18", slip.Summary);
        Assert.Contains("go-live\" slipped from 2024-12-10 to 2024-12-18", Changed(h, "2024-W50", "What changed"));

        // Dec 18 → Dec 16 is a pull-in: nothing is late, so "What changed" names no slip.
        var w51 = await h.RunAsync("2024-W51", _input.Path);
        Assert.Empty(Slips(w51));
        Assert.DoesNotContain("slipped", Changed(h, "2024-W51", "What changed"));
    }

    [Fact]
    public async Task FirstWeek_SaysNothingCanBeComparedYet_SecondWeekWithoutChangesSaysNone()
    {
        Report("2024-W49", "checkout", "# Checkout 2024-W49\n## Next week\n- Target go-live: Dec 20\n");
        Report("2024-W50", "checkout", "# Checkout 2024-W50\n## Next week\n- Target go-live: Dec 20\n");
        Report("2024-W49", "支付组", "# 支付组周报\n## 下周计划\n- 计划12月20日上线支付网关\n- 完成压测报告\n");
        Report("2024-W50", "支付组", "# 支付组周报\n## 下周计划\n- 计划12月20日上线支付网关\n- 完成压测报告\n");
        await using var h = new PipelineHarness(new Dictionary<string, string?> { ["Summarizer:Digest:Language"] = "en" });
        await using var zh = new PipelineHarness(new Dictionary<string, string?> { ["Summarizer:Digest:Language"] = "zh" });

        await h.RunAsync("2024-W49", _input.Path);
        await zh.RunAsync("2024-W49", _input.Path);

        Assert.Contains("- No earlier week is stored, so nothing can be compared yet", Changed(h, "2024-W49", "What changed"));
        Assert.Contains("- 尚无更早的周报存档，暂无可比较的内容", Changed(zh, "2024-W49", "本周变化"));

        await h.RunAsync("2024-W50", _input.Path);
        await zh.RunAsync("2024-W50", _input.Path);

        Assert.Contains("- None", Changed(h, "2024-W50", "What changed"));
        Assert.DoesNotContain("nothing can be compared", Changed(h, "2024-W50", "What changed"));
        Assert.Contains("- 无", Changed(zh, "2024-W50", "本周变化"));
    }

    public void Dispose() => _input.Dispose();
}
