-- The operators' group as Telegram knows it now. A basic group that becomes a supergroup
-- (topics turned on, history made visible, …) gets a new chat id and the old one stops working;
-- the bot follows Telegram's `migrate_to_chat_id` and keeps the new id here, keyed by the id
-- configured with --operators-chat, so a restart with the old setting still reaches the group.
CREATE TABLE operators_chat (
    -- The id given with --operators-chat.
    configured_id   INTEGER PRIMARY KEY,
    -- The id the group has now.
    current_id      INTEGER NOT NULL,
    migrated_at     TEXT NOT NULL
) STRICT;
