-- Delivery: messages Safar must not lose, written in the same transaction as the state change
-- that caused them, and marked once Telegram has them.
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Where the message goes.
    chat_id       INTEGER NOT NULL,
    -- What it is, for logs and statistics: reply, relay, confirmation, admin, …
    kind          TEXT NOT NULL,
    -- Telegram HTML, at most 4096 characters (longer texts are split into several rows).
    -- Cleared once sent: only what is still to be delivered is kept.
    html          TEXT,
    -- Inline keyboard as JSON [[{"label": …, "data": …}]], or NULL.
    keyboard      TEXT,
    -- pending: to send; sent: Telegram accepted it; failed: given up (see last_error).
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    -- Telegram's message id once sent (needed to map replies to hotline messages).
    message_id    INTEGER,
    -- The kind of the last error (never message text).
    last_error    TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX outbox_pending ON outbox (state, id) WHERE state = 'pending';

-- When a send to the user was refused with 403 (blocked the bot, deactivated). Cleared by
-- the user's next message.
ALTER TABLE users ADD COLUMN unreachable_since TEXT;
