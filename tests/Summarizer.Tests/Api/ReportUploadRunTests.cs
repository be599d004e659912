using System.Net;
using System.Net.Http.Json;
using System.Text;
using Summarizer.Digest;
using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Tests.Api;

/// <summary>An upload takes part in the week's run: it replaces the team's older folder file, and the review page cites it.</summary>
public sealed class ReportUploadRunTests : IAsyncLifetime
{
    private const string Week = "2026-W48";
    private ServeHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Run_AfterUpload_UsesTheUploadInsteadOfTheOlderFolderFile()
    {
        _host.WriteReport($"{Week}/alpha.md", "# Alpha\n\n## Risks\n- Old folder risk: the build farm is slow.\n");
        File.SetLastWriteTimeUtc(Path.Combine(_host.InputDir, Week, "alpha.md"), new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc));
        _host.WriteReport($"{Week}/beta.md", ApiTestData.BetaReport);
        using (var put = await _host.Client(ServeHost.AlphaToken).PutAsync($"/api/weeks/{Week}/reports/alpha",
            new StringContent(ApiTestData.AlphaReport, Encoding.UTF8, "text/markdown")))
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        await _host.RunWeekAsync(Week);

        var analyst = _host.Client(ServeHost.AnalystToken);
        var items = await analyst.GetFromJsonAsync<List<ExtractedItem>>($"/api/weeks/{Week}/items?team=alpha", SummarizerJson.Options);
        Assert.NotEmpty(items!);
        Assert.All(items!, i => Assert.StartsWith("upload:", i.Source.File));
        Assert.DoesNotContain(items!, i => i.Summary.Contains("build farm", StringComparison.Ordinal));
        Assert.Contains(items!, i => i.Source.Quote.Contains("payment vendor API timed out twice", StringComparison.Ordinal));
        var beta = await analyst.GetFromJsonAsync<List<ExtractedItem>>($"/api/weeks/{Week}/items?team=beta", SummarizerJson.Options);
        Assert.Equal($"{Week}/beta.md", beta!.First().Source.File);

        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        var html = await (await session.GetAsync($"/review/alpha?week={Week}")).Content.ReadAsStringAsync();
        Assert.Matches("<mark>[^<]*payment vendor API timed out twice[^<]*</mark>", html);
        Assert.DoesNotContain("A newer report was submitted", html);
    }
}
