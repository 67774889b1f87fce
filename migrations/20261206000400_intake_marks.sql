-- Exactly-once intake: for each chat (a user's private chat, or the operators' group), the
-- last Telegram update_id whose handling was committed. It is written in the same transaction
-- as the turn, so an update Telegram delivers again after a crash (its offset was not yet
-- confirmed) is recognised and skipped. Updates of one chat are handled in order, so one
-- number per chat is enough. No text, no user data: rows older than two days are pruned
-- (Telegram keeps unconfirmed updates for 24 hours).
CREATE TABLE intake_marks (
    chat_id INTEGER PRIMARY KEY,
    update_id INTEGER NOT NULL,
    at TEXT NOT NULL
);

-- Delivery reads one chat's pending messages in order.
CREATE INDEX outbox_pending_chat ON outbox (chat_id, id) WHERE state = 'pending';
