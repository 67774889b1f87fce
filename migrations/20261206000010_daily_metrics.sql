-- Reports for the NGO: counters per day without personal data, and the per-user flags the
-- campaign funnel needs (so that each user counts once per stage).

-- One row per day, metric and pair of dimension values: how many times it happened. Never a
-- user id, never a text; `/forget` and the retention purge leave it alone.
-- Metrics and their dimensions (d1, d2; '' when unused):
--   user_new (campaign, '')            a new user's first message
--   funnel (campaign, stage)           a user reached a stage for the first time:
--                                      start, language, topic, check (offer checked or quiz
--                                      finished), person (opened a hotline case)
--   lang_chosen (campaign, lang)       a user chose a language for the first time
--   page (script, node)                a page shown
--   question (answered|unsure|not_found, lang)   a typed question
--   quiz (started|finished, '')        the quiz begun (first question) and finished
--   offer_risk (risk, lang)            an offer checked
--   offer_flag (category, '')          a red-flag category raised by a checked offer
--   distress (lang, '')                words of distress
--   case_opened (priority, lang)       a hotline case opened
--   case_closed (outcome, '')          a case closed
--   case_rated (stars, '')             a case rated 1–5
--   quiz_answer (right|wrong, '')     a quiz question answered
--   reminder ('', '')                  a waiting case posted again
--   message (sent|failed, kind)        an outbox message delivered or given up
--   unreachable ('', '')               a user found to have blocked the bot
--   report_posted (month, '')          the monthly report posted to the operators (once)
-- Days are UTC dates (YYYY-MM-DD).
CREATE TABLE daily_metrics (
    day     TEXT NOT NULL,
    metric  TEXT NOT NULL,
    d1      TEXT NOT NULL DEFAULT '',
    d2      TEXT NOT NULL DEFAULT '',
    count   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, metric, d1, d2)
) STRICT, WITHOUT ROWID;

-- Funnel stages the user has reached (0/1), each counted once in `daily_metrics`.
ALTER TABLE users ADD COLUMN reached_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN reached_language INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN reached_topic INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN reached_check INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN reached_person INTEGER NOT NULL DEFAULT 0;

-- Back-fill from what the database already holds.
INSERT INTO daily_metrics (day, metric, d1, d2, count)
SELECT substr(checked_at, 1, 10), 'offer_risk', risk, lang, COUNT(*)
FROM offer_checks GROUP BY 1, 3, 4;

WITH RECURSIVE split(day, rest, category) AS (
    SELECT substr(checked_at, 1, 10), categories || ',', '' FROM offer_checks
    UNION ALL
    SELECT day, substr(rest, instr(rest, ',') + 1), substr(rest, 1, instr(rest, ',') - 1)
    FROM split WHERE rest != ''
)
INSERT INTO daily_metrics (day, metric, d1, d2, count)
SELECT day, 'offer_flag', category, '', COUNT(*) FROM split WHERE category != '' GROUP BY 1, 3;

INSERT INTO daily_metrics (day, metric, d1, d2, count)
SELECT substr(created_at, 1, 10), 'case_opened', priority, lang, COUNT(*)
FROM cases GROUP BY 1, 3, 4;

INSERT INTO daily_metrics (day, metric, d1, d2, count)
SELECT substr(closed_at, 1, 10), 'case_closed', outcome, '', COUNT(*)
FROM cases WHERE status = 'closed' AND closed_at IS NOT NULL GROUP BY 1, 3;

INSERT INTO daily_metrics (day, metric, d1, d2, count)
SELECT substr(e.created_at, 1, 10), 'case_rated', CAST(c.rating AS TEXT), '', COUNT(*)
FROM cases c JOIN case_events e ON e.case_id = c.id AND e.kind = 'rated'
WHERE c.rating IS NOT NULL GROUP BY 1, 3;

INSERT INTO daily_metrics (day, metric, d1, d2, count)
SELECT substr(created_at, 1, 10), 'reminder', '', '', COUNT(*)
FROM case_events WHERE kind = 'reminder' GROUP BY 1;

-- Users already there: their first day, campaign and language as far as the row tells.
UPDATE users SET reached_start = 1,
    reached_language = (lang IS NOT NULL),
    reached_topic = (script_id IS NOT NULL AND script_id != 'main'),
    reached_person = EXISTS (SELECT 1 FROM cases WHERE cases.user_id = users.user_id);

INSERT INTO daily_metrics (day, metric, d1, d2, count)
SELECT substr(first_seen, 1, 10), 'user_new', COALESCE(campaign, ''), '', COUNT(*)
FROM users GROUP BY 1, 3;

INSERT INTO daily_metrics (day, metric, d1, d2, count)
SELECT substr(first_seen, 1, 10), 'lang_chosen', COALESCE(campaign, ''), lang, COUNT(*)
FROM users WHERE lang IS NOT NULL GROUP BY 1, 3, 4;

INSERT INTO daily_metrics (day, metric, d1, d2, count)
SELECT day, 'funnel', campaign, stage, COUNT(*) FROM (
    SELECT substr(first_seen, 1, 10) AS day, COALESCE(campaign, '') AS campaign,
        'start' AS stage FROM users
    UNION ALL SELECT substr(first_seen, 1, 10), COALESCE(campaign, ''), 'language'
        FROM users WHERE reached_language = 1
    UNION ALL SELECT substr(first_seen, 1, 10), COALESCE(campaign, ''), 'topic'
        FROM users WHERE reached_topic = 1
    UNION ALL SELECT substr(first_seen, 1, 10), COALESCE(campaign, ''), 'person'
        FROM users WHERE reached_person = 1
) GROUP BY 1, 3, 4;

-- From now on the hotline's and the outbox's counters are kept by these triggers, in the same
-- transaction as the change itself, whichever code path makes it (all writes go through the
-- one writing connection).
CREATE TRIGGER metrics_case_opened AFTER INSERT ON cases
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    VALUES (substr(NEW.created_at, 1, 10), 'case_opened', NEW.priority, NEW.lang, 1)
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
    -- The funnel's last stage, once per user.
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    SELECT substr(NEW.created_at, 1, 10), 'funnel', COALESCE(campaign, ''), 'person', 1
    FROM users WHERE user_id = NEW.user_id AND reached_person = 0
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
    UPDATE users SET reached_person = 1 WHERE user_id = NEW.user_id AND reached_person = 0;
END;

CREATE TRIGGER metrics_case_closed AFTER UPDATE OF status ON cases
WHEN NEW.status = 'closed' AND OLD.status != 'closed'
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    VALUES (substr(COALESCE(NEW.closed_at, datetime('now')), 1, 10), 'case_closed',
            COALESCE(NEW.outcome, ''), '', 1)
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER metrics_case_rated AFTER UPDATE OF rating ON cases
WHEN NEW.rating IS NOT NULL AND OLD.rating IS NULL
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    VALUES (date('now'), 'case_rated', CAST(NEW.rating AS TEXT), '', 1)
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER metrics_reminder AFTER INSERT ON case_events
WHEN NEW.kind = 'reminder'
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    VALUES (substr(NEW.created_at, 1, 10), 'reminder', '', '', 1)
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER metrics_message AFTER UPDATE OF state ON outbox
WHEN NEW.state != 'pending' AND OLD.state = 'pending'
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    VALUES (substr(NEW.updated_at, 1, 10), 'message', NEW.state, NEW.kind, 1)
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER metrics_unreachable AFTER UPDATE OF unreachable_since ON users
WHEN NEW.unreachable_since IS NOT NULL AND OLD.unreachable_since IS NULL
BEGIN
    INSERT INTO daily_metrics (day, metric, d1, d2, count)
    VALUES (substr(NEW.unreachable_since, 1, 10), 'unreachable', '', '', 1)
    ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

-- Documents (the report's HTML page and CSV files sent to the operators' group): the outbox
-- row of kind 'document' carries the file until it is sent, then only its name stays.
ALTER TABLE outbox ADD COLUMN document_name TEXT;
ALTER TABLE outbox ADD COLUMN document BLOB;

CREATE TRIGGER outbox_document_sent AFTER UPDATE OF state ON outbox
WHEN NEW.state != 'pending' AND NEW.document IS NOT NULL
BEGIN
    UPDATE outbox SET document = NULL WHERE id = NEW.id;
END;
