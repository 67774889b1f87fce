-- The hotline: cases handed to human operators, every event of a case, and what the outbox
-- needs to relay messages between a user's private chat and the operators' group.

-- Per-user hotline state, in columns like the rest of the state.
-- 1 while what the user sends goes to the operator of their open case.
ALTER TABLE users ADD COLUMN in_case INTEGER NOT NULL DEFAULT 0;
-- The offer the user checked last, kept only until their next step, so that "talk to a person"
-- right after a check can hand it over (with consent). Cleared on any other step.
ALTER TABLE users ADD COLUMN draft_offer_text TEXT;
ALTER TABLE users ADD COLUMN draft_offer_risk TEXT;
ALTER TABLE users ADD COLUMN draft_offer_flags TEXT;

CREATE TABLE cases (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The user and their private chat; NULL after /forget (the case stays as a statistic).
    user_id         INTEGER,
    chat_id         INTEGER,
    -- waiting: in the queue; active: an operator took it; closed.
    status          TEXT NOT NULL CHECK (status IN ('waiting', 'active', 'closed')),
    priority        TEXT NOT NULL CHECK (priority IN ('urgent', 'high', 'normal')),
    lang            TEXT NOT NULL,
    -- Personal data the user agreed to share; NULL after /forget or the retention period.
    first_name      TEXT,
    description     TEXT,
    offer_text      TEXT,
    -- The checked offer's risk and categories (statistics, not personal).
    offer_risk      TEXT,
    offer_flags     TEXT,
    -- The operator who has the case (Telegram user id and first name, for colleagues).
    operator_id     INTEGER,
    operator_name   TEXT,
    -- Forum topic of the case in a forum-enabled operators' group.
    topic_id        INTEGER,
    -- informed | referred | offer_reported | emergency_referred | no_response | other | forgotten
    outcome         TEXT,
    rating          INTEGER CHECK (rating BETWEEN 1 AND 5),
    created_at      TEXT NOT NULL,
    taken_at        TEXT,
    closed_at       TEXT,
    -- Last time the waiting case was posted (first post or reminder).
    posted_at       TEXT NOT NULL,
    purged_at       TEXT
) STRICT;

CREATE INDEX cases_open ON cases (status, priority, created_at) WHERE status != 'closed';
CREATE INDEX cases_user ON cases (user_id) WHERE status != 'closed';
CREATE UNIQUE INDEX cases_topic ON cases (topic_id) WHERE topic_id IS NOT NULL;

-- Everything that happens in a case, in order.
CREATE TABLE case_events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    -- opened | user_message | operator_message | note | taken | released | closed | reminder
    -- | delivery_failed | forgotten | rated
    kind            TEXT NOT NULL,
    -- Text of a message or note (personal data: purged after the retention period and by
    -- /forget). NULL for events without text.
    text            TEXT,
    -- photo, voice, document… for a relayed non-text message.
    media           TEXT,
    -- Operator who acted (Telegram user id).
    operator_id     INTEGER,
    -- The original message (chat, id), needed to copy media.
    source_chat_id  INTEGER,
    source_message_id INTEGER,
    created_at      TEXT NOT NULL
) STRICT;

CREATE INDEX case_events_case ON case_events (case_id, id);

-- Messages in the operators' group that belong to a case: an operator's reply to any of them
-- acts on that case (plain groups without topics).
CREATE TABLE case_messages (
    chat_id     INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    PRIMARY KEY (chat_id, message_id)
) STRICT, WITHOUT ROWID;

-- The outbox relays too: a message may belong to a case (so its Telegram id is mapped to the
-- case, and a failure is reported to the operators), go to a forum topic, or be a copy of a
-- message in another chat (photos, voice… relayed without revealing who sent them).
ALTER TABLE outbox ADD COLUMN case_id INTEGER;
ALTER TABLE outbox ADD COLUMN to_operators INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN copy_chat_id INTEGER;
ALTER TABLE outbox ADD COLUMN copy_message_id INTEGER;
