using System.Data.Common;

namespace Summarizer.Store;

public abstract partial class SqlDigestStore
{
    private const string RunColumns =
        "run_id, week, engine, input, state, sections_done, sections_total, error, created_at, finished_at, prompt_tokens, completion_tokens, calls";

    public async Task<RunRecord> CreateRunAsync(string week, string engine, string? input, CancellationToken ct = default)
    {
        var run = new RunRecord
        {
            RunId = Guid.NewGuid().ToString("N"),
            Week = week,
            Engine = engine,
            Input = input,
            CreatedAt = Time.GetUtcNow(),
        };
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            $"INSERT INTO runs ({RunColumns}) VALUES (@id, @week, @engine, @input, @state, @done, @total, @error, @created, @finished, @pt, @ctok, @calls)",
            RunArgs(run));
        await cmd.ExecuteNonQueryAsync(ct);
        return run;
    }

    public async Task UpdateRunAsync(RunRecord run, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            """
            UPDATE runs SET state = @state, sections_done = @done, sections_total = @total, error = @error,
                finished_at = @finished, prompt_tokens = @pt, completion_tokens = @ctok, calls = @calls,
                input = @input, engine = @engine
            WHERE run_id = @id
            """,
            RunArgs(run));
        if (await cmd.ExecuteNonQueryAsync(ct) == 0)
            throw new KeyNotFoundException($"Run '{run.RunId}' is not in the store; create it with CreateRunAsync first.");
    }

    public async Task<RunRecord?> GetRunAsync(string runId, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, $"SELECT {RunColumns} FROM runs WHERE run_id = @id", ("id", runId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadRun(r) : null;
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? week = null, int limit = 50, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            $"SELECT {RunColumns} FROM runs {(week is null ? "" : "WHERE week = @week")} ORDER BY created_at DESC, run_id LIMIT @limit",
            ("week", week), ("limit", (long)Math.Max(0, limit)));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var runs = new List<RunRecord>();
        while (await r.ReadAsync(ct)) runs.Add(ReadRun(r));
        return runs;
    }

    private static (string, object?)[] RunArgs(RunRecord run) =>
    [
        ("id", run.RunId), ("week", run.Week), ("engine", run.Engine), ("input", run.Input), ("state", run.State.ToString()),
        ("done", (long)run.SectionsDone), ("total", (long)run.SectionsTotal), ("error", run.Error),
        ("created", Stamp(run.CreatedAt)), ("finished", Stamp(run.FinishedAt)),
        ("pt", run.PromptTokens), ("ctok", run.CompletionTokens), ("calls", (long)run.Calls),
    ];

    private static RunRecord ReadRun(DbDataReader r) => new()
    {
        RunId = r.GetString(0),
        Week = r.GetString(1),
        Engine = r.GetString(2),
        Input = NullableString(r, 3),
        State = ParseEnum<RunState>(r.GetString(4)),
        SectionsDone = (int)r.GetInt64(5),
        SectionsTotal = (int)r.GetInt64(6),
        Error = NullableString(r, 7),
        CreatedAt = ParseStamp(r.GetString(8)),
        FinishedAt = NullableStamp(r, 9),
        PromptTokens = r.GetInt64(10),
        CompletionTokens = r.GetInt64(11),
        Calls = (int)r.GetInt64(12),
    };
}
