//! Reports for the NGO: what the bot reached and what the hotline did, from the counters
//! (`daily_metrics`) and the cases (without personal fields). [`Report::load`] reads the
//! database; the renderers (text, CSV, one self-contained HTML page with inline SVG charts)
//! are pure. Every label comes from `locales/<lang>/report.ftl`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

use super::config::OfficeHours;
use crate::content::texts::{Texts, escape_html};
use crate::core::output::{Arg, Msg};
use crate::html;
use crate::lang::Lang;
use crate::store::metrics::{CaseRow, MetricRow};
use crate::store::{Store, StoreError};

/// What to report on.
#[derive(Debug, Clone)]
pub struct ReportRequest {
    pub from: NaiveDate,
    /// Inclusive.
    pub to: NaiveDate,
    /// Only this `start=` tag's users and funnel.
    pub campaign: Option<String>,
    pub office: OfficeHours,
}

/// The counters of `daily_metrics` whose first dimension is the campaign.
const CAMPAIGNED: [&str; 3] = ["user_new", "lang_chosen", "funnel"];

/// The funnel stages, in order, as stored in `daily_metrics` (`funnel`, campaign, stage).
pub const STAGES: [&str; 5] = ["start", "language", "topic", "check", "person"];
/// The quiz's score bands, as counted (`quiz_score`).
const QUIZ_BANDS: [&str; 3] = ["0-2", "3-5", "6-8"];
const RISKS: [&str; 3] = ["low", "medium", "high"];
const PRIORITIES: [&str; 3] = ["urgent", "high", "normal"];

/// Median and 90th percentile of a list of durations, in whole minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spread {
    pub count: usize,
    pub median: i64,
    pub p90: i64,
}

impl Spread {
    /// Nearest-rank percentiles (the value below which the share of the cases lies).
    pub fn of(mut minutes: Vec<i64>) -> Spread {
        minutes.sort_unstable();
        let n = minutes.len();
        if n == 0 {
            return Spread::default();
        }
        let rank = |p: usize| minutes[(n * p).div_ceil(100).max(1) - 1];
        Spread {
            count: n,
            median: rank(50),
            p90: rank(90),
        }
    }
}

/// Every figure of a report.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub campaign: Option<String>,
    /// The counters of the period (campaign-filtered where they name a campaign).
    pub rows: Vec<MetricRow>,
    pub new_users: i64,
    /// (campaign, users), most first; "" is "no campaign".
    pub users_by_campaign: Vec<(String, i64)>,
    /// (language code, users who chose it).
    pub users_by_lang: Vec<(String, i64)>,
    /// Week start (Monday) → campaign → new users.
    pub users_per_week: BTreeMap<NaiveDate, BTreeMap<String, i64>>,
    /// (campaign, count per stage of [`STAGES`]).
    pub funnel: Vec<(String, [i64; 5])>,
    /// ((script, node), times shown), most first, at most 10.
    pub top_pages: Vec<((String, String), i64)>,
    pub pages: i64,
    /// answered, unsure, not found.
    pub questions: [i64; 3],
    pub quiz_started: i64,
    pub quiz_finished: i64,
    pub quiz_right: i64,
    pub quiz_wrong: i64,
    /// Finished attempts by score band: 0–2, 3–5, 6–8 right answers of eight.
    pub quiz_bands: [i64; 3],
    /// low, medium, high.
    pub offers_by_risk: [i64; 3],
    /// (category, offers that raised it), most first.
    pub categories: Vec<(String, i64)>,
    pub distress: i64,
    pub cases: Vec<CaseRow>,
    /// urgent, high, normal.
    pub cases_by_priority: [i64; 3],
    pub cases_per_week: BTreeMap<NaiveDate, i64>,
    pub take_office: Spread,
    pub take_outside: Spread,
    pub close: Spread,
    /// (outcome, cases); "" is "still open".
    pub outcomes: Vec<(String, i64)>,
    /// Ratings 1 to 5.
    pub ratings: [i64; 5],
    pub reminders: i64,
    pub messages_sent: i64,
    pub messages_failed: i64,
    pub unreachable: i64,
    /// (category id, closed cases tagged with it), most first.
    pub case_categories: Vec<(String, i64)>,
    /// (organisation id, closed cases referred to it), most first.
    pub case_referrals: Vec<(String, i64)>,
    /// Users blocked from the operators.
    pub blocked: i64,
    /// Scam reports received, confirmed, rejected.
    pub scam_reports: [i64; 3],
    /// Names of the case categories and organisations above, in the report's language (see
    /// [`Report::name_ids`]); an id without one is shown as it is.
    pub names: BTreeMap<String, String>,
    /// The alerts sent in the period, with their counts.
    pub alerts: Vec<crate::store::alerts::AlertCounts>,
}

fn week_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn sorted_desc(map: BTreeMap<String, i64>) -> Vec<(String, i64)> {
    let mut v: Vec<_> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

impl Report {
    /// Names the case categories and organisations the report counts, in `lang`.
    pub fn name_ids(&mut self, content: &crate::content::Content, lang: Lang) {
        for (id, _) in &self.case_categories {
            if let Some(c) = content.categories.get(id) {
                self.names.insert(id.clone(), c.label(lang));
            }
        }
        for (id, _) in &self.case_referrals {
            if let Some(o) = content.referrals.get(id) {
                self.names.insert(id.clone(), o.name.clone());
            }
        }
    }

    /// Reads the period's counters and cases.
    pub async fn load(store: &Store, req: &ReportRequest) -> Result<Report, StoreError> {
        let (from, to) = (req.from.to_string(), req.to.to_string());
        let mut rows = store.metric_rows(&from, &to).await?;
        if let Some(campaign) = &req.campaign {
            // New users, languages and the funnel name their campaign in the totals; every
            // other counter comes from the campaign's own.
            rows.retain(|r| CAMPAIGNED.contains(&r.metric.as_str()));
            rows.extend(store.campaign_metric_rows(campaign, &from, &to).await?);
        }
        let cases = store.case_rows(&from, &to, req.campaign.as_deref()).await?;
        let mut report = Report::compute(req, rows, cases);
        report.alerts = store.alert_counts_between(&from, &to).await?;
        Ok(report)
    }

    /// The figures, from the rows (pure).
    pub fn compute(req: &ReportRequest, rows: Vec<MetricRow>, cases: Vec<CaseRow>) -> Report {
        let campaigned = |m: &str| CAMPAIGNED.contains(&m);
        let rows: Vec<MetricRow> = rows
            .into_iter()
            .filter(|r| match &req.campaign {
                Some(c) if campaigned(&r.metric) => &r.d1 == c,
                _ => true,
            })
            .collect();
        let mut r = Report {
            from: req.from,
            to: req.to,
            campaign: req.campaign.clone(),
            ..Report::default()
        };
        let mut by_campaign = BTreeMap::new();
        let mut by_lang = BTreeMap::new();
        let mut funnel: BTreeMap<String, [i64; 5]> = BTreeMap::new();
        let mut pages: BTreeMap<(String, String), i64> = BTreeMap::new();
        let mut categories = BTreeMap::new();
        let mut case_categories = BTreeMap::new();
        let mut case_referrals = BTreeMap::new();
        for row in &rows {
            let n = row.count;
            let day = NaiveDate::parse_from_str(&row.day, "%Y-%m-%d").unwrap_or(req.from);
            match row.metric.as_str() {
                "user_new" => {
                    r.new_users += n;
                    *by_campaign.entry(row.d1.clone()).or_default() += n;
                    *r.users_per_week
                        .entry(week_of(day))
                        .or_default()
                        .entry(row.d1.clone())
                        .or_default() += n;
                }
                "lang_chosen" => *by_lang.entry(row.d2.clone()).or_default() += n,
                "funnel" => {
                    if let Some(i) = STAGES.iter().position(|s| *s == row.d2) {
                        funnel.entry(row.d1.clone()).or_default()[i] += n;
                    }
                }
                "page" => {
                    r.pages += n;
                    *pages.entry((row.d1.clone(), row.d2.clone())).or_default() += n;
                }
                "question" => {
                    let i = match row.d1.as_str() {
                        "answered" => 0,
                        "unsure" => 1,
                        _ => 2,
                    };
                    r.questions[i] += n;
                }
                "quiz" if row.d1 == "started" => r.quiz_started += n,
                "quiz" if row.d1 == "finished" => r.quiz_finished += n,
                "quiz_answer" if row.d1 == "right" => r.quiz_right += n,
                "quiz_answer" => r.quiz_wrong += n,
                "quiz_score" => {
                    if let Some(i) = QUIZ_BANDS.iter().position(|b| *b == row.d1) {
                        r.quiz_bands[i] += n;
                    }
                }
                "offer_risk" => {
                    if let Some(i) = RISKS.iter().position(|x| *x == row.d1) {
                        r.offers_by_risk[i] += n;
                    }
                }
                "offer_flag" => *categories.entry(row.d1.clone()).or_default() += n,
                "distress" => r.distress += n,
                "reminder" => r.reminders += n,
                "message" if row.d1 == "sent" => r.messages_sent += n,
                "message" if row.d1 == "failed" => r.messages_failed += n,
                "unreachable" => r.unreachable += n,
                "case_category" => *case_categories.entry(row.d1.clone()).or_default() += n,
                "case_referral" => *case_referrals.entry(row.d1.clone()).or_default() += n,
                "blocked" => r.blocked += n,
                "scam_report" => {
                    let i = match row.d1.as_str() {
                        "confirmed" => 1,
                        "rejected" => 2,
                        _ => 0,
                    };
                    r.scam_reports[i] += n;
                }
                _ => {}
            }
        }
        r.users_by_campaign = sorted_desc(by_campaign);
        r.users_by_lang = sorted_desc(by_lang);
        let mut funnel: Vec<_> = funnel.into_iter().collect();
        funnel.sort_by(|a, b| b.1[0].cmp(&a.1[0]).then_with(|| a.0.cmp(&b.0)));
        r.funnel = funnel;
        let mut pages: Vec<_> = pages.into_iter().collect();
        pages.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        pages.truncate(10);
        r.top_pages = pages;
        r.categories = sorted_desc(categories);
        r.case_categories = sorted_desc(case_categories);
        r.case_referrals = sorted_desc(case_referrals);

        let (mut office, mut outside, mut close) = (Vec::new(), Vec::new(), Vec::new());
        let mut outcomes = BTreeMap::new();
        for c in &cases {
            let created = parse_time(&c.created_at);
            if let Some(i) = PRIORITIES.iter().position(|p| *p == c.priority) {
                r.cases_by_priority[i] += 1;
            }
            if let Some(t) = created {
                *r.cases_per_week.entry(week_of(t.date_naive())).or_default() += 1;
            }
            let minutes = |end: &Option<String>| {
                let end = parse_time(end.as_deref()?)?;
                Some((end - created?).num_minutes().max(0))
            };
            if let (Some(m), Some(t)) = (minutes(&c.taken_at), created) {
                if req.office.is_open(t) {
                    office.push(m);
                } else {
                    outside.push(m);
                }
            }
            if let Some(m) = minutes(&c.closed_at) {
                close.push(m);
            }
            let outcome = if c.status == "closed" {
                c.outcome.clone().unwrap_or_default()
            } else {
                String::new()
            };
            *outcomes.entry(outcome).or_default() += 1;
            if let Some(stars) = c.rating
                && (1..=5).contains(&stars)
            {
                r.ratings[stars as usize - 1] += 1;
            }
        }
        r.take_office = Spread::of(office);
        r.take_outside = Spread::of(outside);
        r.close = Spread::of(close);
        r.outcomes = sorted_desc(outcomes);
        r.cases = cases;
        r.rows = rows;
        r
    }

    pub fn offers(&self) -> i64 {
        self.offers_by_risk.iter().sum()
    }

    /// The average rating, one decimal ("4.5"), or "–" without ratings.
    pub fn average_rating(&self) -> String {
        let n: i64 = self.ratings.iter().sum();
        if n == 0 {
            return "–".into();
        }
        let sum: i64 = self
            .ratings
            .iter()
            .enumerate()
            .map(|(i, k)| (i as i64 + 1) * k)
            .sum();
        format!("{:.1}", sum as f64 / n as f64)
    }
}

/// `part` as a whole percentage of `whole` ("–" when there is no whole).
pub fn percent(part: i64, whole: i64) -> String {
    if whole == 0 {
        return "–".into();
    }
    format!("{}%", (part * 100 + whole / 2) / whole)
}

/// Labels of the report in one language.
struct Labels<'a> {
    texts: &'a Texts,
    lang: Lang,
}

impl Labels<'_> {
    /// A label as HTML (Fluent output; arguments escaped).
    fn html(&self, key: &'static str, args: &[(&'static str, Arg)]) -> String {
        let mut msg = Msg::new(key);
        msg.args = args.to_vec();
        self.texts.render(self.lang, &msg)
    }

    /// A label as plain text.
    fn text(&self, key: &'static str, args: &[(&'static str, Arg)]) -> String {
        html::to_plain(&self.html(key, args))
    }

    fn campaign(&self, tag: &str) -> String {
        if tag.is_empty() {
            self.text("report-no-campaign", &[])
        } else {
            tag.to_string()
        }
    }

    fn outcome(&self, code: &str) -> String {
        let key = match code {
            "" => "report-outcome-open",
            "informed" => "report-outcome-informed",
            "referred" => "report-outcome-referred",
            "offer_reported" => "report-outcome-offer-reported",
            "emergency_referred" => "report-outcome-emergency-referred",
            "no_response" => "report-outcome-no-response",
            "other" => "report-outcome-other",
            "forgotten" => "report-outcome-forgotten",
            _ => return code.to_string(),
        };
        self.text(key, &[])
    }

    /// A red-flag category by the title its explanation starts with ("Просят деньги
    /// вперёд"), from the reviewed offer texts; the id if there is none.
    fn flag(&self, category: &str) -> String {
        let key = format!("offer-flag-{}", category.replace('_', "-"));
        if !self.texts.has(self.lang.authored(), &key) {
            return category.to_string();
        }
        let html = self.texts.render(self.lang, &Msg::new(key));
        let title = html
            .split_once("<b>")
            .and_then(|(_, rest)| rest.split_once("</b>"))
            .map(|(title, _)| html::to_plain(title));
        match title {
            Some(t) if !t.trim().is_empty() => t
                .trim()
                .trim_end_matches(['.', ':', '!'])
                .trim()
                .to_string(),
            _ => category.to_string(),
        }
    }

    /// A case category's or organisation's name.
    fn named(&self, names: &BTreeMap<String, String>, id: &str) -> String {
        names.get(id).cloned().unwrap_or_else(|| id.to_string())
    }

    fn stage(&self, i: usize) -> String {
        const KEYS: [&str; 5] = [
            "report-stage-start",
            "report-stage-language",
            "report-stage-topic",
            "report-stage-check",
            "report-stage-person",
        ];
        self.text(KEYS[i], &[])
    }

    fn risk(&self, i: usize) -> String {
        const KEYS: [&str; 3] = ["report-risk-low", "report-risk-medium", "report-risk-high"];
        self.text(KEYS[i], &[])
    }
}

fn n(v: i64) -> Arg {
    Arg::Number(v)
}

fn t(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

/// The lines of the summary, shared by the text report and the HTML page (as plain text).
fn summary_lines(r: &Report, l: &Labels<'_>) -> Vec<String> {
    let mut out = Vec::new();
    out.push(l.text(
        "report-period",
        &[("from", t(r.from.to_string())), ("to", t(r.to.to_string()))],
    ));
    if let Some(c) = &r.campaign {
        out.push(l.text("report-campaign-filter", &[("campaign", t(c.clone()))]));
    }
    out.push(l.text("report-users", &[("count", n(r.new_users))]));
    out.push(l.text(
        "report-questions",
        &[
            ("answered", n(r.questions[0])),
            ("unsure", n(r.questions[1])),
            ("notfound", n(r.questions[2])),
        ],
    ));
    out.push(l.text(
        "report-quiz",
        &[
            ("started", n(r.quiz_started)),
            ("finished", n(r.quiz_finished)),
            ("right", n(r.quiz_right)),
            ("answers", n(r.quiz_right + r.quiz_wrong)),
        ],
    ));
    out.push(l.text(
        "report-quiz-bands",
        &[
            ("low", n(r.quiz_bands[0])),
            ("middle", n(r.quiz_bands[1])),
            ("high", n(r.quiz_bands[2])),
        ],
    ));
    out.push(l.text(
        "report-offers",
        &[
            ("count", n(r.offers())),
            ("low", n(r.offers_by_risk[0])),
            ("medium", n(r.offers_by_risk[1])),
            ("high", n(r.offers_by_risk[2])),
        ],
    ));
    out.push(l.text("report-distress", &[("count", n(r.distress))]));
    out.push(l.text(
        "report-cases-opened",
        &[
            ("count", n(r.cases.len() as i64)),
            ("urgent", n(r.cases_by_priority[0])),
            ("high", n(r.cases_by_priority[1])),
            ("normal", n(r.cases_by_priority[2])),
        ],
    ));
    out.push(spread_line(l, "report-take-office", r.take_office));
    out.push(spread_line(l, "report-take-outside", r.take_outside));
    out.push(spread_line(l, "report-close", r.close));
    out.push(l.text(
        "report-ratings",
        &[
            ("r1", n(r.ratings[0])),
            ("r2", n(r.ratings[1])),
            ("r3", n(r.ratings[2])),
            ("r4", n(r.ratings[3])),
            ("r5", n(r.ratings[4])),
            ("average", t(r.average_rating())),
        ],
    ));
    out.push(l.text("report-reminders", &[("count", n(r.reminders))]));
    out.push(l.text(
        "report-messages",
        &[
            ("sent", n(r.messages_sent)),
            ("failed", n(r.messages_failed)),
            ("unreachable", n(r.unreachable)),
        ],
    ));
    out.push(l.text(
        "report-toolkit",
        &[
            ("blocked", n(r.blocked)),
            ("reports", n(r.scam_reports[0])),
            ("confirmed", n(r.scam_reports[1])),
            ("rejected", n(r.scam_reports[2])),
        ],
    ));
    out
}

fn spread_line(l: &Labels<'_>, key: &'static str, s: Spread) -> String {
    if s.count == 0 {
        return l.text(key, &[("count", n(0)), ("median", t("–")), ("p90", t("–"))]);
    }
    l.text(
        key,
        &[
            ("count", n(s.count as i64)),
            ("median", t(s.median.to_string())),
            ("p90", t(s.p90.to_string())),
        ],
    )
}

/// `/stats` in the operators' group: a few lines of Telegram HTML.
pub fn render_stats(r: &Report, texts: &Texts, lang: Lang) -> String {
    let l = Labels { texts, lang };
    let mut lines = vec![l.html("report-stats-title", &[])];
    // Users, offers, distress, cases, time to Take (in and outside office hours), ratings.
    let summary = summary_lines(r, &l);
    let skip = usize::from(r.campaign.is_some());
    for i in [1, 4, 5, 6, 7, 8, 10] {
        if let Some(line) = summary.get(i + skip) {
            lines.push(escape_html(line));
        }
    }
    lines.push(l.html("report-stats-usage", &[]));
    lines.join("\n")
}

/// The terminal summary.
pub fn render_text(r: &Report, texts: &Texts, lang: Lang) -> String {
    let l = Labels { texts, lang };
    let mut out = String::new();
    let _ = writeln!(out, "{}", l.text("report-title", &[]));
    for line in summary_lines(r, &l) {
        let _ = writeln!(out, "{line}");
    }
    let section = |out: &mut String, key: &'static str, rows: Vec<(String, String)>| {
        let _ = writeln!(out, "\n{}", l.text(key, &[]));
        for (label, value) in rows {
            let _ = writeln!(out, "  {label}: {value}");
        }
    };
    section(
        &mut out,
        "report-users-by-campaign",
        r.users_by_campaign
            .iter()
            .map(|(c, k)| (l.campaign(c), k.to_string()))
            .collect(),
    );
    section(
        &mut out,
        "report-users-by-lang",
        r.users_by_lang
            .iter()
            .map(|(c, k)| (c.clone(), k.to_string()))
            .collect(),
    );
    let _ = writeln!(out, "\n{}", l.text("report-funnel", &[]));
    for (campaign, stages) in &r.funnel {
        let _ = writeln!(out, "  {}", l.campaign(campaign));
        for (i, k) in stages.iter().enumerate() {
            let _ = writeln!(out, "    {}: {k} ({})", l.stage(i), percent(*k, stages[0]));
        }
    }
    section(
        &mut out,
        "report-categories",
        r.categories
            .iter()
            .map(|(c, k)| (l.flag(c), k.to_string()))
            .collect(),
    );
    section(
        &mut out,
        "report-outcomes",
        r.outcomes
            .iter()
            .map(|(c, k)| (l.outcome(c), k.to_string()))
            .collect(),
    );
    section(
        &mut out,
        "report-case-categories",
        r.case_categories
            .iter()
            .map(|(c, k)| (l.named(&r.names, c), k.to_string()))
            .collect(),
    );
    section(
        &mut out,
        "report-case-referrals",
        r.case_referrals
            .iter()
            .map(|(c, k)| (l.named(&r.names, c), k.to_string()))
            .collect(),
    );
    section(
        &mut out,
        "report-pages",
        r.top_pages
            .iter()
            .map(|((s, node), k)| (format!("{s}/{node}"), k.to_string()))
            .collect(),
    );
    // Only when alerts were sent in the period.
    if !r.alerts.is_empty() {
        section(
            &mut out,
            "alerts-report-title",
            r.alerts
                .iter()
                .map(|a| {
                    (
                        format!("#{} {} → {}", a.id, a.name, a.topic),
                        alert_line(&l, a),
                    )
                })
                .collect(),
        );
    }
    let _ = writeln!(out, "\n{}", l.text("report-privacy", &[]));
    out
}

/// One alert's counts, one line of the report.
fn alert_line(l: &Labels, a: &crate::store::alerts::AlertCounts) -> String {
    l.text(
        "alerts-report-line",
        &[
            ("recipients", Arg::Number(a.recipients)),
            ("delivered", Arg::Number(a.delivered)),
            ("failed", Arg::Number(a.failed)),
            ("unreachable", Arg::Number(a.unreachable)),
            ("pending", Arg::Number(a.pending)),
            ("presses", Arg::Number(a.presses)),
            ("pressed_by", Arg::Number(a.pressed_by)),
        ],
    )
}

/// A CSV file's bytes: UTF-8 with a byte-order mark (Excel), comma-separated, CRLF lines.
fn csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    fn field(s: &str) -> String {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    }
    let mut out = String::from("\u{feff}");
    let line = |cells: Vec<String>| cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
    out.push_str(&line(header.iter().map(|h| h.to_string()).collect()));
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&line(row));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// The CSV tables: (file name, bytes). Cases one row each, without any personal field; the
/// alerts' counts when alerts were sent in the period.
pub fn render_csv(r: &Report) -> Vec<(String, Vec<u8>)> {
    let mut files = tables(r);
    if !r.alerts.is_empty() {
        files.push(alerts_csv(r));
    }
    files
}

fn alerts_csv(r: &Report) -> (String, Vec<u8>) {
    (
        "alerts.csv".into(),
        csv(
            &[
                "alert",
                "name",
                "topic",
                "created_at",
                "recipients",
                "delivered",
                "pending",
                "failed",
                "unreachable",
                "pressed_by",
                "presses",
            ],
            r.alerts.iter().map(|a| {
                vec![
                    a.id.to_string(),
                    a.name.clone(),
                    a.topic.clone(),
                    a.created_at.clone(),
                    a.recipients.to_string(),
                    a.delivered.to_string(),
                    a.pending.to_string(),
                    a.failed.to_string(),
                    a.unreachable.to_string(),
                    a.pressed_by.to_string(),
                    a.presses.to_string(),
                ]
            }),
        ),
    )
}

fn tables(r: &Report) -> Vec<(String, Vec<u8>)> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let minutes = |c: &CaseRow, end: &Option<String>| {
        let (Some(a), Some(b)) = (
            parse_time(&c.created_at),
            end.as_deref().and_then(parse_time),
        ) else {
            return String::new();
        };
        (b - a).num_minutes().max(0).to_string()
    };
    vec![
        (
            "daily_metrics.csv".into(),
            csv(
                &["day", "metric", "d1", "d2", "count"],
                r.rows.iter().map(|m| {
                    vec![
                        m.day.clone(),
                        m.metric.clone(),
                        m.d1.clone(),
                        m.d2.clone(),
                        m.count.to_string(),
                    ]
                }),
            ),
        ),
        (
            "funnel.csv".into(),
            csv(
                &[
                    "campaign",
                    "started",
                    "chose_language",
                    "opened_topic",
                    "checked_offer_or_finished_quiz",
                    "asked_for_person",
                ],
                r.funnel.iter().map(|(c, s)| {
                    let mut row = vec![c.clone()];
                    row.extend(s.iter().map(i64::to_string));
                    row
                }),
            ),
        ),
        (
            "cases.csv".into(),
            csv(
                &[
                    "case",
                    "priority",
                    "lang",
                    "status",
                    "outcome",
                    "rating",
                    "offer_risk",
                    "created_at",
                    "taken_at",
                    "closed_at",
                    "minutes_to_take",
                    "minutes_to_close",
                    "reminders",
                ],
                r.cases.iter().map(|c| {
                    vec![
                        c.id.to_string(),
                        c.priority.clone(),
                        c.lang.clone(),
                        c.status.clone(),
                        opt(&c.outcome),
                        c.rating.map(|x| x.to_string()).unwrap_or_default(),
                        opt(&c.offer_risk),
                        c.created_at.clone(),
                        opt(&c.taken_at),
                        opt(&c.closed_at),
                        minutes(c, &c.taken_at),
                        minutes(c, &c.closed_at),
                        c.reminders.to_string(),
                    ]
                }),
            ),
        ),
    ]
}

/// Colours of the charts (colour-blind-friendly palette).
const PALETTE: [(u8, u8, u8); 8] = [
    (0, 114, 178),
    (230, 159, 0),
    (0, 158, 115),
    (204, 121, 167),
    (86, 180, 233),
    (213, 94, 0),
    (240, 228, 66),
    (100, 100, 100),
];

mod charts {
    //! Inline SVG charts drawn with `plotters`' SVG backend.
    use plotters::prelude::*;

    use super::PALETTE;

    /// Inline SVG in HTML needs no namespace declaration: without it the page names no
    /// address at all (the self-containment check looks for any).
    fn inline(svg: String) -> String {
        svg.replace(" xmlns=\"http://www.w3.org/2000/svg\"", "")
            .replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "")
    }

    fn color(i: usize) -> RGBColor {
        let (r, g, b) = PALETTE[i % PALETTE.len()];
        RGBColor(r, g, b)
    }

    /// Horizontal bars: one row per (label, value), the value written after the bar.
    pub fn hbars(rows: &[(String, i64)], colors: &[usize]) -> String {
        let width = 640u32;
        let row_h = 30u32;
        let height = (rows.len().max(1) as u32) * row_h + 10;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            let _ = root.fill(&WHITE);
            let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
            // Room for the longest label (about 8 px a character at this size).
            let longest = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
            let label_w = (longest as i32 * 8 + 12).clamp(120, 340);
            let bar_max = width as i32 - label_w - 70;
            let font = ("sans-serif", 17).into_font();
            for (i, (label, value)) in rows.iter().enumerate() {
                let y = 5 + i as i32 * row_h as i32;
                let _ = root.draw(&Text::new(
                    label.clone(),
                    (4, y + 8),
                    font.clone().color(&BLACK),
                ));
                let w = (*value * i64::from(bar_max) / max) as i32;
                let c = color(colors.get(i).copied().unwrap_or(0));
                let _ = root.draw(&Rectangle::new(
                    [(label_w, y + 3), (label_w + w.max(1), y + row_h as i32 - 5)],
                    c.filled(),
                ));
                let _ = root.draw(&Text::new(
                    value.to_string(),
                    (label_w + w + 6, y + 8),
                    font.clone().color(&BLACK),
                ));
            }
            let _ = root.present();
        }
        inline(svg)
    }

    /// Stacked columns: one column per x label, one colour per series, a legend on top.
    pub fn stacked(x: &[String], series: &[(String, Vec<i64>)]) -> String {
        let width = 640u32;
        let height = 300u32;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            let _ = root.fill(&WHITE);
            let font = ("sans-serif", 16).into_font();
            // Legend.
            let mut lx = 4;
            for (i, (name, _)) in series.iter().enumerate() {
                let _ = root.draw(&Rectangle::new([(lx, 6), (lx + 12, 18)], color(i).filled()));
                let _ = root.draw(&Text::new(
                    name.clone(),
                    (lx + 16, 6),
                    font.clone().color(&BLACK),
                ));
                lx += 26 + 8 * name.chars().count() as i32;
            }
            let totals: Vec<i64> = (0..x.len())
                .map(|j| {
                    series
                        .iter()
                        .map(|s| s.1.get(j).copied().unwrap_or(0))
                        .sum()
                })
                .collect();
            let max = totals.iter().copied().max().unwrap_or(0).max(1);
            let (top, bottom) = (40i32, height as i32 - 30);
            let slot = (width as i32 - 8) / (x.len().max(1) as i32);
            let bar_w = (slot * 2 / 3).clamp(4, 90);
            for (j, label) in x.iter().enumerate() {
                let x0 = 4 + j as i32 * slot + (slot - bar_w) / 2;
                let mut y = bottom;
                for (i, (_, values)) in series.iter().enumerate() {
                    let v = values.get(j).copied().unwrap_or(0);
                    let h = (v * i64::from(bottom - top) / max) as i32;
                    if h > 0 {
                        let _ = root.draw(&Rectangle::new(
                            [(x0, y - h), (x0 + bar_w, y)],
                            color(i).filled(),
                        ));
                    }
                    y -= h;
                }
                let _ = root.draw(&Text::new(
                    totals[j].to_string(),
                    (x0, (y - 16).max(22)),
                    font.clone().color(&BLACK),
                ));
                let _ = root.draw(&Text::new(
                    label.clone(),
                    (x0, bottom + 6),
                    font.clone().color(&BLACK),
                ));
            }
            let _ = root.present();
        }
        inline(svg)
    }
}

/// The report as one self-contained HTML page: styles inline, charts as inline SVG, no
/// script, no font, no link to anything outside.
pub fn render_html(r: &Report, texts: &Texts, lang: Lang) -> String {
    let l = Labels { texts, lang };
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>\
         body{{font-family:sans-serif;margin:1em auto;max-width:680px;padding:0 8px;color:#222}}\
         h1{{font-size:1.5em}}h2{{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}}\
         p.how{{color:#555;font-size:.9em;margin:.2em 0 .6em}}\
         table{{border-collapse:collapse;margin:.5em 0}}td,th{{border:1px solid #ccc;padding:2px 6px;text-align:right}}\
         td:first-child,th:first-child{{text-align:left}}svg{{max-width:100%;height:auto}}\
         div.wide{{overflow-x:auto}}table{{font-size:.9em}}\
         </style></head><body>\n",
        lang.code(),
        l.html("report-title", &[])
    );
    let _ = writeln!(page, "<h1>{}</h1>", l.html("report-title", &[]));
    let _ = writeln!(page, "<ul>");
    for line in summary_lines(r, &l) {
        let _ = writeln!(page, "<li>{}</li>", escape_html(&line));
    }
    let _ = writeln!(page, "</ul>");

    let chart = |page: &mut String, title: &'static str, how: &'static str, svg: String| {
        let _ = writeln!(
            page,
            "<h2>{}</h2>\n<p class=\"how\">{}</p>\n{}",
            l.html(title, &[]),
            l.html(how, &[]),
            svg
        );
    };

    // Users per week by campaign.
    let weeks: Vec<NaiveDate> = r.users_per_week.keys().copied().collect();
    let campaigns: Vec<String> = r.users_by_campaign.iter().map(|c| c.0.clone()).collect();
    let series: Vec<(String, Vec<i64>)> = campaigns
        .iter()
        .map(|c| {
            (
                l.campaign(c),
                weeks
                    .iter()
                    .map(|w| r.users_per_week[w].get(c).copied().unwrap_or(0))
                    .collect(),
            )
        })
        .collect();
    let x: Vec<String> = weeks
        .iter()
        .map(|w| w.format("%d.%m").to_string())
        .collect();
    chart(
        &mut page,
        "report-users-week",
        "report-users-week-how",
        charts::stacked(&x, &series),
    );

    // The funnel: all campaigns together as bars, each campaign in a table.
    let mut total = [0i64; 5];
    for (_, s) in &r.funnel {
        for i in 0..5 {
            total[i] += s[i];
        }
    }
    chart(
        &mut page,
        "report-funnel",
        "report-funnel-how",
        charts::hbars(
            &(0..5).map(|i| (l.stage(i), total[i])).collect::<Vec<_>>(),
            &[0, 0, 0, 0, 0],
        ),
    );
    // Scrolls sideways on a narrow phone rather than squeezing the figures.
    let _ = write!(page, "<div class=\"wide\"><table><tr><th></th>");
    for i in 0..5 {
        let _ = write!(page, "<th>{}</th>", escape_html(&l.stage(i)));
    }
    let _ = writeln!(page, "</tr>");
    for (campaign, s) in &r.funnel {
        let _ = write!(page, "<tr><td>{}</td>", escape_html(&l.campaign(campaign)));
        for k in s {
            let _ = write!(page, "<td>{k} ({})</td>", percent(*k, s[0]));
        }
        let _ = writeln!(page, "</tr>");
    }
    let _ = writeln!(page, "</table></div>");

    // Offer checks.
    chart(
        &mut page,
        "report-offers-chart",
        "report-offers-how",
        charts::hbars(
            &(0..3)
                .map(|i| (l.risk(i), r.offers_by_risk[i]))
                .collect::<Vec<_>>(),
            &[2, 1, 5],
        ),
    );
    chart(
        &mut page,
        "report-categories",
        "report-categories-how",
        charts::hbars(
            &r.categories
                .iter()
                .take(8)
                .map(|(c, k)| (l.flag(c), *k))
                .collect::<Vec<_>>(),
            &[5; 8],
        ),
    );

    // Hotline.
    chart(
        &mut page,
        "report-outcomes",
        "report-outcomes-how",
        charts::hbars(
            &r.outcomes
                .iter()
                .map(|(o, k)| (l.outcome(o), *k))
                .collect::<Vec<_>>(),
            &[3; 8],
        ),
    );
    chart(
        &mut page,
        "report-case-categories",
        "report-case-categories-how",
        charts::hbars(
            &r.case_categories
                .iter()
                .map(|(c, k)| (l.named(&r.names, c), *k))
                .collect::<Vec<_>>(),
            &[3; 16],
        ),
    );
    chart(
        &mut page,
        "report-case-referrals",
        "report-case-referrals-how",
        charts::hbars(
            &r.case_referrals
                .iter()
                .map(|(c, k)| (l.named(&r.names, c), *k))
                .collect::<Vec<_>>(),
            &[4; 16],
        ),
    );
    let take_rows = vec![
        (
            l.text("report-chart-office-median", &[]),
            r.take_office.median,
        ),
        (l.text("report-chart-office-p90", &[]), r.take_office.p90),
        (
            l.text("report-chart-outside-median", &[]),
            r.take_outside.median,
        ),
        (l.text("report-chart-outside-p90", &[]), r.take_outside.p90),
    ];
    chart(
        &mut page,
        "report-take",
        "report-take-how",
        charts::hbars(&take_rows, &[0, 0, 1, 1]),
    );
    let weeks: Vec<(String, i64)> = r
        .cases_per_week
        .iter()
        .map(|(w, k)| (w.format("%d.%m").to_string(), *k))
        .collect();
    chart(
        &mut page,
        "report-cases-week",
        "report-cases-week-how",
        charts::hbars(&weeks, &[4; 64]),
    );
    // Alerts, only when alerts were sent in the period (as in the text report).
    if !r.alerts.is_empty() {
        let _ = writeln!(
            page,
            "<h2>{}</h2>\n<ul>",
            l.html("alerts-report-title", &[])
        );
        for a in &r.alerts {
            let _ = writeln!(
                page,
                "<li>{}: {}</li>",
                escape_html(&format!("#{} {} → {}", a.id, a.name, a.topic)),
                escape_html(&alert_line(&l, a))
            );
        }
        let _ = writeln!(page, "</ul>");
    }
    let _ = writeln!(
        page,
        "<p class=\"how\">{}</p>",
        l.html("report-privacy", &[])
    );
    let _ = writeln!(page, "</body></html>");
    page
}
