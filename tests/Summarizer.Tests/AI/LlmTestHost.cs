using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.AI;
using Summarizer.Sections;

using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.AI;

/// <summary>The engine as the host wires it (AddLlmEngine), pointed at a loopback server with small timeouts.</summary>
internal static class LlmTestHost
{
    public static ServiceProvider Create(string endpoint, Action<Dictionary<string, string?>>? tweak = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "OpenAI",
            ["Summarizer:Llm:Endpoint"] = endpoint,
            ["Summarizer:Llm:Model"] = "test-model",
            ["Summarizer:Llm:ApiKey"] = "test-key",
            ["Summarizer:Llm:TimeoutSeconds"] = "10",
            ["Summarizer:Llm:TotalTimeoutSeconds"] = "30",
            ["Summarizer:Llm:MaxRetries"] = "2",
            ["Summarizer:Llm:RetryDelaySeconds"] = "0.05",
            ["Summarizer:Llm:PromptsDirectory"] = RepoPaths.Prompts,
        };
        tweak?.Invoke(settings);
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services?.Invoke(collection);
        return collection.AddLlmEngine(config).BuildServiceProvider();
    }
}

/// <summary>Weekly reports parsed into heading units, as the pipeline hands them to an extractor.</summary>
internal static class TestReports
{
    public const string Platform = """
        # 平台组周报 2024-W26
        ## 风险
        - 数据库迁移依赖 DBA 排期，可能延期到 7 月 5 日。
        ## 指标
        - 服务可用性 99.95%，目标 99.9%。
        - P1 缺陷 3 个。
        ## 故障
        - 6 月 25 日 14:00-14:40 支付接口超时，影响 2% 订单。
        ## 下周计划
        - 完成灰度发布。
        """;

    public static IReadOnlyList<ReportSection> Units(string markdown, string team = "platform")
    {
        var lines = markdown.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var doc = new ReportDocument
        {
            Team = team,
            File = $"2024-W26/{team}.md",
            Encoding = "utf-8",
            Format = "md",
            Lines = lines,
            Week = new IsoWeek(2024, 26),
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown))),
        };
        return new SectionParser().Parse(doc).HeadingUnits().ToList();
    }
}

/// <summary>Builds the model's answers from what a request actually contains.</summary>
internal static partial class ScriptedAnswers
{
    public static IReadOnlyDictionary<string, string> Sections(ChatRequest request) =>
        SectionFence().Matches(string.Join("\n", request.Messages.Where(m => m!["role"]!.GetValue<string>() == "user").Select(m => m!["content"]!.GetValue<string>()))).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    public static string Json(params object[] items) => JsonSerializer.Serialize(new { items });

    public static object Item(string? section, string kind, string summary, string quote, string? severity = null, object? metric = null) =>
        new { section, kind, summary, quote, severity, metric, delay = (object?)null, incident = (object?)null };

    /// <summary>Every fact whose quote is in one of the request's sections, labelled with that section.</summary>
    public static FakeReply For(ChatRequest request, params (string Kind, string Summary, string Quote)[] facts)
    {
        var sections = Sections(request);
        var items = facts
            .Select(f => (f, label: sections.FirstOrDefault(s => s.Value.Contains(f.Quote, StringComparison.Ordinal)).Key))
            .Where(x => x.label is not null)
            .Select(x => Item(x.label, x.f.Kind, x.f.Summary, x.f.Quote, x.f.Kind is "risk" or "incident" ? "high" : null))
            .ToArray();
        return new FakeReply.Completion(Json(items));
    }

    public static readonly (string, string, string)[] PlatformFacts =
    [
        ("risk", "数据库迁移可能延期到 7 月 5 日。", "数据库迁移依赖 DBA 排期，可能延期到 7 月 5 日"),
        ("incident", "支付接口超时，影响 2% 订单。", "6 月 25 日 14:00-14:40 支付接口超时，影响 2% 订单"),
        ("plan", "下周完成灰度发布。", "完成灰度发布"),
    ];

    [GeneratedRegex("<section id=\"(S\\d+)\"[^\\n]*>\\n(.*?)\\n</section>", RegexOptions.Singleline)]
    private static partial Regex SectionFence();
}
