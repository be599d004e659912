namespace Summarizer.Store;

/// <summary>
/// Ordered schema migrations. Version N is applied when schema_version holds less than N; append new versions,
/// never edit a shipped one. Timestamps are ISO-8601 text (round-trip "O"), lease expiries Unix milliseconds.
/// </summary>
internal static class StoreSchema
{
    public static IReadOnlyList<string> Migrations(SqlDialect d) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS runs (
            run_id TEXT PRIMARY KEY, week TEXT NOT NULL, engine TEXT NOT NULL, input TEXT NULL,
            state TEXT NOT NULL, sections_done BIGINT NOT NULL, sections_total BIGINT NOT NULL, error TEXT NULL,
            created_at TEXT NOT NULL, finished_at TEXT NULL,
            prompt_tokens BIGINT NOT NULL, completion_tokens BIGINT NOT NULL, calls BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_runs_week ON runs (week, created_at);
        CREATE TABLE IF NOT EXISTS section_results (
            cache_key TEXT PRIMARY KEY, candidates TEXT NOT NULL, saved_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS weeks (
            week TEXT PRIMARY KEY, engine TEXT NOT NULL, reports TEXT NOT NULL, rejected TEXT NOT NULL,
            changes TEXT NOT NULL, degraded_sections TEXT NOT NULL, saved_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS items (
            week TEXT NOT NULL, item_id TEXT NOT NULL, ordinal BIGINT NOT NULL, team TEXT NOT NULL, kind TEXT NOT NULL,
            payload TEXT NOT NULL, PRIMARY KEY (week, item_id));
        CREATE INDEX IF NOT EXISTS ix_items_id ON items (item_id);
        CREATE TABLE IF NOT EXISTS reviews (
            review_id {d.IdentityColumn}, item_id TEXT NOT NULL, reviewer TEXT NOT NULL, status TEXT NOT NULL,
            summary TEXT NULL, severity TEXT NULL, note TEXT NULL, at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_reviews_item ON reviews (item_id, review_id);
        CREATE TABLE IF NOT EXISTS digests (
            week TEXT PRIMARY KEY, markdown TEXT NOT NULL, html TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS deliveries (
            delivery_id {d.IdentityColumn}, week TEXT NOT NULL, recipients_key TEXT NOT NULL, state TEXT NOT NULL,
            attempts BIGINT NOT NULL, last_error TEXT NULL, next_attempt_at TEXT NULL, sent_at TEXT NULL,
            created_at TEXT NOT NULL, UNIQUE (week, recipients_key));
        CREATE TABLE IF NOT EXISTS week_locks (
            week TEXT PRIMARY KEY, holder TEXT NOT NULL, token TEXT NOT NULL, expires_at BIGINT NOT NULL);
        """,
        // 2: health, page logins, the Data Protection key ring (serve)
        """
        CREATE TABLE IF NOT EXISTS store_heartbeat (id BIGINT PRIMARY KEY, at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS login_sessions (
            session_id TEXT PRIMARY KEY, token_id TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT NULL);
        CREATE TABLE IF NOT EXISTS protection_keys (name TEXT PRIMARY KEY, xml TEXT NOT NULL, saved_at TEXT NOT NULL);
        """,
        // 3: reports submitted by other sources than the folder (mailbox, upload) and the submissions refused
        $"""
        CREATE TABLE IF NOT EXISTS submissions (
            submission_id {d.IdentityColumn}, week TEXT NOT NULL, team TEXT NOT NULL, team_key TEXT NOT NULL,
            source TEXT NOT NULL, reference TEXT NOT NULL, received_at TEXT NOT NULL, sender TEXT NULL, subject TEXT NULL,
            file_name TEXT NOT NULL, content {d.BytesColumn} NOT NULL, stored_at TEXT NOT NULL, UNIQUE (source, reference));
        CREATE INDEX IF NOT EXISTS ix_submissions_week ON submissions (week, team_key, received_at);
        CREATE TABLE IF NOT EXISTS refused_submissions (
            refusal_id {d.IdentityColumn}, week TEXT NULL, team TEXT NULL, source TEXT NOT NULL, reference TEXT NOT NULL,
            received_at TEXT NOT NULL, sender TEXT NULL, subject TEXT NULL, reason TEXT NOT NULL, stored_at TEXT NOT NULL,
            UNIQUE (source, reference));
        CREATE INDEX IF NOT EXISTS ix_refused_submissions_week ON refused_submissions (week, received_at);
        """,
        // 4: the reminders' outbox, one row per (week, team): a team is reminded at most once a week
        $"""
        CREATE TABLE IF NOT EXISTS reminders (
            reminder_id {d.IdentityColumn}, week TEXT NOT NULL, team_key TEXT NOT NULL, team TEXT NOT NULL,
            recipients_key TEXT NULL, deadline TEXT NOT NULL, state TEXT NOT NULL, attempts BIGINT NOT NULL,
            last_error TEXT NULL, next_attempt_at TEXT NULL, sent_at TEXT NULL, created_at TEXT NOT NULL,
            UNIQUE (week, team_key));
        """,
        // 5: the language a week's digest is written in (kept by later weeks) and how many earlier weeks it was compared with
        """
        ALTER TABLE weeks ADD COLUMN language TEXT NULL;
        ALTER TABLE weeks ADD COLUMN compared_weeks BIGINT NULL;
        """,
    ];
}
