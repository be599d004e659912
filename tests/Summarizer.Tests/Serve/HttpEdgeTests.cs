using System.Net;
using System.Net.Http.Headers;
using Summarizer.Store;
using Summarizer.Tests.Api;

namespace Summarizer.Tests.Serve;

/// <summary>
/// The edge of <c>serve</c> on Kestrel loopback: rate limits with Retry-After, forwarded headers only from known
/// proxies (the Secure cookie behind TLS), host filtering, redirects that never name the request's Host, forms
/// without their token answered as pages, sign-out that revokes, and a key ring shared through the store.
/// </summary>
public sealed class HttpEdgeTests
{
    private static HttpClient RawClient(ServeHost host) =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

    [Fact]
    public async Task Login_PastTheAttemptLimit_Answers429WithRetryAfter()
    {
        await using var host = await ServeHost.StartAsync(settings: ["--Summarizer:Http:LoginAttempts=3"]);
        using var session = new PageSession(host);
        for (int i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await session.LoginAsync("wrong-token-wrong-token-" + i)).StatusCode);

        using var limited = await session.LoginAsync(ServeHost.AlphaToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retry = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retry);
        Assert.InRange(retry.Value.TotalSeconds, 1, 60);
        Assert.Contains("Too many attempts from this address", await limited.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BearerFailures_PastTheLimit_Answer429PerClientAddressWhileValidTokensStillWork()
    {
        await using var host = await ServeHost.StartAsync(settings: ["--Summarizer:Http:BearerFailures=3"]);
        using var client = RawClient(host);
        Task<HttpResponseMessage> Send(string token, string from)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/weeks");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("X-Forwarded-For", from); // the proxy on loopback says who the client is
            return client.SendAsync(request);
        }

        for (int i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await Send("guess-guess-guess-" + i, "203.0.113.9")).StatusCode);
        using var limited = await Send("guess-guess-guess-4", "203.0.113.9");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("guess-guess-guess-5", "203.0.113.10")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(ServeHost.AnalystToken, "203.0.113.9")).StatusCode);
    }

    [Fact]
    public async Task Login_BehindTlsProxyOnLoopback_SetsSecureCookie()
    {
        await using var host = await ServeHost.StartAsync();
        var cookie = await LoginCookieThroughProxyAsync(host);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_ForwardedProtoFromAnUnknownSender_IsIgnored()
    {
        await using var host = await ServeHost.StartAsync(settings: ["--Summarizer:Http:KnownProxies:0=10.9.8.7"]);
        var cookie = await LoginCookieThroughProxyAsync(host);
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StartUp_KnownProxyNotAnAddress_FailsNamingTheKey()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => ServeHost.StartAsync(settings: ["--Summarizer:Http:KnownProxies:0=proxy.example"]));
        Assert.Contains("Summarizer:Http:KnownProxies: 'proxy.example' is not an IP address.", ex.Message);
    }

    [Fact]
    public async Task Redirect_ToLogin_NeverNamesTheRequestsHost()
    {
        await using var host = await ServeHost.StartAsync();
        using var client = RawClient(host);
        var request = new HttpRequestMessage(HttpMethod.Get, "/weeks/2024-W26");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=%2Fweeks%2F2024-W26", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AllowedHosts_OtherHost_Answers400()
    {
        await using var host = await ServeHost.StartAsync(settings: ["--AllowedHosts=summarizer.example"]);
        using var client = RawClient(host);
        foreach (var (name, expected) in new[] { ("evil.example", HttpStatusCode.BadRequest), ("summarizer.example", HttpStatusCode.OK) })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
            request.Headers.Host = name;
            using var response = await client.SendAsync(request);
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task Forms_WithoutAntiforgeryToken_AnswerThePageNotAJsonProblem()
    {
        await using var host = await ServeHost.StartAsync();
        await ApiTestData.SeedAsync(host);
        using var session = new PageSession(host);
        using var login = await session.PostFormWithoutTokenAsync("/login", ("token", ServeHost.AlphaToken));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal("text/html", login.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The form expired; please try again.", await login.Content.ReadAsStringAsync());

        await session.LoginAsync(ServeHost.AlphaToken);
        using var review = await session.PostFormWithoutTokenAsync($"/review/alpha/items/{ApiTestData.AlphaRiskId}", ("status", "dismissed"));
        Assert.Equal(HttpStatusCode.BadRequest, review.StatusCode);
        Assert.Equal("text/html", review.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The form expired; reload the page and try again.", await review.Content.ReadAsStringAsync());
        Assert.Empty(await host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId));
    }

    [Fact]
    public async Task Logout_OldCookieReplayed_IsRefusedOnPagesAndApi()
    {
        await using var host = await ServeHost.StartAsync();
        await ApiTestData.SeedAsync(host);
        using var session = new PageSession(host);
        await session.LoginAsync(ServeHost.AlphaToken);
        var cookie = session.Cookies.GetCookies(host.BaseAddress)["summarizer.login"]!;
        var stolen = $"{cookie.Name}={cookie.Value}";
        using var client = RawClient(host);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookie(client, "/review/alpha", stolen)).StatusCode);

        using var logout = await session.PostFormAsync("/review/alpha", "/logout");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var page = await GetWithCookie(client, "/review/alpha", stolen);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.OriginalString);
        Assert.DoesNotContain(page.Headers.TryGetValues("Set-Cookie", out var set) ? set : [],
            c => c.StartsWith("summarizer.login=", StringComparison.Ordinal) && !c.StartsWith("summarizer.login=;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithCookie(client, $"/api/weeks/{ApiTestData.Week}/items", stolen)).StatusCode);
    }

    [Fact]
    public async Task Login_OnOneInstance_OpensPagesOnAnotherSharingTheStore()
    {
        await using var first = await ServeHost.StartAsync();
        await ApiTestData.SeedAsync(first);
        using var session = new PageSession(first);
        await session.LoginAsync(ServeHost.AlphaToken);
        var cookie = session.Cookies.GetCookies(first.BaseAddress)["summarizer.login"]!;

        await using var second = await ServeHost.StartAsync(settings:
        [
            $"--Summarizer:Store=Data Source={Path.Combine(first.Root, "summarizer.db")}",
            $"--Summarizer:Input={first.InputDir}",
        ]);
        using var client = RawClient(second);
        using var response = await GetWithCookie(client, "/review/alpha", $"{cookie.Name}={cookie.Value}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Review: <bdi dir=\"auto\">alpha</bdi>", await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(await ((IProtectionKeyStore)first.Store).GetProtectionKeysAsync()); // the key ring lives in the store
    }

    [Fact]
    public async Task KeyRingFolder_Configured_KeepsTheKeysThere()
    {
        var folder = Directory.CreateTempSubdirectory("summarizer-keys-").FullName;
        try
        {
            await using var host = await ServeHost.StartAsync(settings: [$"--Summarizer:Http:KeyRingFolder={folder}"]);
            using var session = new PageSession(host);
            Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync(ServeHost.AlphaToken)).StatusCode);
            Assert.NotEmpty(Directory.GetFiles(folder, "key-*.xml"));
            Assert.Empty(await ((IProtectionKeyStore)host.Store).GetProtectionKeysAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> GetWithCookie(HttpClient client, string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }

    /// <summary>Signs in as a TLS-terminating proxy on loopback would pass it on; returns the login cookie's Set-Cookie line.</summary>
    private static async Task<string> LoginCookieThroughProxyAsync(ServeHost host)
    {
        using var client = RawClient(host);
        var get = new HttpRequestMessage(HttpMethod.Get, "/login");
        get.Headers.Add("X-Forwarded-Proto", "https");
        get.Headers.Add("X-Forwarded-For", "198.51.100.4");
        using var form = await client.SendAsync(get);
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("summarizer.antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent([new("token", ServeHost.AlphaToken), new("__antiforgery", PageSession.AntiforgeryToken(await form.Content.ReadAsStringAsync()))]),
        };
        post.Headers.Add("Cookie", antiforgery);
        post.Headers.Add("X-Forwarded-Proto", "https");
        post.Headers.Add("X-Forwarded-For", "198.51.100.4");
        using var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("summarizer.login=", StringComparison.Ordinal));
    }
}
