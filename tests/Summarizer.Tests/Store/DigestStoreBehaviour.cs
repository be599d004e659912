using Microsoft.Extensions.Time.Testing;
using Summarizer.Extraction;
using Summarizer.Store;

namespace Summarizer.Tests.Store;

/// <summary>The store's contract, run against each backend by a derived class.</summary>
public abstract partial class DigestStoreBehaviour
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>A store over the same database each call (a second call simulates a restart).</summary>
    /// <param name="time">The store's clock; by default the test's shared fake clock.</param>
    protected abstract IDigestStore OpenStore(TimeProvider? time = null);

    [Fact]
    public async Task Runs_CreateUpdateGetList_RoundTrip()
    {
        var store = OpenStore();
        var run = await store.CreateRunAsync("2024-W26", "offline", "reports");
        Time.Advance(TimeSpan.FromMinutes(1));
        var second = await store.CreateRunAsync("2024-W26", "llm", null);
        await store.CreateRunAsync("2024-W27", "offline", null);

        var finished = run with { State = RunState.Succeeded, SectionsDone = 7, SectionsTotal = 7, FinishedAt = Time.GetUtcNow(), PromptTokens = 1200, CompletionTokens = 300, Calls = 4 };
        await store.UpdateRunAsync(finished);

        Assert.Equal(finished, await OpenStore().GetRunAsync(run.RunId));
        Assert.Equal(Time.GetUtcNow().AddMinutes(-1), run.CreatedAt);
        var listed = await store.ListRunsAsync("2024-W26");
        Assert.Equal([second.RunId, run.RunId], listed.Select(r => r.RunId));
        Assert.Equal(3, (await store.ListRunsAsync()).Count);
        Assert.Null(await store.GetRunAsync("missing"));
    }

    [Fact]
    public async Task UpdateRunAsync_UnknownRun_Throws()
    {
        var store = OpenStore();
        var ghost = new RunRecord { RunId = "nope", Week = "2024-W26", Engine = "offline" };
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.UpdateRunAsync(ghost));
    }

    [Fact]
    public async Task SectionResults_SaveAndGet_RoundTripAndOverwrite()
    {
        var store = OpenStore();
        Assert.Null(await store.GetSectionResultAsync("k1"));
        ItemCandidate[] candidates =
        [
            new() { SectionId = "a.md#L3", Kind = ItemKind.Metric, Summary = "可用性 99.5%", Quote = "可用性 99.5%", Engine = "offline",
                    Metric = new MetricFacts("可用性", 99.5, "%", 99.1) },
            new() { SectionId = "a.md#L9", Kind = ItemKind.Delay, Summary = "Launch slips", Quote = "moved to 7/15", Engine = "llm",
                    Severity = Severity.High, Delay = new DelayFacts("Launch", "2024-07-01", "2024-07-15", "vendor") },
        ];
        DroppedCandidate[] dropped = [new("a", "风险", ItemKind.Risk, "llm", "quote not found in the section", "机房断电", "机房断电风险")];
        await store.SaveSectionResultAsync("k1", new SectionResult(candidates, dropped));
        var read = await OpenStore().GetSectionResultAsync("k1");
        Assert.Equal(candidates, read!.Candidates);
        Assert.Equal(dropped, read.Dropped);

        await store.SaveSectionResultAsync("k1", new SectionResult([], []));
        Assert.Empty((await store.GetSectionResultAsync("k1"))!.Candidates);
    }

    [Fact]
    public async Task SaveWeekAsync_ReplacesItemsButKeepsReviewsById()
    {
        var store = OpenStore();
        await store.SaveWeekAsync(StoreTestData.Week("2024-W26", StoreTestData.Item("a"), StoreTestData.Item("b")));
        await store.SaveReviewAsync(new ItemReview("a", "lead@payments", ReviewStatus.Confirmed, "Vendor API flaky at peak", Severity.High, "seen twice", Time.GetUtcNow()));

        await store.SaveWeekAsync(StoreTestData.Week("2024-W26", StoreTestData.Item("a"), StoreTestData.Item("c", team: "Search")));

        var snapshot = await OpenStore().GetWeekAsync("2024-W26");
        Assert.NotNull(snapshot);
        Assert.Equal(["a", "c"], snapshot.Items.Select(i => i.Id));
        var a = snapshot.Items[0];
        Assert.Equal((ReviewStatus.Confirmed, "Vendor API flaky at peak", Severity.High), (a.Status, a.Summary, a.Severity));
        Assert.True(a.SummaryEdited); // the team's words win where the digest would show the report's own line
        Assert.False(snapshot.Items[1].SummaryEdited);
        Assert.Equal(["Payments", "Search"], snapshot.Reports.Select(r => r.Team));
        Assert.Equal("binary file", snapshot.Rejected.Single().Reason);
        Assert.Equal(["Payments.md#L7"], snapshot.DegradedSections);
        Assert.Equal("Availability 99.1% → 99.5%", snapshot.Changes.Single().Summary);
        Assert.Equal(["2024-W26"], await store.ListWeeksAsync());
        Assert.Null(await store.GetWeekAsync("2024-W27"));
    }

    [Fact]
    public async Task SaveWeekAsync_ManyItems_AllStoredInOrder()
    {
        var store = OpenStore();
        var items = Enumerable.Range(0, 450).Select(i => StoreTestData.Item($"i{i:D3}", team: $"T{i % 7}", summary: $"风险 {i}")).ToArray();
        await store.SaveWeekAsync(StoreTestData.Week("2024-W26", items));
        var stored = await store.GetItemsAsync(new ItemQuery("2024-W26"));
        Assert.Equal(items, stored);
    }

    [Fact]
    public async Task SaveWeekAsync_DuplicateItemIds_ThrowsAndKeepsPreviousItems()
    {
        var store = OpenStore();
        await store.SaveWeekAsync(StoreTestData.Week("2024-W26", StoreTestData.Item("a")));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SaveWeekAsync(StoreTestData.Week("2024-W26", StoreTestData.Item("x"), StoreTestData.Item("x"))));
        Assert.Equal(["a"], (await store.GetItemsAsync(new ItemQuery("2024-W26"))).Select(i => i.Id));
    }

    [Fact]
    public async Task GetItemsAsync_EachFieldKeepsItsLastSetValue_DismissedFilteredOnRequest()
    {
        var store = OpenStore();
        await store.SaveWeekAsync(StoreTestData.Week("2024-W26",
            StoreTestData.Item("r1"), StoreTestData.Item("m1", kind: ItemKind.Metric, summary: "Latency 120ms"), StoreTestData.Item("s1", team: "Search")));
        await store.SaveReviewAsync(new ItemReview("r1", "alice", ReviewStatus.Confirmed, "Corrected wording", null, null, Time.GetUtcNow()));
        Time.Advance(TimeSpan.FromMinutes(5));
        await store.SaveReviewAsync(new ItemReview("r1", "bob", ReviewStatus.Dismissed, null, Severity.Low, "duplicate", Time.GetUtcNow()));

        var all = await store.GetItemsAsync(new ItemQuery("2024-W26"));
        var r1 = all.Single(i => i.Id == "r1");
        Assert.Equal(ReviewStatus.Dismissed, r1.Status);
        Assert.Equal("Corrected wording", r1.Summary); // bob changed no summary, so alice's correction stays
        Assert.Equal(Severity.Low, r1.Severity);

        var visible = await store.GetItemsAsync(new ItemQuery("2024-W26", IncludeDismissed: false));
        Assert.Equal(["m1", "s1"], visible.Select(i => i.Id));
        Assert.Equal(["m1"], (await store.GetItemsAsync(new ItemQuery(Kind: ItemKind.Metric))).Select(i => i.Id));
        Assert.Equal(["s1"], (await store.GetItemsAsync(new ItemQuery(Team: "search"))).Select(i => i.Id));

        var history = await store.GetReviewsAsync("r1");
        Assert.Equal(["alice", "bob"], history.Select(h => h.Reviewer));
        Assert.Equal(("Corrected wording", "duplicate"), (history[0].Summary, history[1].Note));
        Assert.Equal(ReviewStatus.Dismissed, (await store.GetItemAsync("r1"))!.Status);
        Assert.Null(await store.GetItemAsync("none"));
    }

    [Fact]
    public async Task GetReviewsAsync_ManyIds_GivesEachItemsHistory_AndAppliesLikeTheItemQuery()
    {
        var store = OpenStore();
        await store.SaveWeekAsync(StoreTestData.Week("2024-W26", StoreTestData.Item("r1"), StoreTestData.Item("r2")));
        await store.SaveReviewAsync(new ItemReview("r1", "alice", ReviewStatus.Confirmed, "Corrected wording", null, null, Time.GetUtcNow()));
        Time.Advance(TimeSpan.FromMinutes(5));
        await store.SaveReviewAsync(new ItemReview("r1", "bob", ReviewStatus.Dismissed, null, Severity.Low, null, Time.GetUtcNow()));
        await store.SaveReviewAsync(new ItemReview("gone", "carol", ReviewStatus.Dismissed, null, null, null, Time.GetUtcNow()));

        var reviews = await store.GetReviewsAsync(["r1", "r2", "gone", "r1"]);

        Assert.Equal(["gone", "r1"], reviews.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["alice", "bob"], reviews["r1"].Select(r => r.Reviewer));
        var item = (await store.GetItemsAsync(new ItemQuery("2024-W26", WithReviews: false))).Single(i => i.Id == "r1");
        var stored = (await store.GetItemsAsync(new ItemQuery("2024-W26"))).Single(i => i.Id == "r1");
        var applied = ItemReview.Apply(item, reviews["r1"]);
        Assert.Equal((stored.Status, stored.Summary, stored.Severity, stored.SummaryEdited), (applied.Status, applied.Summary, applied.Severity, applied.SummaryEdited));
    }

    [Fact]
    public async Task Digest_SaveTwice_LatestKept()
    {
        var store = OpenStore();
        await store.SaveDigestAsync(new DigestRecord("2024-W26", "# old", "<h1>old</h1>", Time.GetUtcNow()));
        await store.SaveDigestAsync(new DigestRecord("2024-W26", "# 周报", "<h1>周报</h1>", Time.GetUtcNow()));
        var digest = await OpenStore().GetDigestAsync("2024-W26");
        Assert.Equal(("# 周报", "<h1>周报</h1>"), (digest!.Markdown, digest.Html));
        Assert.Null(await store.GetDigestAsync("2024-W01"));
    }

    [Fact]
    public async Task EnqueueDeliveryAsync_SameWeekAndRecipients_ReturnsExistingEntry()
    {
        var store = OpenStore();
        var first = await store.EnqueueDeliveryAsync("2024-W26", "a@x.org;b@x.org");
        var again = await OpenStore().EnqueueDeliveryAsync("2024-W26", "a@x.org;b@x.org");
        var other = await store.EnqueueDeliveryAsync("2024-W26", "c@x.org");
        Assert.Equal(first, again);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(2, (await store.GetPendingDeliveriesAsync()).Count);
    }

    [Fact]
    public async Task UpdateDeliveryAsync_SentEntry_NeverReturnsToPending()
    {
        var store = OpenStore();
        var d = await store.EnqueueDeliveryAsync("2024-W26", "a@x.org");
        await store.UpdateDeliveryAsync(d with { State = DeliveryState.Failed, Attempts = 1, LastError = "421 try later", NextAttemptAt = Time.GetUtcNow().AddMinutes(1) });
        var failed = Assert.Single(await store.GetPendingDeliveriesAsync());
        Assert.Equal(("421 try later", 1), (failed.LastError, failed.Attempts));

        await store.UpdateDeliveryAsync(failed with { State = DeliveryState.Sent, Attempts = 2, SentAt = Time.GetUtcNow() });
        await store.UpdateDeliveryAsync(failed with { State = DeliveryState.Pending });

        Assert.Empty(await OpenStore().GetPendingDeliveriesAsync());
        var sent = await store.EnqueueDeliveryAsync("2024-W26", "a@x.org");
        Assert.Equal((DeliveryState.Sent, 2), (sent.State, sent.Attempts));
    }

    [Fact]
    public async Task TryLockWeekAsync_HeldLease_ExcludesOthersUntilReleasedOrExpired()
    {
        var store = OpenStore();
        var held = await store.TryLockWeekAsync("2024-W26", "worker", TimeSpan.FromMinutes(10));
        Assert.NotNull(held);
        Assert.Null(await OpenStore().TryLockWeekAsync("2024-W26", "api", TimeSpan.FromMinutes(10)));
        Assert.NotNull(await store.TryLockWeekAsync("2024-W27", "api", TimeSpan.FromMinutes(10)));

        await held.DisposeAsync();
        // A holder whose process died: its clock never moves again, so it never renews its lease.
        var api = await OpenStore(new FakeTimeProvider(Time.GetUtcNow())).TryLockWeekAsync("2024-W26", "api", TimeSpan.FromMinutes(10));
        Assert.NotNull(api);

        Time.Advance(TimeSpan.FromMinutes(9));
        Assert.Null(await store.TryLockWeekAsync("2024-W26", "worker", TimeSpan.FromMinutes(10)));
        Time.Advance(TimeSpan.FromMinutes(1));
        var takeover = await store.TryLockWeekAsync("2024-W26", "worker", TimeSpan.FromMinutes(10));
        Assert.NotNull(takeover);

        // The expired holder's release must not free the new holder's lease.
        await api.DisposeAsync();
        Assert.Null(await store.TryLockWeekAsync("2024-W26", "cli", TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public async Task TryLockWeekAsync_ConcurrentCallers_ExactlyOneWins()
    {
        await OpenStore().InitializeAsync();
        var stores = Enumerable.Range(0, 8).Select(_ => OpenStore()).ToList();
        var leases = await Task.WhenAll(stores.Select((s, i) => Task.Run(() => s.TryLockWeekAsync("2024-W30", $"holder{i}", TimeSpan.FromMinutes(5)))));
        Assert.Single(leases, l => l is not null);
    }

    [Fact]
    public async Task InitializeAsync_Twice_IsIdempotentAndHealthCheckWrites()
    {
        var store = OpenStore();
        await store.InitializeAsync();
        await store.InitializeAsync();
        await OpenStore().InitializeAsync();
        Assert.True((await store.CheckHealthAsync()).IsHealthy);
    }

    [Fact]
    public async Task Reminders_OneRowPerWeekAndTeam_SentNeverGoesBack()
    {
        var store = OpenStore();
        var outbox = (IReminderOutbox)store;
        var due = new DateTimeOffset(2024, 6, 28, 10, 0, 0, TimeSpan.Zero);
        var data = await outbox.EnqueueReminderAsync("2024-W26", "Data", "data@example.test", due);
        var again = await ((IReminderOutbox)OpenStore()).EnqueueReminderAsync("2024-W26", " data ", "other@example.test", due.AddDays(1));
        var ops = await outbox.EnqueueReminderAsync("2024-W26", "Ops", null, due);

        Assert.Equal(data, again); // same team (case and spaces folded): the first row, unchanged
        Assert.Equal(ReminderState.Pending, data.State);
        Assert.Equal(ReminderState.NoAddress, ops.State);
        Assert.Equal(due, data.Deadline);
        Assert.Equal([data], await outbox.GetPendingRemindersAsync());

        var sent = data with { State = ReminderState.Sent, Attempts = 1, SentAt = due.AddSeconds(3) };
        await outbox.UpdateReminderAsync(sent);
        await outbox.UpdateReminderAsync(data with { State = ReminderState.Failed, Attempts = 2, LastError = "late failure" });
        Assert.Equal([sent, ops], await outbox.ListRemindersAsync("2024-W26"));
        Assert.Empty(await outbox.GetPendingRemindersAsync());
        Assert.Empty(await outbox.ListRemindersAsync("2024-W27"));
    }
}
