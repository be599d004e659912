using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using Summarizer.History;
using Summarizer.Pipeline;
using Summarizer.Reminders;
using Summarizer.Store;
using Summarizer.Tests.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Reminders;

/// <summary>Who is expected and who is missing, over a real input folder and a SQLite store.</summary>
public sealed class MissingReportsTests : IDisposable
{
    private static readonly IsoWeek W26 = new(2024, 26);
    private readonly TempDb _db = new();
    private readonly TempFolder _input = new();
    private readonly SqliteDigestStore _store;

    public MissingReportsTests() => _store = new SqliteDigestStore(_db.ConnectionString, TimeProvider.System);

    private MissingReports Create(Dictionary<string, TeamContact>? teams = null) => new(
        new GatheredReportPresence(new ReportGatherer(NullLogger<ReportGatherer>.Instance), Options.Create(new SummarizerOptions { Input = _input.Path })),
        new ExpectedTeams(_store, Options.Create(new HistoryOptions { Weeks = 4 }), Options.Create(new TeamDirectoryOptions { Teams = teams ?? [] })),
        _store);

    private Task StoreWeek(IsoWeek week, params string[] teams) => _store.SaveWeekAsync(new WeekSnapshot(
        week.ToString(), "offline", teams.Select(t => new ReportInfo(t, $"{week}/{t}.md", 3, "utf-8")).ToList(), [], [], [], []));

    private void Report(string relative) => _input.Write(relative, "# Weekly report\n\n## Progress\n- Shipped the refund flow to 20% of users.\n");

    [Fact]
    public async Task WithoutDirectory_ExpectsTheTeamsOfRecentWeeks_WithoutAddresses()
    {
        await StoreWeek(new IsoWeek(2024, 20), "Legacy");       // six weeks back: beyond History:Weeks (4)
        await StoreWeek(new IsoWeek(2024, 24), "Payments", "Search", "Data");
        await StoreWeek(new IsoWeek(2024, 25), "Payments", "Search", "数据平台");
        Report("2024-W26/payments.md");                          // the file name's case does not matter
        Report("2024-W26/Search.md");

        var missing = await Create().ListAsync(W26);

        Assert.Equal(["Data", "数据平台"], missing.Select(m => m.Team));
        Assert.All(missing, m => { Assert.Empty(m.RemindTo); Assert.Null(m.Reminder); });
    }

    [Fact]
    public async Task WithDirectory_ExpectsItsTeamsOnly_RemindToBeforeAddresses_AndRejectedFilesDoNotCount()
    {
        await StoreWeek(new IsoWeek(2024, 25), "Marketing");   // not in the directory: not expected
        Report("2024-W26/Payments.md");
        _input.Write("2024-W26/Search.md", "");                 // empty: rejected by the gatherer, so Search has no report
        var missing = await Create(new()
        {
            ["Payments"] = new() { Addresses = ["payments@example.test"] },
            ["Search"] = new() { Addresses = ["search-list@example.test"], RemindTo = ["search-lead@example.test", " "] },
            ["Ops"] = new(),
        }).ListAsync(W26);

        Assert.Equal(["Ops", "Search"], missing.Select(m => m.Team));
        Assert.Empty(missing[0].RemindTo);
        Assert.Equal(["search-lead@example.test"], missing[1].RemindTo);
    }

    [Fact]
    public async Task NoWeekFolder_EveryExpectedTeamIsMissing()
    {
        var missing = await Create(new() { ["Payments"] = new() { Addresses = ["p@example.test"] } }).ListAsync(W26);
        Assert.Equal("Payments", Assert.Single(missing).Team);
    }

    public void Dispose()
    {
        _input.Dispose();
        _db.Dispose();
    }
}
