using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Summarizer.Tests.Api;

/// <summary>
/// Every route swept with the values an attacker or a clumsy script sends: each answers 4xx with a short reason
/// (an API error is a problem document), never 5xx, and never repeats a long value whole.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private static readonly string Long = new('x', 5000);

    /// <summary>Week-like values that are not weeks, odd digits, control characters, paths, markup, a long value.</summary>
    public static readonly string[] Values =
    [
        "0000-W01", "0001-W01", "9999-W52", "2024-W00", "2024-W54", "２０２４-W26", "٢٠٢٤-W26", "۲۰۲۴-W۲۶", "2024-W２６",
        "\0", "2024-W26\0", "a\tb", "/\t/evil.example", "//evil.example", "https://evil.example/", "..", "../../etc/passwd",
        "<script>alert(1)</script>", "' OR 1=1 --", "\u202e2024-W26", "2024-W26\n", "%", "%zz", "", " ", Long,
    ];

    private ServeHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ServeHost.StartAsync();
        await ApiTestData.SeedAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static IEnumerable<(string Method, string Path, object? Body)> ApiRoutes(string v)
    {
        var e = Uri.EscapeDataString(v);
        var w = ApiTestData.Week;
        yield return ("GET", $"/api/weeks/{e}/digest", null);
        yield return ("GET", $"/api/weeks/{e}/items", null);
        yield return ("GET", $"/api/weeks/{e}/items.csv", null);
        yield return ("GET", $"/api/weeks/{w}/items?team={e}&kind={e}", null);
        yield return ("GET", $"/api/weeks/{w}/items.csv?kind={e}", null);
        yield return ("GET", $"/api/runs?week={e}&limit={e}", null);
        yield return ("GET", $"/api/runs/{e}?wait={e}", null);
        yield return ("GET", $"/api/items/{e}/reviews", null);
        yield return ("POST", "/api/runs", new { week = v });
        yield return ("POST", "/api/runs", new { week = w, input = v });
        yield return ("POST", "/api/runs", new { week = w, engine = v });
        yield return ("POST", $"/api/items/{e}/review", new { status = "confirmed" });
        yield return ("POST", $"/api/items/{ApiTestData.AlphaRiskId}/review", new { status = v, severity = v });
        yield return ("POST", $"/api/items/{ApiTestData.AlphaRiskId}/review", new { status = "open", note = v, summary = v });
    }

    [Fact]
    public async Task ApiRoutes_HostileValues_Answer4xxProblemsWithShortReasonsNever5xx()
    {
        var failures = new List<string>();
        foreach (var token in new[] { ServeHost.AnalystToken, ServeHost.AlphaToken })
        {
            using var client = _host.Client(token);
            foreach (var v in Values)
            foreach (var (method, path, body) in ApiRoutes(v))
            {
                using var response = method == "GET" ? await client.GetAsync(path) : await client.PostAsJsonAsync(path, body);
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                var what = $"{method} {path[..Math.Min(path.Length, 80)]} ({(token == ServeHost.AnalystToken ? "analyst" : "team")}) → {status}";
                if (status >= 500) failures.Add(what + ": " + text[..Math.Min(text.Length, 200)]);
                // Kestrel itself refuses a NUL in the path or a request line over 8 KB (empty 400/414) before any middleware.
                else if (status is 400 or 414 && text.Length == 0 && (path.Contains("%00", StringComparison.Ordinal) || path.Length > 8000)) continue;
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    failures.Add(what + ": not a problem document but " + response.Content.Headers.ContentType);
                else if (status >= 400 && text.Contains(Long[..300], StringComparison.Ordinal)) failures.Add(what + ": echoes the long value");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task Pages_HostileValues_Answer4xxPagesNever5xx()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AnalystToken);
        var failures = new List<string>();
        foreach (var v in Values)
        {
            var e = Uri.EscapeDataString(v);
            foreach (var path in new[] { $"/weeks/{e}", $"/weeks/{e}/digest.html", $"/review/{e}?week={e}", $"/review/alpha?week={e}", $"/login?returnUrl={e}" })
            {
                using var response = await session.GetAsync(path);
                if ((int)response.StatusCode >= 500) failures.Add($"GET {path[..Math.Min(path.Length, 80)]} → {(int)response.StatusCode}");
            }
            foreach (var (page, action, fields) in new (string, string, (string, string)[])[]
            {
                ("/login", "/login", [("token", v), ("returnUrl", v)]),
                ($"/review/alpha?week={ApiTestData.Week}", $"/review/alpha/items/{e}", [("status", v), ("week", v), ("severity", v)]),
                ($"/review/alpha?week={ApiTestData.Week}", $"/review/alpha/items/{ApiTestData.AlphaRiskId}", [("status", v), ("note", v)]),
                ($"/weeks/{ApiTestData.Week}", $"/weeks/{e}/runs", [("engine", v)]),
                ($"/review/alpha?week={ApiTestData.Week}", "/review/alpha/report", [("text", v), ("week", v)]),
            })
            {
                using var response = await session.PostFormAsync(page, action, fields);
                if ((int)response.StatusCode >= 500) failures.Add($"POST {action[..Math.Min(action.Length, 80)]} → {(int)response.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [InlineData("0000-W01")]
    [InlineData("２０２４-W26")]
    [InlineData("٢٠٢٤-W26")]
    public async Task WeekRoutes_NotAWeek_Answer400WithTheReason(string week)
    {
        foreach (var token in new[] { ServeHost.AnalystToken, ServeHost.AlphaToken })
        {
            using var response = await _host.Client(token).GetAsync($"/api/weeks/{Uri.EscapeDataString(week)}/items");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("is not an ISO week; write it as YYYY-Www", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task StartRun_InputWithNul_Answers400NamingTheCharacter()
    {
        using var response = await _host.Client(ServeHost.AnalystToken).PostAsJsonAsync("/api/runs", new { week = ApiTestData.Week, input = "2024-W26\0x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("Input '2024-W26\\u0000x' contains the control character U+0000 at position 9; remove it.",
            problem.GetProperty("errors").GetProperty("input")[0].GetString());
        Assert.Empty(await _host.Store.ListRunsAsync(ApiTestData.Week));
    }

    [Theory]
    [InlineData("summary", "nul\0here")]
    [InlineData("summary", "\u202egnp.exe")]
    [InlineData("note", "a\0b")]
    public async Task Review_ControlOrDirectionCharacters_Answer400AndStoreNothing(string field, string value)
    {
        var body = new Dictionary<string, string> { ["status"] = "confirmed", [field] = value };
        using var response = await _host.Client(ServeHost.AlphaToken).PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Empty(await _host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId));
    }

    [Fact]
    public async Task StartRun_TenMegabyteInput_Answers413WithAShortReason()
    {
        var json = $"{{\"week\":\"{ApiTestData.Week}\",\"input\":\"{new string('a', 10 * 1024 * 1024)}\"}}";
        // Expect: 100-continue lets the server refuse before the 10 MB are sent, as curl does for large bodies.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ServeHost.AnalystToken);
        // Wait for the server's answer however loaded the machine is, rather than start sending after the default second.
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }) { BaseAddress = _host.BaseAddress };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than this server accepts (Summarizer:Http:MaxBodyBytes)", text);
        Assert.True(text.Length < 1000, $"{text.Length} characters");
    }

    [Fact]
    public async Task StartRun_LongInputUnderTheBodyLimit_EchoesAtMost200Characters()
    {
        using var response = await _host.Client(ServeHost.AnalystToken).PostAsJsonAsync("/api/runs", new { week = ApiTestData.Week, input = new string('a', 50_000) });
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(new string('a', 200) + "… (50000 characters)", text);
        Assert.DoesNotContain(new string('a', 201), text);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task Login_ReturnUrlOffSite_Answers400PageAndNeverRedirectsThere(string returnUrl)
    {
        using var session = new PageSession(_host);
        using var shown = await session.GetAsync($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
        Assert.Contains("is not a page of this site", await shown.Content.ReadAsStringAsync());

        using var posted = await session.PostFormAsync("/login", "/login", ("token", ServeHost.AlphaToken), ("returnUrl", returnUrl));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("text/html", posted.Content.Headers.ContentType?.MediaType);
        Assert.Null(posted.Headers.Location);
    }

    [Fact]
    public async Task Login_ReturnUrlOnThisSite_RedirectsThere()
    {
        using var session = new PageSession(_host);
        using var posted = await session.PostFormAsync("/login", "/login", ("token", ServeHost.AlphaToken), ("returnUrl", "/review/alpha?week=2024-W26"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/review/alpha?week=2024-W26", posted.Headers.Location!.OriginalString);
    }
}
