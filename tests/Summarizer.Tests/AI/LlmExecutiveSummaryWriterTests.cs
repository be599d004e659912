using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.AI.Digest;
using Summarizer.Digest;
using Summarizer.Store;

namespace Summarizer.Tests.AI;

public sealed class LlmExecutiveSummaryWriterTests
{
    private readonly CancellationToken Ct = new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token;

    /// <summary>Stands in for the offline writer (not under test here): its text shows when the fallback was used.</summary>
    private sealed class FixedOfflineWriter : IExecutiveSummaryWriter
    {
        public string Engine => "offline";
        public Task<IReadOnlyList<string>> WriteAsync(WeekSnapshot week, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([$"offline summary of {week.Week}"]);
    }

    private static ExtractedItem Item(string id, ItemKind kind, string summary, string quote, Severity? severity = null, MetricFacts? metric = null, ReviewStatus status = ReviewStatus.Open) => new()
    {
        Id = id, Kind = kind, Team = "平台组", Section = "周报 > 风险", Summary = summary, Severity = severity, Metric = metric,
        Source = new SourceRef("2024-W26/platform.md", 3, 3, quote), Engine = "llm", Status = status,
    };

    private static readonly WeekSnapshot Week = new("2024-W26", "llm", [], [],
    [
        Item("a", ItemKind.Risk, "数据库迁移可能延期到 7 月 5 日。", "数据库迁移依赖 DBA 排期，可能延期到 7 月 5 日", Severity.High),
        Item("b", ItemKind.Metric, "服务可用性 99.95%。", "服务可用性 99.95%，目标 99.9%", metric: new MetricFacts("服务可用性", 99.95, "%", Target: "99.9%")),
        Item("c", ItemKind.Plan, "秘密项目已被驳回。", "秘密项目启动", status: ReviewStatus.Dismissed),
    ], [], []);

    private static FakeReply Bullets(params string[] bullets) => new FakeReply.Completion(JsonSerializer.Serialize(new { bullets }));

    private static ServiceProvider Host(FakeChatServer server) =>
        LlmTestHost.Create(server.OpenAIEndpoint, s => s["Summarizer:Llm:MaxRetries"] = "0",
            services => services.AddSingleton<IExecutiveSummaryWriter, FixedOfflineWriter>());

    private static IExecutiveSummaryWriter LlmWriter(ServiceProvider sp) => sp.GetServices<IExecutiveSummaryWriter>().Single(w => w.Engine == "llm");

    [Fact]
    public async Task WriteAsync_NumbersAllFromItems_ReturnsTheLlmBulletsFromAFencedChineseRequest()
    {
        await using var server = await FakeChatServer.StartAsync(_ => Bullets("平台组：数据库迁移可能延期到 7 月 5 日。", "平台组服务可用性 99.95%，目标 99.9%。"));
        await using var sp = Host(server);

        var bullets = await LlmWriter(sp).WriteAsync(Week, Ct);

        Assert.Equal(["平台组：数据库迁移可能延期到 7 月 5 日。", "平台组服务可用性 99.95%，目标 99.9%。"], bullets);
        var request = Assert.Single(server.Requests);
        Assert.Contains("Simplified Chinese", request.Content(0));
        Assert.Equal(0, request.Json["temperature"]!.GetValue<double>());
        Assert.Equal("json_schema", request.Json["response_format"]!["type"]!.GetValue<string>());
        Assert.StartsWith("Week 2024-W26.\n<verified_items>", request.UserContent);
        Assert.Contains("数据库迁移依赖 DBA 排期", request.UserContent);
        Assert.DoesNotContain("秘密项目", request.UserContent); // dismissed by the team
    }

    [Fact]
    public async Task WriteAsync_InventedNumber_ReturnsTheOfflineSummary()
    {
        await using var server = await FakeChatServer.StartAsync(_ => Bullets("平台组服务可用性 99.99%。"));
        await using var sp = Host(server);

        Assert.Equal(["offline summary of 2024-W26"], await LlmWriter(sp).WriteAsync(Week, Ct));
    }

    [Fact]
    public async Task WriteAsync_ServerFails_ReturnsTheOfflineSummary()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(500));
        await using var sp = Host(server);

        Assert.Equal(["offline summary of 2024-W26"], await LlmWriter(sp).WriteAsync(Week, Ct));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task WriteAsync_AnswerNotTheExpectedJson_ReturnsTheOfflineSummary()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Completion("本周一切正常。"));
        await using var sp = Host(server);

        Assert.Equal(["offline summary of 2024-W26"], await LlmWriter(sp).WriteAsync(Week, Ct));
    }

    [Fact]
    public async Task WriteAsync_NoItems_UsesTheOfflineSummaryWithoutACall()
    {
        await using var server = await FakeChatServer.StartAsync(_ => Bullets("x"));
        await using var sp = Host(server);

        Assert.Equal(["offline summary of 2024-W26"], await LlmWriter(sp).WriteAsync(Week with { Items = [] }, Ct));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void Language_EnglishItems_IsEnglish() =>
        Assert.Equal(PromptLanguage.English, PromptLanguage.Of(["Database migration may slip to July 5.", "Availability 99.95%"]));
}
