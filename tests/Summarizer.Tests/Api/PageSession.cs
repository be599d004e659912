using System.Net;
using System.Text.RegularExpressions;

namespace Summarizer.Tests.Api;

/// <summary>A browser-like HTTP session for the pages: keeps cookies, does not follow redirects, posts forms with their antiforgery token.</summary>
public sealed partial class PageSession : IDisposable
{
    private readonly HttpClient _client;

    public PageSession(ServeHost host)
    {
        Cookies = new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
    }

    public CookieContainer Cookies { get; }

    public async Task<HttpResponseMessage> LoginAsync(string token)
    {
        var form = await _client.GetStringAsync("/login");
        return await _client.PostAsync("/login", new FormUrlEncodedContent(
            [new("token", token), new("__antiforgery", AntiforgeryToken(form))]));
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    /// <summary>Posts a form to <paramref name="action"/> with the antiforgery token taken from the page at <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, params (string Name, string Value)[] fields)
    {
        var page = await _client.GetStringAsync(formPage);
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__antiforgery", AntiforgeryToken(page)));
        return await _client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts a multipart form (with a file) like <see cref="PostFormAsync"/>.</summary>
    public Task<HttpResponseMessage> PostFileAsync(string formPage, string action, string field, string fileName, byte[] bytes, params (string Name, string Value)[] fields) =>
        PostFileAsync(formPage, action, field, fileName, bytes, null, fields);

    /// <summary>Posts a multipart form whose file part declares <paramref name="partContentType"/> (e.g. <c>text/plain; charset=windows-1252</c>).</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string formPage, string action, string field, string fileName, byte[] bytes, string? partContentType,
        params (string Name, string Value)[] fields)
    {
        var page = await _client.GetStringAsync(formPage);
        var file = new ByteArrayContent(bytes);
        if (partContentType is not null) file.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(partContentType);
        var content = new MultipartFormDataContent { { new StringContent(AntiforgeryToken(page)), "__antiforgery" }, { file, field, fileName } };
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        return await _client.PostAsync(action, content);
    }

    public Task<HttpResponseMessage> PostFormWithoutTokenAsync(string action, params (string Name, string Value)[] fields) =>
        _client.PostAsync(action, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        _client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery field on the page");

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__antiforgery\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
