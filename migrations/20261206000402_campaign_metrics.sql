-- Reports narrowed to one campaign (`safar report --campaign TAG`): the same counters as
-- `daily_metrics`, kept once more per campaign for the users who came with a `start=` tag.
-- `daily_metrics` stays the total (it already names the campaign for new users, languages and
-- the funnel). Never a user id or a text; a user's campaign is read when the event happens.
CREATE TABLE campaign_metrics (
    day      TEXT NOT NULL,
    campaign TEXT NOT NULL,
    metric   TEXT NOT NULL,
    d1       TEXT NOT NULL DEFAULT '',
    d2       TEXT NOT NULL DEFAULT '',
    count    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign, day, metric, d1, d2)
) STRICT, WITHOUT ROWID;

-- Cases: opened, closed (outcome, categories, referrals), rated, by the user's campaign.
CREATE TRIGGER campaign_case_opened AFTER INSERT ON cases
BEGIN
    INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count)
    SELECT substr(NEW.created_at, 1, 10), campaign, 'case_opened', NEW.priority, NEW.lang, 1
    FROM users WHERE user_id = NEW.user_id AND campaign IS NOT NULL
    ON CONFLICT (campaign, day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER campaign_case_closed AFTER UPDATE OF status ON cases
WHEN NEW.status = 'closed' AND OLD.status != 'closed'
BEGIN
    INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count)
    SELECT substr(COALESCE(NEW.closed_at, datetime('now')), 1, 10), campaign, 'case_closed',
           COALESCE(NEW.outcome, ''), '', 1
    FROM users WHERE user_id = NEW.user_id AND campaign IS NOT NULL
    ON CONFLICT (campaign, day, metric, d1, d2) DO UPDATE SET count = count + 1;
    INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count)
    SELECT substr(COALESCE(NEW.closed_at, datetime('now')), 1, 10), u.campaign, 'case_category',
           c.category, '', 1
    FROM users u, case_categories c
    WHERE u.user_id = NEW.user_id AND u.campaign IS NOT NULL AND c.case_id = NEW.id
    ON CONFLICT (campaign, day, metric, d1, d2) DO UPDATE SET count = count + 1;
    INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count)
    SELECT substr(COALESCE(NEW.closed_at, datetime('now')), 1, 10), u.campaign, 'case_referral',
           r.org, '', 1
    FROM users u, (SELECT DISTINCT org FROM case_referrals WHERE case_id = NEW.id) r
    WHERE u.user_id = NEW.user_id AND u.campaign IS NOT NULL
    ON CONFLICT (campaign, day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER campaign_case_rated AFTER UPDATE OF rating ON cases
WHEN NEW.rating IS NOT NULL AND OLD.rating IS NULL
BEGIN
    INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count)
    SELECT date('now'), campaign, 'case_rated', CAST(NEW.rating AS TEXT), '', 1
    FROM users WHERE user_id = NEW.user_id AND campaign IS NOT NULL
    ON CONFLICT (campaign, day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

-- Messages delivered or given up, to users of a campaign. A user's private chat has the
-- user's id: looked up by the primary key (this runs for every message sent).
CREATE TRIGGER campaign_message AFTER UPDATE OF state ON outbox
WHEN NEW.state != 'pending' AND OLD.state = 'pending' AND NEW.to_operators = 0
    AND NEW.chat_id > 0
BEGIN
    INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count)
    SELECT substr(NEW.updated_at, 1, 10), campaign, 'message', NEW.state, NEW.kind, 1
    FROM users WHERE user_id = NEW.chat_id AND campaign IS NOT NULL
    ON CONFLICT (campaign, day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER campaign_unreachable AFTER UPDATE OF unreachable_since ON users
WHEN NEW.unreachable_since IS NOT NULL AND OLD.unreachable_since IS NULL
    AND NEW.campaign IS NOT NULL
BEGIN
    INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count)
    VALUES (substr(NEW.unreachable_since, 1, 10), NEW.campaign, 'unreachable', '', '', 1)
    ON CONFLICT (campaign, day, metric, d1, d2) DO UPDATE SET count = count + 1;
END;

-- Back-fill what can be known: cases of users still in the database.
INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count)
SELECT substr(c.created_at, 1, 10), u.campaign, 'case_opened', c.priority, c.lang, COUNT(*)
FROM cases c JOIN users u ON u.user_id = c.user_id
WHERE u.campaign IS NOT NULL GROUP BY 1, 2, 4, 5;
INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count)
SELECT substr(c.closed_at, 1, 10), u.campaign, 'case_closed', COALESCE(c.outcome, ''), '', COUNT(*)
FROM cases c JOIN users u ON u.user_id = c.user_id
WHERE u.campaign IS NOT NULL AND c.status = 'closed' AND c.closed_at IS NOT NULL
GROUP BY 1, 2, 4;
