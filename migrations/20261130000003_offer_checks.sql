-- The offer checker: what a user is asked for, and statistics of checks without their text.

-- What the next typed text is for: NULL (free question) or 'offer' (a job offer to check).
ALTER TABLE users ADD COLUMN awaiting TEXT;

-- One row per offer checked. Never the offer's text: it is kept only if the user hands the
-- case to the hotline (with their consent).
CREATE TABLE offer_checks (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    -- low | medium | high
    risk        TEXT NOT NULL,
    -- Flagged categories, comma-separated, most important first (e.g. "upfront_fee,urgency").
    categories  TEXT NOT NULL,
    -- The user's language when checking.
    lang        TEXT NOT NULL,
    checked_at  TEXT NOT NULL
) STRICT;
