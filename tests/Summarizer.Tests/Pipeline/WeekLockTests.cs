using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Pipeline;
using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

public class WeekLockTests
{
    [Fact]
    public async Task AcquireAsync_LockOfAKilledLocalProcess_IsTakenOverAndItsRunMarkedInterrupted()
    {
        using var folder = new TempFolder();
        var store = StoreFactory.Create($"Data Source={Path.Combine(folder.Path, "s.db")}");
        var crashed = await store.CreateRunAsync("2024-W26", "offline", null);
        await store.UpdateRunAsync(crashed with { State = RunState.Running });
        int deadPid = await DeadProcess.IdAsync();
        Assert.NotNull(await store.TryLockWeekAsync("2024-W26", $"{Environment.MachineName}/{deadPid}/{crashed.RunId}", TimeSpan.FromHours(1)));

        await using (await new WeekLock(store, new RunLedger(store, TimeProvider.System, NullLogger<RunLedger>.Instance), TimeProvider.System, NullLogger.Instance).AcquireAsync("2024-W26", "next-run", CancellationToken.None))
        {
            Assert.EndsWith("/next-run", await store.GetWeekLockHolderAsync("2024-W26"));
        }

        var old = await store.GetRunAsync(crashed.RunId);
        Assert.Equal(RunState.Interrupted, old!.State);
        Assert.Contains("resumed by run next-run", old.Error);
        Assert.Null(await store.GetWeekLockHolderAsync("2024-W26")); // released on dispose
    }

    [Fact]
    public async Task BreakWeekLockAsync_AnotherHolder_LeavesTheLock()
    {
        using var folder = new TempFolder();
        var store = StoreFactory.Create($"Data Source={Path.Combine(folder.Path, "s.db")}");
        await using var held = await store.TryLockWeekAsync("2024-W26", "host/1/a", TimeSpan.FromMinutes(1));
        Assert.False(await store.BreakWeekLockAsync("2024-W26", "host/2/b"));
        Assert.Equal("host/1/a", await store.GetWeekLockHolderAsync("2024-W26"));
    }
}
