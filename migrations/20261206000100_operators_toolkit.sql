-- The operators' toolkit (#17): what a case was about and where its user was sent, users whose
-- messages no longer reach the operators, and contacts users reported from scam offers.

-- A case's categories (ids from dialogues/case-categories.yaml), set with /tag; /close needs
-- at least one. Statistics, not personal data: kept after /forget and the retention purge.
CREATE TABLE case_categories (
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    category    TEXT NOT NULL,
    -- The operator who tagged it (Telegram user id).
    operator_id INTEGER,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (case_id, category)
) STRICT, WITHOUT ROWID;

-- Organisations a case's user was referred to with /refer (ids from dialogues/referrals.yaml);
-- closing as `referred` needs one. Statistics, kept like the categories.
CREATE TABLE case_referrals (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    org         TEXT NOT NULL,
    operator_id INTEGER,
    created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX case_referrals_case ON case_referrals (case_id);

-- Users whose messages no longer reach the operators (/block in their case). Scripts, the
-- offer checker and the emergency contacts keep working for them. One row per user; /unblock
-- deletes it, and it ends by itself at `until` (NULL: until /unblock).
CREATE TABLE blocked_users (
    user_id     INTEGER PRIMARY KEY,
    -- The case it was decided in (its history records the block and the reason).
    case_id     INTEGER REFERENCES cases (id),
    until       TEXT,
    -- The operator's reason (operators only; never shown to the user).
    reason      TEXT,
    operator_id INTEGER,
    created_at  TEXT NOT NULL
) STRICT;

-- Offers users reported ("Report this offer"), with their consent: the contacts extracted from
-- the offer, and its whole text only if the user agreed to send it.
CREATE TABLE scam_reports (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The reporting user's language (for statistics); never who reported.
    lang        TEXT NOT NULL,
    -- The offer's contacts as JSON: [{"kind": "phone", "value": "+998901234567"}, …].
    contacts    TEXT NOT NULL,
    -- Company or agency names the checker found in the offer, comma-separated.
    names       TEXT,
    -- The whole offer, only when the user chose to send it (purged with closed cases' texts).
    offer_text  TEXT,
    -- The checker's risk when it was reported.
    risk        TEXT,
    -- pending | confirmed | rejected
    status      TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'confirmed', 'rejected')),
    decided_by  INTEGER,
    decided_by_name TEXT,
    decided_at  TEXT,
    created_at  TEXT NOT NULL
) STRICT;

-- Every contact users reported, in its canonical form (phones as +digits, handles lowercased
-- without @, links without scheme). The checker uses the confirmed ones beside
-- offer-registry.yaml; `safar registry export` writes them in that file's format.
CREATE TABLE reported_contacts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    -- phone | handle | telegram | whatsapp | email | link
    kind            TEXT NOT NULL,
    value           TEXT NOT NULL,
    first_reported  TEXT NOT NULL,
    last_reported   TEXT NOT NULL,
    -- How many reports named it.
    times           INTEGER NOT NULL DEFAULT 1,
    -- The operator who confirmed it (/confirm), and when; NULL: not confirmed (/unconfirm
    -- clears these).
    confirmed_by    INTEGER,
    confirmed_by_name TEXT,
    confirmed_at    TEXT,
    -- The operator's note (/confirm N note…).
    note            TEXT,
    UNIQUE (kind, value)
) STRICT;

-- Counters for the reports (see 20261206000010_daily_metrics.sql for the table):
--   case_category (category, '')    a closed case's category, once per case
--   case_referral (org, '')         a closed case's referral, once per case and organisation
--   blocked ('', '')                a user blocked from the operators
--   scam_report (pending|confirmed|rejected, '')   a scam report received or decided
CREATE TRIGGER metrics_case_closed_toolkit AFTER UPDATE OF status ON cases
WHEN NEW.status = 'closed' AND OLD.status != 'closed'
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    SELECT substr(COALESCE(NEW.closed_at, datetime('now')), 1, 10), 'case_category', category,
        '', 1
    FROM case_categories WHERE case_id = NEW.id
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    SELECT substr(COALESCE(NEW.closed_at, datetime('now')), 1, 10), 'case_referral', org, '', 1
    FROM (SELECT DISTINCT org FROM case_referrals WHERE case_id = NEW.id)
    WHERE true
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER metrics_blocked AFTER INSERT ON blocked_users
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    VALUES (substr(NEW.created_at, 1, 10), 'blocked', '', '', 1)
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER metrics_scam_report AFTER INSERT ON scam_reports
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    VALUES (substr(NEW.created_at, 1, 10), 'scam_report', 'pending', '', 1)
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER metrics_scam_decided AFTER UPDATE OF status ON scam_reports
WHEN NEW.status != 'pending' AND OLD.status = 'pending'
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    VALUES (substr(COALESCE(NEW.decided_at, datetime('now')), 1, 10), 'scam_report',
            NEW.status, '', 1)
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;
