using Summarizer.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Gather;
using Summarizer.Sections;

namespace Summarizer.Tests.Gather;

public sealed class GatherServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddReportGathering_ResolvedGatherer_UsesConfiguredLimit()
    {
        using var dir = new TempFolder();
        dir.Write("2024-W26/a.md", "0123456789");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Summarizer:Gather:MaxFileBytes"] = "5" }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddReportGathering();
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<SectionParser>());
        var result = await provider.GetRequiredService<ReportGatherer>().GatherAsync(new GatherRequest(dir.Path));
        Assert.Contains("too large", Assert.Single(result.Rejected).Reason);
    }
}
