-- Buttons under alerts (pages of the scripts), and who pressed them.

-- The alert's buttons, fixed when it was confirmed: a JSON array of
-- {"page": "script:node", "labels": {"uz": …, "uz-Cyrl": …, "ru": …, "kaa": …, "kaa-Cyrl": …}}.
ALTER TABLE alerts ADD COLUMN buttons TEXT NOT NULL DEFAULT '[]';

-- Presses of an alert's buttons: one row per alert, user and page, with how many times. Only
-- pages the alert has are counted (button data can be forged). /forget removes the user's rows.
CREATE TABLE alert_presses (
    alert_id  INTEGER NOT NULL REFERENCES alerts (id),
    user_id   INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    page      TEXT NOT NULL,
    presses   INTEGER NOT NULL,
    first_at  TEXT NOT NULL,
    last_at   TEXT NOT NULL,
    PRIMARY KEY (alert_id, user_id, page)
) STRICT, WITHOUT ROWID;

CREATE INDEX alert_presses_user ON alert_presses (user_id);
