using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Digest;
using Summarizer.History;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.History;

/// <summary>
/// The digest keeps its language from week to week for the same teams (real pipeline, SQLite on disk): a week whose
/// lines are mostly English after a Chinese first week stays Chinese with auto; en/zh force it; a bad value stops start-up.
/// </summary>
public sealed class DigestLanguageChoiceTests : IDisposable
{
    private readonly TempFolder _input = new();

    public DigestLanguageChoiceTests()
    {
        // Week 1: both teams write Chinese. Week 2: the same teams, now mostly English lines.
        _input.Write("2024-W49/payments.md", "# 支付组周报\n## 本周进展\n- 完成支付网关压测，峰值TPS达到1200\n## 风险\n- 银行联调环境不稳定，可能影响上线\n");
        _input.Write("2024-W49/search.md", "# 搜索组周报\n## 本周进展\n- 完成索引重建\n## 风险\n- 供应商接口偶发超时\n");
        _input.Write("2024-W50/payments.md", "# Payments weekly\n## Progress\n- Finished the gateway load test at 1,300 TPS\n## Risks\n- The bank sandbox is unstable and may delay the go-live\n");
        _input.Write("2024-W50/search.md", "# Search weekly\n## Progress\n- Rebuilt the product index\n## Risks\n- The vendor API times out now and then, which may slow the rollout\n");
    }

    private static string Digest(PipelineHarness h, string week) => File.ReadAllText(Path.Combine(h.OutDir(week), "digest.md"));

    [Fact]
    public async Task Auto_SecondWeekMostlyEnglish_KeepsThePreviousDigestsChinese()
    {
        await using var h = new PipelineHarness();
        await h.RunAsync("2024-W49", _input.Path);
        Assert.StartsWith("# 周报摘要", Digest(h, "2024-W49"));

        var w50 = await h.RunAsync("2024-W50", _input.Path);

        Assert.Equal(DigestLanguage.Chinese, w50.Snapshot.Language);
        Assert.StartsWith("# 周报摘要", Digest(h, "2024-W50"));
        Assert.Contains("## 本周变化", Digest(h, "2024-W50"));
        Assert.Equal(DigestLanguage.Chinese, (await h.Store.GetWeekAsync("2024-W50"))!.Language);
    }

    [Fact]
    public async Task Auto_FirstWeekAlone_FollowsItsMajority()
    {
        await using var h = new PipelineHarness();
        var w50 = await h.RunAsync("2024-W50", _input.Path);
        Assert.Equal(DigestLanguage.English, w50.Snapshot.Language);
        Assert.StartsWith("# Weekly digest", Digest(h, "2024-W50"));
    }

    [Theory]
    [InlineData("en", "# Weekly digest", "## What changed")]
    [InlineData("zh", "# 周报摘要", "## 本周变化")]
    public async Task Explicit_Language_IsUsedForEveryWeek(string language, string title, string changes)
    {
        await using var h = new PipelineHarness(new Dictionary<string, string?> { ["Summarizer:Digest:Language"] = language });
        await h.RunAsync("2024-W49", _input.Path);
        await h.RunAsync("2024-W50", _input.Path);
        foreach (var week in new[] { "2024-W49", "2024-W50" })
        {
            Assert.StartsWith(title, Digest(h, week));
            Assert.Contains(changes, Digest(h, week));
        }
    }

    [Fact]
    public void BadValue_FailsAtStartUpNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Summarizer:Digest:Language"] = "fr" }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddWeekComparer(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DigestLanguageOptions>>().Value);
        Assert.Contains("Summarizer:Digest:Language must be auto, en or zh.", error.Message);
    }

    public void Dispose() => _input.Dispose();
}
