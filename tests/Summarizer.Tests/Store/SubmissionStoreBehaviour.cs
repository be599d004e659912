using System.Text;
using Summarizer.Gather.Sources;
using Summarizer.Store;

namespace Summarizer.Tests.Store;

/// <summary>The submissions part of the store contract (<see cref="IReportSubmissionStore"/>), run on each backend.</summary>
public abstract partial class DigestStoreBehaviour
{
    private static readonly IsoWeek W48 = IsoWeek.Parse("2026-W48");

    private IReportSubmissionStore Submissions() => (IReportSubmissionStore)OpenStore();

    private static SubmittedReport Report(string team, string text, string source, string reference, DateTimeOffset at, string file = "report.md", IsoWeek? week = null) =>
        new(week ?? W48, team, file, Encoding.UTF8.GetBytes(text), new ReportProvenance(source, reference, at, $"{team}@example.org", $"Weekly {team}"));

    [Fact]
    public async Task Submissions_NewestOfEachTeamIsListed_OlderStayAsHistory()
    {
        var store = Submissions();
        var t0 = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));
        Assert.True(await store.AddAsync(Report("payments", "old", "mailbox", "<a@x>", t0)));
        Assert.True(await store.AddAsync(Report("Payments", "new", "upload", "u-1", t0.AddHours(2))));
        Assert.True(await store.AddAsync(Report("payments", "late-arriving older mail", "mailbox", "<b@x>", t0.AddHours(1))));
        Assert.True(await store.AddAsync(Report("search", "only", "upload", "u-2", t0, "search.docx")));
        Assert.True(await store.AddAsync(Report("payments", "next week", "upload", "u-3", t0.AddDays(7), week: W48.Next)));

        var latest = await Submissions().ListLatestAsync(W48);

        Assert.Equal([("Payments", "new"), ("search", "only")], latest.Select(r => (r.Team, Encoding.UTF8.GetString(r.Content))));
        var search = latest[1];
        Assert.Equal(("search.docx", W48), (search.FileName, search.Week));
        Assert.Equal(new ReportProvenance("upload", "u-2", t0, "search@example.org", "Weekly search"), search.Provenance);
        var history = await ((SqlDigestStore)OpenStore()).ListHistoryAsync(W48, "PAYMENTS");
        Assert.Equal(["new", "late-arriving older mail", "old"], history.Select(r => Encoding.UTF8.GetString(r.Content)));
    }

    [Fact]
    public async Task Submissions_SameSourceAndReferenceTwice_IsStoredOnce()
    {
        var store = Submissions();
        var at = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        Assert.True(await store.AddAsync(Report("payments", "first", "mailbox", "<a@x>", at)));
        Assert.False(await Submissions().AddAsync(Report("payments", "refetched", "mailbox", "<a@x>", at.AddMinutes(5))));
        Assert.True(await store.AddAsync(Report("payments", "same id, other source", "upload", "<a@x>", at.AddMinutes(1))));

        Assert.Equal(2, (await ((SqlDigestStore)store).ListHistoryAsync(W48, "payments")).Count);
        Assert.Equal("same id, other source", Encoding.UTF8.GetString((await store.ListLatestAsync(W48)).Single().Content));
    }

    [Fact]
    public async Task Submissions_EqualReceivedTimes_LaterInsertionWins()
    {
        var store = Submissions();
        var at = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        await store.AddAsync(Report("payments", "first", "upload", "u-1", at));
        await store.AddAsync(Report("payments", "second", "upload", "u-2", at));
        Assert.Equal("second", Encoding.UTF8.GetString((await store.ListLatestAsync(W48)).Single().Content));
    }

    [Fact]
    public async Task Submissions_BytesRoundTripExactly()
    {
        var store = Submissions();
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).Concat(new byte[70_000]).ToArray();
        await store.AddAsync(new SubmittedReport(W48, "search", "r.docx", bytes, new ReportProvenance("upload", "u", DateTimeOffset.UnixEpoch)));
        Assert.Equal(bytes, (await Submissions().ListLatestAsync(W48)).Single().Content);
    }

    [Fact]
    public async Task Refusals_ListedForTheirWeekAndWhenWeekUnknown_NewestFirst_Once()
    {
        var store = Submissions();
        var at = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        var unknown = new RefusedSubmission(null, null, new ReportProvenance("mailbox", "<u@x>", at, "stranger@example.org", "hi"), "unknown sender stranger@example.org");
        var broken = new RefusedSubmission(W48, "payments", new ReportProvenance("mailbox", "<b@x>", at.AddHours(1)), "attachment report.docx is not a Word file");
        var other = new RefusedSubmission(W48.Next, "payments", new ReportProvenance("mailbox", "<n@x>", at.AddDays(7)), "empty");
        Assert.True(await store.AddRefusedAsync(unknown));
        Assert.True(await store.AddRefusedAsync(broken));
        Assert.True(await store.AddRefusedAsync(other));
        Assert.False(await Submissions().AddRefusedAsync(broken with { Reason = "again" }));

        Assert.Equal([broken, unknown], await Submissions().ListRefusedAsync(W48));
    }
}
