-- Every publish of NGO content from Telegram (issue #20) is a numbered version: who, when, what
-- changed, and the whole content (dialogues/ and locales/) as it went live, zipped, so
-- `/rollback N` can publish it again. The first publish also records the content found on disk
-- before it (kind 'baseline', no admin), so the first change can be rolled back too.
CREATE TABLE content_versions (
    id INTEGER PRIMARY KEY,
    published_at TEXT NOT NULL,
    -- 'baseline' | 'upload' | 'rollback'
    kind TEXT NOT NULL,
    admin_id INTEGER,
    admin_name TEXT NOT NULL DEFAULT '',
    -- For a rollback: the version published again.
    rollback_of INTEGER,
    -- One line: files and counts of what changed (no user data).
    summary TEXT NOT NULL DEFAULT '',
    -- The whole content as a zip archive.
    files BLOB NOT NULL
);
