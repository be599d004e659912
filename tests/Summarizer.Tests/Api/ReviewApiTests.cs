using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Digest;
using Summarizer.Store;

namespace Summarizer.Tests.Api;

/// <summary>Reviews through the API: what they change in items and in the digest, and what they record.</summary>
public sealed class ReviewApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2024, 6, 28, 9, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private ServeHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ServeHost.StartAsync(s => s.AddSingleton<TimeProvider>(_time));
        await ApiTestData.SeedAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Review_Dismissed_ItemLeavesDigestAndItemsShowDismissed()
    {
        var analyst = _host.Client(ServeHost.AnalystToken);
        var before = await analyst.GetStringAsync($"/api/weeks/{ApiTestData.Week}/digest");
        Assert.Contains("Payment vendor API timeouts", before);

        using var response = await _host.Client(ServeHost.AlphaToken)
            .PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", new { status = "dismissed", note = "already fixed" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<ExtractedItem>(SummarizerJson.Options);
        Assert.Equal(ReviewStatus.Dismissed, updated!.Status);
        var after = await analyst.GetStringAsync($"/api/weeks/{ApiTestData.Week}/digest");
        Assert.DoesNotContain("Payment vendor API timeouts", after);
        Assert.Contains("Data centre move may slip to July", after);
        var json = await analyst.GetStringAsync($"/api/weeks/{ApiTestData.Week}/items?team=alpha&kind=risk");
        Assert.Contains("\"status\":\"dismissed\"", json);
    }

    [Fact]
    public async Task Review_Recorded_HistoryNamesRoleTokenTimeAndChanges()
    {
        using var response = await _host.Client(ServeHost.AlphaToken).PostAsJsonAsync($"/api/items/{ApiTestData.AlphaMetricId}/review",
            new { status = "confirmed", summary = "Availability 99.2% against a 99.9% target", severity = "high", note = "checked" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var history = await _host.Client(ServeHost.AnalystToken)
            .GetFromJsonAsync<List<ItemReview>>($"/api/items/{ApiTestData.AlphaMetricId}/reviews", SummarizerJson.Options);
        var review = Assert.Single(history!);
        Assert.StartsWith("team:alpha (tok-", review.Reviewer);
        Assert.DoesNotContain(ServeHost.AlphaToken, review.Reviewer);
        Assert.Equal(Now, review.At);
        Assert.Equal(ReviewStatus.Confirmed, review.Status);
        Assert.Equal("Availability 99.2% against a 99.9% target", review.Summary);
        Assert.Equal(Severity.High, review.Severity);
        Assert.Equal("checked", review.Note);
        var item = await _host.Store.GetItemAsync(ApiTestData.AlphaMetricId);
        Assert.Equal("Availability 99.2% against a 99.9% target", item!.Summary);
        Assert.Equal(Severity.High, item.Severity);
    }

    [Fact]
    public async Task Review_UnchangedSummaryAndSeverity_AreNotRecordedAsChanges()
    {
        var item = await _host.Store.GetItemAsync(ApiTestData.AlphaRiskId);
        using var response = await _host.Client(ServeHost.AlphaToken).PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review",
            new { status = "confirmed", summary = item!.Summary, severity = "high" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var review = Assert.Single(await _host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId));
        Assert.Null(review.Summary);
        Assert.Null(review.Severity);
    }

    [Theory]
    [InlineData("deleted")]
    [InlineData("1")]
    [InlineData("")]
    public async Task Review_InvalidStatus_Returns400AndRecordsNothing(string status)
    {
        using var response = await _host.Client(ServeHost.AlphaToken)
            .PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", new { status });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("status", await response.Content.ReadAsStringAsync());
        Assert.Empty(await _host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId));
    }

    [Fact]
    public async Task Review_InvalidSeverity_Returns400()
    {
        using var response = await _host.Client(ServeHost.AlphaToken)
            .PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", new { status = "confirmed", severity = "critical" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Review_UnknownItem_Returns404()
    {
        using var response = await _host.Client(ServeHost.AnalystToken)
            .PostAsJsonAsync("/api/items/no-such-item/review", new { status = "dismissed" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Review_Reopened_ItemReturnsToDigest()
    {
        var alpha = _host.Client(ServeHost.AlphaToken);
        (await alpha.PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", new { status = "dismissed" })).EnsureSuccessStatusCode();
        (await alpha.PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", new { status = "open" })).EnsureSuccessStatusCode();

        var digest = await _host.Client(ServeHost.AnalystToken).GetStringAsync($"/api/weeks/{ApiTestData.Week}/digest");
        Assert.Contains("Payment vendor API timeouts", digest);
        Assert.Equal(2, (await _host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId)).Count);
    }
}
