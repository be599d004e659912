using System.Net;
using System.Net.Http.Json;
using Summarizer.Digest;
using Summarizer.Store;

namespace Summarizer.Tests.Api;

/// <summary>
/// Reviews are a history of changes: a later review (say, a confirmation) never undoes a team's edited summary or
/// severity — not in the API, not on the review page, not in the digest.
/// </summary>
public sealed class ReviewHistoryTests : IAsyncLifetime
{
    private const string Edited = "Vendor API timeouts fixed by retry; failover test booked for Friday";
    private ServeHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ServeHost.StartAsync();
        await ApiTestData.SeedAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Api_EditThenConfirm_EditStaysInItemsAndDigest()
    {
        var alpha = _host.Client(ServeHost.AlphaToken);
        var url = $"/api/items/{ApiTestData.AlphaRiskId}/review";
        (await alpha.PostAsJsonAsync(url, new { status = "open", summary = Edited, severity = "low", note = "reworded" })).EnsureSuccessStatusCode();
        using var confirm = await alpha.PostAsJsonAsync(url, new { status = "confirmed" });

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var item = await confirm.Content.ReadFromJsonAsync<ExtractedItem>(SummarizerJson.Options);
        Assert.Equal((ReviewStatus.Confirmed, Edited, Severity.Low), (item!.Status, item.Summary, item.Severity));
        var analyst = _host.Client(ServeHost.AnalystToken);
        var listed = await analyst.GetFromJsonAsync<List<ExtractedItem>>($"/api/weeks/{ApiTestData.Week}/items?team=alpha&kind=risk", SummarizerJson.Options);
        var risk = Assert.Single(listed!);
        Assert.Equal((ReviewStatus.Confirmed, Edited, Severity.Low), (risk.Status, risk.Summary, risk.Severity));
        var digest = await analyst.GetStringAsync($"/api/weeks/{ApiTestData.Week}/digest");
        Assert.Contains(Edited, digest);
        Assert.DoesNotContain("Payment vendor API timeouts; failover untested", digest);

        var history = await _host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId);
        Assert.Equal([ReviewStatus.Open, ReviewStatus.Confirmed], history.Select(r => r.Status));
        Assert.Null(history[1].Summary); // the confirmation changed no summary: nothing is stored for it, and nothing erased
    }

    [Fact]
    public async Task Api_SeverityOnlyThenSummaryOnly_BothChangesKept()
    {
        var alpha = _host.Client(ServeHost.AlphaToken);
        var url = $"/api/items/{ApiTestData.AlphaMetricId}/review";
        (await alpha.PostAsJsonAsync(url, new { status = "open", severity = "high" })).EnsureSuccessStatusCode();
        (await alpha.PostAsJsonAsync(url, new { status = "open", summary = "Availability 99.2%, under target" })).EnsureSuccessStatusCode();
        (await alpha.PostAsJsonAsync(url, new { status = "dismissed" })).EnsureSuccessStatusCode();
        (await alpha.PostAsJsonAsync(url, new { status = "open" })).EnsureSuccessStatusCode();

        var item = await _host.Store.GetItemAsync(ApiTestData.AlphaMetricId);
        Assert.Equal((ReviewStatus.Open, "Availability 99.2%, under target", Severity.High), (item!.Status, item.Summary, item.Severity));
    }

    [Fact]
    public async Task Page_EditThenConfirm_EditStaysOnPageAndInDigest()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        var page = $"/review/alpha?week={ApiTestData.Week}";
        var action = $"/review/alpha/items/{ApiTestData.AlphaRiskId}";
        using (var edit = await session.PostFormAsync(page, action,
            ("status", "open"), ("summary", Edited), ("severity", "low"), ("note", ""), ("week", ApiTestData.Week)))
            Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        // The quick form: only a status (and an empty note), as the Confirm button sends it.
        using (var confirm = await session.PostFormAsync(page, action, ("status", "confirmed"), ("note", ""), ("week", ApiTestData.Week)))
            Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        using var shown = await session.GetAsync(page);
        var html = await shown.Content.ReadAsStringAsync();
        Assert.Contains($"<h3 class=\"summary\">{Edited}</h3>", html);
        Assert.Contains("data-status=\"confirmed\"", html);
        Assert.Contains("<span class=\"tag sev-low\">low</span>", html);
        var digest = await _host.Client(ServeHost.AnalystToken).GetStringAsync($"/api/weeks/{ApiTestData.Week}/digest");
        Assert.Contains(Edited, digest);
    }
}
