using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Delivery;
using Summarizer.Tests.Delivery;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.History;

/// <summary>
/// The digest names the expected teams that sent nothing — the same teams <c>/missing</c> lists and reminders go to:
/// with a team directory, a listed team without a report is missing from the very first stored week. The sample
/// week 2024-W26 has six reports (clearing, data-platform, mobile-app (its front matter), payments, platform-sre, risk-control); growth
/// reported in 2024-W25 only. Real pipeline, SQLite store on disk, mail through a loopback relay.
/// </summary>
public sealed class ExpectedTeamsDigestTests : IAsyncLifetime
{
    private static readonly string[] Reporting = ["clearing", "data-platform", "mobile-app", "payments", "platform-sre", "risk-control"];
    private LoopbackSmtpServer _smtp = null!;
    private PipelineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _smtp = await LoopbackSmtpServer.StartAsync();
        var settings = _smtp.DeliverySettings();
        settings["Summarizer:Teams:growth:Addresses:0"] = "growth@example.test";
        foreach (var team in Reporting) settings[$"Summarizer:Teams:{team}:Addresses:0"] = $"{team}@example.test";
        _harness = new PipelineHarness(settings, services => services.AddDelivery(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
    }

    [Fact]
    public async Task FirstStoredWeek_ADirectoryTeamWithoutReport_IsNamedMissingInTheDigestAndTheMail()
    {
        var outcome = await _harness.RunAsync("2024-W26");

        var markdown = await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "digest.md"));
        Assert.Contains("- **growth**: 本周未提交周报（此前无记录）", markdown);  // "What changed"
        Assert.Contains("> 6 个团队提交了周报", markdown);                      // the header counts who reported…
        Assert.Contains("- 未提交周报：growth。", markdown);                      // …and the summary names who did not
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(markdown, "本周未提交周报"));

        await _harness.Services.GetRequiredService<DeliveryService>().DeliverAsync(new IsoWeek(2024, 26));
        var (mail, _) = Assert.Single(_smtp.Store.Messages);
        Assert.Contains("未提交周报：growth", mail.TextBody);
        Assert.Contains("本周未提交周报（此前无记录）", mail.TextBody);
        Assert.Contains("未提交周报：growth", mail.HtmlBody);
        Assert.Contains("本周未提交周报（此前无记录）", mail.HtmlBody);
    }

    [Fact]
    public async Task AfterAStoredWeekItReportedIn_TheMissingTeamIsNamedOnce_WithItsLastWeek()
    {
        await _harness.RunAsync("2024-W25");
        var outcome = await _harness.RunAsync("2024-W26");

        var markdown = await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "digest.md"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(markdown, "本周未提交周报"));
        Assert.Contains("- **growth**: 本周未提交周报（最近一次：2024-W25）", markdown);
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _harness.DisposeAsync();
    }
}
