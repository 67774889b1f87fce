-- Alerts (issue #18): opt-in subscriptions by topic, and alerts sent to them as one job.

-- A user's subscriptions: one row per topic ticked (topics are ids of dialogues/alerts.yaml).
-- Nobody has a row without ticking; /stop deletes them all; so does a 403, and /forget.
CREATE TABLE alert_subscriptions (
    user_id    INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, topic)
) STRICT, WITHOUT ROWID;

CREATE INDEX alert_subscriptions_topic ON alert_subscriptions (topic, user_id);

-- One alert sent: its recipients are written to the outbox in chunks (in user id order), and
-- `next_user_id` records how far that got in the same transaction as each chunk, so a restart
-- continues where it stopped and nobody gets a row twice.
CREATE TABLE alerts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The alert file's name (without .ftl) and the topic it went to.
    name          TEXT NOT NULL,
    topic         TEXT NOT NULL,
    -- Who sent it: an admin's user id, or NULL for `safar alert send`.
    sent_by       INTEGER,
    -- writing: recipients still being written; queued: all written.
    state         TEXT NOT NULL DEFAULT 'writing' CHECK (state IN ('writing', 'queued')),
    -- Recipients are written for user ids above this one.
    next_user_id  INTEGER NOT NULL DEFAULT 0,
    -- Recipients written so far.
    recipients    INTEGER NOT NULL DEFAULT 0,
    -- The rendered texts per language (uz, uz-Cyrl, ru, kaa, kaa-Cyrl) as JSON, fixed when the
    -- alert was confirmed, so a resumed job sends the same words.
    texts         TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

-- The alert an outbox row belongs to (kind `alert`): counts per alert, lower priority in
-- delivery.
ALTER TABLE outbox ADD COLUMN alert_id INTEGER REFERENCES alerts (id);
CREATE INDEX outbox_alert ON outbox (alert_id, state) WHERE alert_id IS NOT NULL;

-- Delivery walks the users' replies and the alerts apart (replies first, always): one index
-- each, so that 50,000 alert rows pending cost nothing to a walk over the replies.
CREATE INDEX outbox_pending_replies ON outbox (id) WHERE state = 'pending' AND alert_id IS NULL;
CREATE INDEX outbox_pending_alerts ON outbox (id) WHERE state = 'pending' AND alert_id IS NOT NULL;
