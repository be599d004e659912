using System.Net;
using System.Net.Http.Json;
using Summarizer.Digest;

namespace Summarizer.Tests.Api;

/// <summary>Who may do what: 401 without or with a wrong token, 403 for what a team token may not do, analysts everything.</summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private ServeHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ServeHost.StartAsync();
        await ApiTestData.SeedAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> ProtectedRoutes => new()
    {
        { "GET", "/api/weeks" },
        { "GET", "/api/runs" },
        { "GET", $"/api/weeks/{ApiTestData.Week}/digest" },
        { "GET", $"/api/weeks/{ApiTestData.Week}/items" },
        { "GET", $"/api/weeks/{ApiTestData.Week}/items.csv" },
        { "GET", $"/api/items/{ApiTestData.AlphaRiskId}/reviews" },
        { "POST", "/api/runs" },
        { "POST", $"/api/items/{ApiTestData.AlphaRiskId}/review" },
    };

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Route_WithoutToken_Returns401WithBearerChallenge(string method, string path)
    {
        using var response = await Send(_host.Client(null), method, path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Route_WithUnknownToken_Returns401(string method, string path)
    {
        using var response = await Send(_host.Client("not-a-configured-token-123456"), method, path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Route_WithTokenDifferingInLastCharacter_Returns401()
    {
        var almost = ServeHost.AnalystToken[..^1] + (ServeHost.AnalystToken[^1] == '0' ? '1' : '0');
        using var response = await _host.Client(almost).GetAsync("/api/weeks");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_WithoutToken_Returns200()
    {
        using var response = await _host.Client(null).GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Items_TeamTokenAskingForOtherTeam_Returns403()
    {
        using var response = await _host.Client(ServeHost.AlphaToken).GetAsync($"/api/weeks/{ApiTestData.Week}/items?team=beta");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Items_TeamTokenWithoutTeamFilter_ReturnsOnlyItsOwnTeam()
    {
        var items = await _host.Client(ServeHost.AlphaToken)
            .GetFromJsonAsync<List<ExtractedItem>>($"/api/weeks/{ApiTestData.Week}/items", SummarizerJson.Options);
        Assert.NotNull(items);
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("alpha", i.Team));
    }

    [Fact]
    public async Task Items_AnalystToken_ReturnsEveryTeam()
    {
        var items = await _host.Client(ServeHost.AnalystToken)
            .GetFromJsonAsync<List<ExtractedItem>>($"/api/weeks/{ApiTestData.Week}/items", SummarizerJson.Options);
        Assert.Equal(["alpha", "beta"], items!.Select(i => i.Team).Distinct().Order());
    }

    [Fact]
    public async Task StartRun_WithTeamToken_Returns403()
    {
        using var response = await _host.Client(ServeHost.AlphaToken).PostAsJsonAsync("/api/runs", new { week = ApiTestData.Week });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _host.Store.ListRunsAsync(ApiTestData.Week));
    }

    [Fact]
    public async Task Digest_WithTeamToken_Returns403()
    {
        using var response = await _host.Client(ServeHost.AlphaToken).GetAsync($"/api/weeks/{ApiTestData.Week}/digest");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Runs_WithTeamToken_Returns403()
    {
        using var response = await _host.Client(ServeHost.BetaToken).GetAsync("/api/runs");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Review_TeamTokenOnOtherTeamsItem_Returns404LikeAnUnknownIdAndRecordsNothing()
    {
        using var response = await _host.Client(ServeHost.BetaToken)
            .PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", new { status = "dismissed" });
        using var unknown = await _host.Client(ServeHost.BetaToken)
            .PostAsJsonAsync("/api/items/2024-W26-alpha-risk-99/review", new { status = "dismissed" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        static async Task<string> Shape(HttpResponseMessage r) =>
            System.Text.RegularExpressions.Regex.Replace(await r.Content.ReadAsStringAsync(), "\"traceId\":\"[^\"]*\"", "");
        Assert.Equal(await Shape(unknown), await Shape(response));
        Assert.Empty(await _host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId));
    }

    [Fact]
    public async Task Reviews_TeamTokenOnOtherTeamsItem_Returns404LikeAnUnknownId()
    {
        using var response = await _host.Client(ServeHost.BetaToken).GetAsync($"/api/items/{ApiTestData.AlphaRiskId}/reviews");
        using var unknown = await _host.Client(ServeHost.BetaToken).GetAsync("/api/items/2024-W26-alpha-risk-99/reviews");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Review_TeamTokenOnOwnItem_Returns200()
    {
        using var response = await _host.Client(ServeHost.AlphaToken)
            .PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", new { status = "confirmed" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task StartRun_WithTeamToken_Returns403SayingWhatATeamTokenMayDo()
    {
        using var response = await _host.Client(ServeHost.AlphaToken).PostAsJsonAsync("/api/runs", new { week = ApiTestData.Week });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("analyst token", body);
        Assert.Contains("its own team", body);
    }

    [Fact]
    public async Task Route_WithoutToken_SaysHowToSendOne()
    {
        using var response = await _host.Client(null).GetAsync("/api/weeks");
        Assert.Contains("Authorization: Bearer", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"status\": \"dismissed\"", "not valid JSON")]
    [InlineData("{\"status\": 5}", "$.status")]
    public async Task Review_BodyThatIsNotJsonOfTheCall_Returns400WithWhereItBroke(string body, string expected)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _host.Client(ServeHost.AlphaToken).PostAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, text);
        Assert.DoesNotContain("System.", text);
        Assert.Empty(await _host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId));
    }

    [Fact]
    public async Task Digest_AnalystToken_Returns200()
    {
        using var response = await _host.Client(ServeHost.AnalystToken).GetAsync($"/api/weeks/{ApiTestData.Week}/digest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string method, string path) =>
        method == "POST" ? client.PostAsJsonAsync(path, new { week = ApiTestData.Week, status = "confirmed" }) : client.GetAsync(path);
}
