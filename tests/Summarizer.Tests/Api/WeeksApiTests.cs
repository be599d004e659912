using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Summarizer.Tests.Api;

/// <summary>Weeks, digest negotiation, item filters and the CSV export.</summary>
public sealed class WeeksApiTests : IAsyncLifetime
{
    private ServeHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ServeHost.StartAsync();
        await ApiTestData.SeedAsync(_host, alphaRiskSummary: "=HYPERLINK(\"http://x\"), vendor \"timeouts\"\nsecond line");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Weeks_Analyst_ListsSeededWeek()
    {
        var body = await _host.Client(ServeHost.AnalystToken).GetStringAsync("/api/weeks");
        Assert.Equal($"[\"{ApiTestData.Week}\"]", body);
    }

    [Fact]
    public async Task Digest_AcceptHtml_ReturnsHtmlElseMarkdown()
    {
        var client = _host.Client(ServeHost.AnalystToken);
        using var html = new HttpRequestMessage(HttpMethod.Get, $"/api/weeks/{ApiTestData.Week}/digest");
        html.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var htmlResponse = await client.SendAsync(html);
        using var markdown = await client.GetAsync($"/api/weeks/{ApiTestData.Week}/digest");

        Assert.Equal("text/html", htmlResponse.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await htmlResponse.Content.ReadAsStringAsync());
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("#", await markdown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Digest_UnknownWeek_Returns404()
    {
        using var response = await _host.Client(ServeHost.AnalystToken).GetAsync("/api/weeks/2023-W01/digest");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/weeks/2024-W99/items")]
    [InlineData("/api/weeks/last-week/items")]
    [InlineData("/api/weeks/2024-W26/items?kind=rumour")]
    public async Task Items_BadWeekOrKind_Returns400(string path)
    {
        using var response = await _host.Client(ServeHost.AnalystToken).GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Items_KindFilter_ReturnsOnlyThatKindInItemsJsonShape()
    {
        var json = await _host.Client(ServeHost.AnalystToken).GetStringAsync($"/api/weeks/{ApiTestData.Week}/items?kind=metric");
        Assert.Contains("\"kind\":\"metric\"", json);
        Assert.DoesNotContain("\"kind\":\"risk\"", json);
        Assert.Contains("\"source\":{\"file\":\"2024-W26/alpha.md\",\"line\":8,\"endLine\":8,\"quote\":\"Availability 99.2%\"}", json);
        Assert.Contains("\"severity\":\"medium\"", json);
    }

    [Fact]
    public async Task ItemsCsv_Analyst_HasBomHeaderAndQuotedNeutralisedText()
    {
        using var response = await _host.Client(ServeHost.AnalystToken).GetAsync($"/api/weeks/{ApiTestData.Week}/items.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("id,week,team,kind,severity,status,section,summary,", text);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\"), vendor \"\"timeouts\"\"\nsecond line\"", text);
        Assert.Contains($"{ApiTestData.BetaRiskId},{ApiTestData.Week},beta,risk,medium,open,Risks,Data centre move may slip to July,", text);
    }

    [Fact]
    public async Task ItemsCsv_TeamToken_ContainsOnlyOwnTeam()
    {
        var text = await _host.Client(ServeHost.BetaToken).GetStringAsync($"/api/weeks/{ApiTestData.Week}/items.csv");
        Assert.Contains(ApiTestData.BetaRiskId, text);
        Assert.DoesNotContain(ApiTestData.AlphaRiskId, text);
    }
}
