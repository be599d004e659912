using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Digest;
using Summarizer.Gather;
using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Tests.Api;

/// <summary>rules-11 leftovers of the upload API: the week window and the charset a refusal names.</summary>
public sealed class UploadTrustRules11Tests : IAsyncLifetime
{
    // Friday of 2026-W48.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private ServeHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync(s => s.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> PutAsync(string week, string text, string contentType = "text/markdown; charset=utf-8")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await _host.Client(ServeHost.AlphaToken).PutAsync($"/api/weeks/{week}/reports/alpha", content);
    }

    [Theory]
    [InlineData("2062-W48")] // the year's digits swapped
    [InlineData("2027-W10")]
    public async Task AWeekFarAhead_IsA400ThatSaysTheWindow_AndStoresNothing(string week)
    {
        using var response = await PutAsync(week, "# Alpha\n\n## Risks\n- Vendor SDK deprecated.\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("at most 2 weeks ahead", detail);
        Assert.Contains("2026-W48", detail);
        Assert.Empty(await _host.App.Services.GetRequiredService<Summarizer.Gather.Sources.IReportSubmissionStore>().ListLatestAsync(IsoWeek.Parse(week)));
    }

    [Theory]
    [InlineData("2026-W48")]
    [InlineData("2026-W50")] // next week's report sent early, two weeks ahead at most
    [InlineData("2024-W26")] // a late report for a past week
    public async Task TheCurrentWeek_AWeekOrTwoAhead_AndPastWeeks_AreAccepted(string week)
    {
        using var response = await PutAsync(week, "# Alpha\n\n## Risks\n- Vendor SDK deprecated.\n");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheWindow_IsValidatedAtStartUp() =>
        await Assert.ThrowsAsync<OptionsValidationException>(() => ServeHost.StartAsync(settings: ["--Summarizer:Uploads:MaxWeeksAhead=-1"]));

    [Fact]
    public void AGbkRefusal_NamesGbk_AsTheSenderDeclaredIt()
    {
        // A GBK lead byte before a newline, and one cut off at the end: no GBK text.
        var bytes = Encoding.ASCII.GetBytes("# report\n- ").Concat(new byte[] { 0x81, 0x0A, 0x81 }).ToArray();

        var result = TextDecoder.ToUtf8(bytes, "gbk");

        Assert.Null(result.Bytes);
        Assert.Contains("not valid gbk text", result.Error!);
        Assert.DoesNotContain("gb2312", result.Error);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("latin1")]
    [InlineData("windows-1252")]
    public void ChineseGbkDeclaredAsAWesternCharset_IsRefused_NotStoredAsGarbage(string charset)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gbk").GetBytes("# 搜索组周报\n\n## 风险\n- 索引集群磁盘使用率已达 85%，下周需扩容。\n");

        var result = TextDecoder.ToUtf8(bytes, charset);

        Assert.Null(result.Bytes);
        Assert.Contains("Chinese GBK text", result.Error!);
        Assert.Contains("charset=gbk", result.Error);
    }

    [Theory]
    [InlineData("# Rapport hebdomadaire\n\n## Risques\n- Le fournisseur a livré en retard ; l'équipe réseau est débordée, prévoir une ré-évaluation.\n")]
    [InlineData("# Wochenbericht\n\n## Risiken\n- Die Prüfung der Verträge verzögert sich; Übergabe frühestens nächste Woche, Größe unklar.\n")]
    public void WesternTextInItsDeclaredCharset_IsStillRead(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);

        var result = TextDecoder.ToUtf8(bytes, "iso-8859-1");

        Assert.Null(result.Error);
        Assert.Equal(text, Encoding.UTF8.GetString(result.Bytes!));
    }

    [Fact]
    public async Task ThePreview_ShowsWhatTheTeamAlreadyDismissedOrCorrected_AsReviewed()
    {
        const string report = "# Alpha weekly\n\n## Risks\n- The card vendor's API timed out twice; failover untested.\n- Two test agents share one licence.\n";
        using var first = await PutAsync("2026-W48", report);
        var items = (await first.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!.Items;
        var timeout = Assert.Single(items, i => i.Summary.Contains("timed out"));
        var licence = Assert.Single(items, i => i.Summary.Contains("licence"));
        var store = _host.App.Services.GetRequiredService<IDigestStore>();
        await store.SaveWeekAsync(new WeekSnapshot("2026-W48", "offline", [new("alpha", "2026-W48/alpha.md", 2, "utf-8")], [], items, [], []));
        await store.SaveReviewAsync(new ItemReview(licence.Id, "alpha-lead", ReviewStatus.Dismissed, null, null, "not a risk", _time.GetUtcNow()));
        await store.SaveReviewAsync(new ItemReview(timeout.Id, "alpha-lead", ReviewStatus.Confirmed, "Card vendor API timeouts; failover untested", Severity.High, null, _time.GetUtcNow()));

        using var again = await PutAsync("2026-W48", report + "\n## Plans\n- Test the failover on Tuesday.\n");
        var preview = (await again.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!.Items;

        Assert.Equal(ReviewStatus.Dismissed, preview.Single(i => i.Id == licence.Id).Status);
        var corrected = preview.Single(i => i.Id == timeout.Id);
        Assert.Equal((ReviewStatus.Confirmed, "Card vendor API timeouts; failover untested", Severity.High), (corrected.Status, corrected.Summary, corrected.Severity));
        Assert.Equal(ReviewStatus.Open, preview.Single(i => i.Kind == ItemKind.Plan).Status);
    }

    [Fact]
    public async Task ThePreview_ShowsADismissal_AlsoWhenTheLatestRunUsedAReportWithoutThatLine()
    {
        const string report = "# Alpha weekly\n\n## Risks\n- The card vendor's API timed out twice; failover untested.\n- Two test agents share one licence.\n";
        using var first = await PutAsync("2026-W48", report);
        var items = (await first.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!.Items;
        var licence = Assert.Single(items, i => i.Summary.Contains("licence"));
        var store = _host.App.Services.GetRequiredService<IDigestStore>();
        await store.SaveWeekAsync(new WeekSnapshot("2026-W48", "offline", [new("alpha", "2026-W48/alpha.md", 2, "utf-8")], [], items, [], []));
        await store.SaveReviewAsync(new ItemReview(licence.Id, "alpha-lead", ReviewStatus.Dismissed, null, null, "not a risk", _time.GetUtcNow()));
        // A run on a report without the licence line: the week's items no longer hold the dismissed one.
        await store.SaveWeekAsync(new WeekSnapshot("2026-W48", "offline", [new("alpha", "2026-W48/alpha.md", 2, "utf-8")], [], [.. items.Where(i => i.Id != licence.Id)], [], []));

        using var again = await PutAsync("2026-W48", report);
        var preview = (await again.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!.Items;

        Assert.Equal(ReviewStatus.Dismissed, preview.Single(i => i.Id == licence.Id).Status);
    }

    [Fact]
    public async Task TheReviewPagesPreview_SaysWhichItemsTheTeamDismissed()
    {
        const string report = "# Alpha weekly\n\n## Risks\n- The card vendor's API timed out twice; failover untested.\n- Two test agents share one licence.\n";
        using var first = await PutAsync("2026-W48", report);
        var items = (await first.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!.Items;
        var licence = Assert.Single(items, i => i.Summary.Contains("licence"));
        var store = _host.App.Services.GetRequiredService<IDigestStore>();
        await store.SaveWeekAsync(new WeekSnapshot("2026-W48", "offline", [new("alpha", "2026-W48/alpha.md", 2, "utf-8")], [], items, [], []));
        await store.SaveReviewAsync(new ItemReview(licence.Id, "alpha-lead", ReviewStatus.Dismissed, null, null, "not a risk", _time.GetUtcNow()));

        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.PostFormAsync("/review/alpha?week=2026-W48", "/review/alpha/report", ("week", "2026-W48"), ("text", report));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 items (1 dismissed by the team earlier, not in the digest)", html);
        var start = html.IndexOf("id=\"preview\"", StringComparison.Ordinal);
        var preview = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(preview, "data-status=\"dismissed\""));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(preview, "data-status=\"open\""));
        Assert.Contains("dismissed by the team</span>", preview);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<br>")] // an inline tag pasted into one line does not make the report HTML
    public async Task MarkdownSentAsTextHtml_IsReadAsMarkdown_NotOneParagraph(string inline)
    {
        using var response = await PutAsync("2026-W48", $"# Alpha weekly\n\n## Risks\n- The card vendor's API timed out twice.{inline}\n\n## Metrics\n- Availability 99.2%, target 99.9%.\n", "text/html; charset=utf-8");

        var answer = (await response.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!;
        Assert.Equal((4, ItemKind.Risk), (answer.Items.Single(i => i.Summary.Contains("timed out")).Source.Line, ItemKind.Risk));
        Assert.Equal(7, answer.Items.Single(i => i.Kind == ItemKind.Metric).Source.Line);
    }

    [Fact]
    public async Task RealHtml_SentAsTextHtml_IsStillReadAsHtml()
    {
        using var response = await PutAsync("2026-W48", "<html><body><h1>Alpha weekly</h1><h2>Risks</h2><ul><li>The card vendor's API timed out twice.</li></ul></body></html>", "text/html; charset=utf-8");

        var answer = (await response.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!;
        Assert.EndsWith(".html", answer.File);
        Assert.Contains(answer.Items, i => i.Summary.Contains("timed out"));
    }

    [Theory]
    [InlineData("text/markdown; charset=utf-8")]
    [InlineData("text/plain; charset=utf-8")]
    public async Task AnHtmlDocumentSentAsMarkdownOrText_IsReadAsHtml_NotAsTagLines(string contentType)
    {
        using var response = await PutAsync("2026-W48", "<!DOCTYPE html>\n<html><body><h1>Alpha weekly</h1><h2>Risks</h2><ul><li>The card vendor's API timed out twice.</li></ul></body></html>", contentType);

        var answer = (await response.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!;
        Assert.EndsWith(".html", answer.File);
        var risk = answer.Items.Single(i => i.Summary.Contains("timed out"));
        Assert.DoesNotContain("<", risk.Summary);
    }
}
