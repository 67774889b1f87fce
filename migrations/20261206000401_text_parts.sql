-- A long text that Telegram split into several messages is checked as one: the parts received
-- so far wait here (for a few seconds at most) until the next part or a pause. Personal data
-- like the offer draft: gone when the parts are handled, with the user's row on /forget and in
-- the retention purge.
ALTER TABLE users ADD COLUMN part_text TEXT;
-- Unix time in milliseconds of the last part.
ALTER TABLE users ADD COLUMN part_at INTEGER;
CREATE INDEX users_part ON users (part_at) WHERE part_text IS NOT NULL;
