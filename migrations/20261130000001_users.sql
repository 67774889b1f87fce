-- Users and where each stands in the dialogue. One column per piece of state (never an opaque
-- blob), so a deploy that changes the scripts can always read what is stored.
CREATE TABLE users (
    -- Telegram user id (or a local id in `safar chat`).
    user_id     INTEGER PRIMARY KEY NOT NULL,
    -- Where replies go: the private chat with the user.
    chat_id     INTEGER NOT NULL,
    -- `uz`, `ru`, `kaa`; NULL until the user picks one.
    lang        TEXT,
    -- Script id and node id last shown; a pair that no longer exists means "main menu".
    script_id   TEXT,
    node_id     TEXT,
    -- The deep-link payload of the first /start that carried one.
    campaign    TEXT,
    -- RFC 3339 UTC timestamps.
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
) STRICT;
