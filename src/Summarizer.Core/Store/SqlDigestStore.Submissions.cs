using System.Data.Common;
using Summarizer.Gather;
using Summarizer.Gather.Sources;

namespace Summarizer.Store;

/// <summary>
/// Submitted reports (mailbox, upload) and refused submissions. Every submission stays as history; the newest of a
/// team for a week (by received time, then by insertion) is the one listed for the digest. Teams are matched the way
/// the gatherer matches them (<see cref="TeamName.Same"/>), so "Payments" replaces "payments".
/// </summary>
public abstract partial class SqlDigestStore : IReportSubmissionStore
{
    private const string SubmissionColumns = "week, team, source, reference, received_at, sender, subject, file_name, content";

    public async Task<bool> AddAsync(SubmittedReport report, CancellationToken ct = default)
    {
        var p = report.Provenance;
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            $"""
            INSERT INTO submissions ({SubmissionColumns}, team_key, stored_at)
            VALUES (@week, @team, @source, @reference, @received, @sender, @subject, @file, @content, @key, @stored)
            ON CONFLICT (source, reference) DO NOTHING
            """,
            ("week", report.Week.ToString()), ("team", report.Team.Trim()), ("source", p.Source), ("reference", p.Reference),
            ("received", Stamp(p.ReceivedAt)), ("sender", p.Sender), ("subject", p.Subject), ("file", report.FileName),
            ("content", report.Content), ("key", TeamName.Key(report.Team)), ("stored", Stamp(Time.GetUtcNow())));
        return await cmd.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<bool> AddRefusedAsync(RefusedSubmission refused, CancellationToken ct = default)
    {
        var p = refused.Provenance;
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            """
            INSERT INTO refused_submissions (week, team, source, reference, received_at, sender, subject, reason, stored_at)
            VALUES (@week, @team, @source, @reference, @received, @sender, @subject, @reason, @stored)
            ON CONFLICT (source, reference) DO NOTHING
            """,
            ("week", refused.Week?.ToString()), ("team", refused.Team?.Trim()), ("source", p.Source), ("reference", p.Reference),
            ("received", Stamp(p.ReceivedAt)), ("sender", p.Sender), ("subject", p.Subject), ("reason", refused.Reason),
            ("stored", Stamp(Time.GetUtcNow())));
        return await cmd.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<IReadOnlyList<SubmittedReport>> ListLatestAsync(IsoWeek week, CancellationToken ct = default)
    {
        // Stamps are UTC round-trip text of fixed width, so they order as text.
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            $"""
            SELECT {SubmissionColumns} FROM (
                SELECT {SubmissionColumns}, team_key,
                       ROW_NUMBER() OVER (PARTITION BY team_key ORDER BY received_at DESC, submission_id DESC) AS newest
                FROM submissions WHERE week = @week) latest
            WHERE newest = 1 ORDER BY team_key
            """,
            ("week", week.ToString()));
        return await ReadSubmissionsAsync(cmd, ct);
    }

    /// <summary>Every submission of <paramref name="team"/> for <paramref name="week"/>, newest first: the history a team's page shows.</summary>
    public async Task<IReadOnlyList<SubmittedReport>> ListHistoryAsync(IsoWeek week, string team, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            $"SELECT {SubmissionColumns} FROM submissions WHERE week = @week AND team_key = @key ORDER BY received_at DESC, submission_id DESC",
            ("week", week.ToString()), ("key", TeamName.Key(team)));
        return await ReadSubmissionsAsync(cmd, ct);
    }

    public async Task<IReadOnlyList<RefusedSubmission>> ListRefusedAsync(IsoWeek week, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            """
            SELECT week, team, source, reference, received_at, sender, subject, reason FROM refused_submissions
            WHERE week = @week OR week IS NULL ORDER BY received_at DESC, refusal_id DESC
            """,
            ("week", week.ToString()));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<RefusedSubmission>();
        while (await r.ReadAsync(ct))
            list.Add(new RefusedSubmission(NullableString(r, 0) is { } w ? IsoWeek.Parse(w) : null, NullableString(r, 1), ReadProvenance(r, 2), r.GetString(7)));
        return list;
    }

    private static async Task<IReadOnlyList<SubmittedReport>> ReadSubmissionsAsync(DbCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<SubmittedReport>();
        while (await r.ReadAsync(ct))
            list.Add(new SubmittedReport(IsoWeek.Parse(r.GetString(0)), r.GetString(1), r.GetString(7), r.GetFieldValue<byte[]>(8), ReadProvenance(r, 2)));
        return list;
    }

    /// <summary>Source, reference, received_at, sender and subject from five columns starting at <paramref name="at"/>.</summary>
    private static ReportProvenance ReadProvenance(DbDataReader r, int at) =>
        new(r.GetString(at), r.GetString(at + 1), ParseStamp(r.GetString(at + 2)), NullableString(r, at + 3), NullableString(r, at + 4));
}
