//! The operators' toolkit: `/tag` and `/refer` (what a case was about, where its user
//! was sent), `/send` and `/snip` (answers from the reviewed content), `/block` and `/unblock`,
//! `/mine` and `/take N`, and scam reports (`/confirm`, `/reject`, `/unconfirm`). Every action
//! is re-checked against the database in the operator's step's transaction.

use chrono::{DateTime, Utc};

use super::hotline::HotlineTurn;
use super::operators::{OpStep, refusal};
use super::{App, render, split_for_telegram};
use crate::content::Content;
use crate::core::callback::Callback;
use crate::core::engine::node_reply;
use crate::core::operators::CaseOutcome;
use crate::core::output::{Arg, KeyButton, Msg, Reply};
use crate::core::scam_report::shown;
use crate::core::script::{Action, NodeRef};
use crate::offer::extract::ContactKind;
use crate::offer::names::NameRefusal;
use crate::store::hotline::{Case, HotlineTx};
use crate::store::toolkit::{NewScamReport, ReportRefusal};
use crate::store::{OutMessage, StoreError};

/// At most this many pages are listed by `/send` (a word narrows the list).
const MAX_PAGES_LISTED: usize = 40;

/// A line of `/queue` or `/mine` for a case in work: who has it.
pub(super) fn queue_taken_line(c: &Case, now: DateTime<Utc>) -> Msg {
    Msg::new("ops-queue-taken-line")
        .arg("case", Arg::Number(c.id))
        .arg("priority", Arg::Text(c.priority.code().into()))
        .arg("lang", Arg::Text(c.lang.code().into()))
        .arg("age", Arg::Number(c.age_minutes(now)))
        .arg(
            "operator",
            Arg::Text(c.operator_name.clone().unwrap_or_default()),
        )
}

/// Why a company name cannot be confirmed, for the operators.
fn name_refused(name: &str, why: &NameRefusal) -> Msg {
    let msg = Msg::new(match why {
        NameRefusal::TooShort => "ops-name-refused-short",
        NameRefusal::Generic => "ops-name-refused-generic",
        NameRefusal::InRegistry(_) => "ops-name-refused-registry",
    })
    .arg("name", Arg::Text(name.to_string()));
    match why {
        NameRefusal::InRegistry(agency) => msg.arg("agency", Arg::Text(agency.clone())),
        _ => msg,
    }
}

/// The names of a report read by the checker: (skeleton, as written) for those the hotline
/// can confirm, and a refusal for each of the others.
fn read_names(content: &Content, names: &[String]) -> (Vec<(String, String)>, Vec<Msg>) {
    let mut usable: Vec<(String, String)> = Vec::new();
    let mut refused = Vec::new();
    for name in names {
        match content.offer.company_name(name) {
            Ok(read) => usable.push((read.value(), name.clone())),
            Err(why) => refused.push(name_refused(name, &why)),
        }
    }
    (usable, refused)
}

impl App {
    /// "id (label)" for every category, in the operators' language.
    pub(super) fn category_list(&self, content: &Content) -> String {
        let lang = self.hotline.operators_lang;
        content
            .categories
            .0
            .iter()
            .map(|c| format!("{} ({})", c.id, c.label(lang)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The labels of a case's categories (`—` for none).
    pub(super) fn category_labels(&self, content: &Content, ids: &[String]) -> String {
        if ids.is_empty() {
            return "—".to_string();
        }
        let lang = self.hotline.operators_lang;
        ids.iter()
            .map(|id| {
                content
                    .categories
                    .get(id)
                    .map_or_else(|| id.clone(), |c| c.label(lang))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// "id — name (country; helps with …)" per organisation, one a line; those helping with
    /// one of `categories` first.
    pub(super) fn org_list(&self, content: &Content, categories: Option<&[String]>) -> String {
        let mut orgs: Vec<_> = content.referrals.list.iter().collect();
        if let Some(cats) = categories {
            orgs.sort_by_key(|o| !o.help.iter().any(|h| cats.contains(h)));
        }
        orgs.iter()
            .map(|o| {
                format!(
                    "{} — {} ({}; {})",
                    o.id,
                    o.name,
                    o.country.code(),
                    o.help.join(", ")
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Whether the case may close with `outcome`; if not, the operator is told what is missing.
    pub(super) fn ready_to_close(
        &self,
        s: &mut OpStep<'_>,
        c: &Case,
        outcome: CaseOutcome,
    ) -> bool {
        if c.categories.is_empty() {
            let msg = Msg::new("ops-close-needs-category")
                .arg("case", Arg::Number(c.id))
                .arg("categories", Arg::Text(self.category_list(s.content)));
            self.say(s, Some(c.id), msg);
            return false;
        }
        if outcome == CaseOutcome::Referred && c.referrals.is_empty() {
            let msg = Msg::new("ops-close-needs-referral")
                .arg("case", Arg::Number(c.id))
                .arg(
                    "orgs",
                    Arg::Text(self.org_list(s.content, Some(&c.categories))),
                );
            self.say(s, Some(c.id), msg);
            return false;
        }
        true
    }

    /// The case of this step, if the operator may act on it (theirs; a waiting one is taken
    /// first and the take announced). Otherwise they are told why.
    async fn own_here(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
    ) -> Result<Option<Case>, StoreError> {
        let Some(case) = self.case_here(s) else {
            return Ok(None);
        };
        match tx.own(case, s.event.operator_id, s.name()).await? {
            Ok((c, newly)) => {
                if newly {
                    let name = s.name().to_string();
                    self.announce_take(s.content, &c, &name, &mut s.out);
                }
                Ok(Some(c))
            }
            Err(r) => {
                self.say(s, Some(case), refusal(case, r));
                Ok(None)
            }
        }
    }

    /// `/tag CATEGORY…` (or `/untag`): the case's categories; unknown ids change nothing.
    pub(super) async fn op_tag(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        ids: &[String],
        add: bool,
    ) -> Result<(), StoreError> {
        let Some(case) = self.case_here(s) else {
            return Ok(());
        };
        if ids.is_empty() {
            let msg = Msg::new("ops-tag-usage")
                .arg("categories", Arg::Text(self.category_list(s.content)));
            self.say(s, Some(case), msg);
            return Ok(());
        }
        let unknown: Vec<&str> = ids
            .iter()
            .filter(|id| s.content.categories.get(id).is_none())
            .map(String::as_str)
            .collect();
        if !unknown.is_empty() {
            let msg = Msg::new("ops-tag-unknown")
                .arg("unknown", Arg::Text(unknown.join(", ")))
                .arg("categories", Arg::Text(self.category_list(s.content)));
            self.say(s, Some(case), msg);
            return Ok(());
        }
        let Some(c) = self.own_here(tx, s).await? else {
            return Ok(());
        };
        let op = s.event.operator_id;
        if add {
            tx.tag(c.id, ids, op).await?;
        } else {
            tx.untag(c.id, ids, op).await?;
        }
        tracing::info!(
            case_id = c.id,
            operator_id = op,
            add,
            "case categories changed"
        );
        let now = tx
            .case(c.id)
            .await?
            .map(|c| c.categories)
            .unwrap_or_default();
        let msg = Msg::new("ops-tagged").arg("case", Arg::Number(c.id)).arg(
            "categories",
            Arg::Text(self.category_labels(s.content, &now)),
        );
        self.say(s, Some(c.id), msg);
        Ok(())
    }

    /// `/refer ORG`: recorded in the case, and the user gets the organisation's contact in
    /// their language. Without an organisation (or an unknown one): the list.
    pub(super) async fn op_refer(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        org: Option<&str>,
    ) -> Result<(), StoreError> {
        let Some(case) = self.case_here(s) else {
            return Ok(());
        };
        let categories = tx
            .case(case)
            .await?
            .map(|c| c.categories)
            .unwrap_or_default();
        let Some(org) = org else {
            let msg = Msg::new("ops-refer-usage").arg(
                "orgs",
                Arg::Text(self.org_list(s.content, Some(&categories))),
            );
            self.say(s, Some(case), msg);
            return Ok(());
        };
        let Some(o) = s.content.referrals.get(org).cloned() else {
            let msg = Msg::new("ops-refer-unknown")
                .arg("org", Arg::Text(org.to_string()))
                .arg(
                    "orgs",
                    Arg::Text(self.org_list(s.content, Some(&categories))),
                );
            self.say(s, Some(case), msg);
            return Ok(());
        };
        let Some(c) = self.own_here(tx, s).await? else {
            return Ok(());
        };
        let op = s.event.operator_id;
        tx.refer(c.id, &o.id, op).await?;
        tracing::info!(case_id = c.id, operator_id = op, org = %o.id, "referral sent");
        let reply = Reply {
            body: vec![
                Msg::new("referrals-intro").arg("case", Arg::Number(c.id)),
                Msg::new(o.text.clone()),
            ],
            keyboard: Vec::new(),
        };
        let msgs = self.to_user(s.content, &c, "referral", &reply);
        s.out.extend(msgs);
        let msg = Msg::new("ops-referred")
            .arg("case", Arg::Number(c.id))
            .arg("org", Arg::Text(o.name.clone()))
            .arg("contact", Arg::Text(o.contact.clone()));
        self.say(s, Some(c.id), msg);
        Ok(())
    }

    /// The pages `/send QUERY` means: the one named (`script:node`, `script/node`, or a node
    /// id only one script has), else every page whose id, keywords, title or text (in the
    /// operators' language) contains the words.
    fn pages_for(&self, content: &Content, query: &str) -> (Option<NodeRef>, Vec<NodeRef>) {
        let scripts = &content.scripts;
        let q = query.trim().to_lowercase();
        let named = q
            .split_once([':', '/'])
            .map(|(script, node)| NodeRef::new(script.trim(), node.trim()))
            .filter(|at| scripts.get(at).is_some());
        if named.is_some() {
            return (named, Vec::new());
        }
        if !q.is_empty() && !q.contains(char::is_whitespace) {
            let same_id: Vec<NodeRef> = scripts
                .nodes()
                .filter(|(_, n)| n.id == q)
                .map(|(at, _)| at)
                .collect();
            if let [one] = same_id.as_slice() {
                return (Some(one.clone()), Vec::new());
            }
        }
        let lang = self.hotline.operators_lang;
        let words: Vec<&str> = q.split_whitespace().collect();
        let found = scripts
            .nodes()
            .filter(|(at, node)| {
                if words.is_empty() {
                    return true;
                }
                let text = crate::html::to_plain(
                    &content.texts.render(lang, &Msg::new(node.text.clone())),
                );
                let hay = format!(
                    "{}:{} {} {}",
                    at.script,
                    at.node,
                    node.keywords.join(" "),
                    text
                )
                .to_lowercase();
                words.iter().all(|w| hay.contains(w))
            })
            .map(|(at, _)| at)
            .collect();
        (None, found)
    }

    /// A page's name for the operators: its title, or its text's first line.
    fn page_title(&self, content: &Content, at: &NodeRef) -> String {
        let lang = self.hotline.operators_lang;
        let Some(node) = content.scripts.get(at) else {
            return String::new();
        };
        let key = node.title.clone().unwrap_or_else(|| node.text.clone());
        let plain = crate::html::to_plain(&content.texts.render(lang, &Msg::new(key)));
        let first = plain
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default();
        super::hotline::truncate_chars(first.trim(), 60)
    }

    /// `/send NODE`: the page to the user, in their language and script, with its buttons,
    /// exactly as the bot shows it. `/send` alone, or with words that name no page: the list.
    pub(super) async fn op_send(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        query: &str,
    ) -> Result<(), StoreError> {
        let (page, found) = self.pages_for(s.content, query);
        let Some(at) = page else {
            let here = s.here;
            if found.is_empty() {
                let msg = Msg::new("ops-send-none").arg("query", Arg::Text(query.to_string()));
                self.say(s, here, msg);
                return Ok(());
            }
            let lines: Vec<String> = found
                .iter()
                .take(MAX_PAGES_LISTED)
                .map(|at| {
                    format!(
                        "{}:{} — {}",
                        at.script,
                        at.node,
                        self.page_title(s.content, at)
                    )
                })
                .collect();
            let msg = Msg::new("ops-send-list")
                .arg("count", Arg::Number(found.len() as i64))
                .arg("shown", Arg::Number(lines.len() as i64))
                .arg("pages", Arg::Text(lines.join("\n")));
            self.say(s, here, msg);
            return Ok(());
        };
        let Some(c) = self.own_here(tx, s).await? else {
            return Ok(());
        };
        let name = format!("{}:{}", at.script, at.node);
        tx.event(
            c.id,
            crate::store::hotline::NewEvent {
                kind: "sent_page",
                text: Some(&name),
                operator_id: Some(s.event.operator_id),
                ..Default::default()
            },
        )
        .await?;
        tracing::info!(case_id = c.id, page = %name, "page sent by an operator");
        let reply = node_reply(&s.content.scripts, &at);
        let msgs = self.to_user(s.content, &c, "sent_page", &reply);
        s.out.extend(msgs);
        let msg = Msg::new("ops-sent")
            .arg("case", Arg::Number(c.id))
            .arg("page", Arg::Text(name))
            .arg("title", Arg::Text(self.page_title(s.content, &at)));
        self.say(s, Some(c.id), msg);
        Ok(())
    }

    /// `/snip NAME`: a prepared text to the user, marked as from the hotline. `/snip` alone,
    /// or an unknown name: the list.
    pub(super) async fn op_snip(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        name: Option<&str>,
    ) -> Result<(), StoreError> {
        let lang = self.hotline.operators_lang;
        let names: Vec<String> = s
            .content
            .snippets
            .ids(lang.authored())
            .map(|(id, _)| {
                let text = crate::html::to_plain(
                    &s.content.snippets.render(lang, &Msg::new(id.to_string())),
                );
                format!("{id} — {}", super::hotline::truncate_chars(&text, 60))
            })
            .collect();
        let known = name.filter(|n| s.content.snippets.has(lang.authored(), n));
        let Some(name) = known else {
            let here = s.here;
            let msg = match name {
                Some(n) => Msg::new("ops-snip-unknown").arg("name", Arg::Text(n.to_string())),
                None => Msg::new("ops-snip-usage"),
            };
            let msg = msg.arg("names", Arg::Text(names.join("\n")));
            self.say(s, here, msg);
            return Ok(());
        };
        let Some(c) = self.own_here(tx, s).await? else {
            return Ok(());
        };
        let Some(chat_id) = c.chat_id else {
            return Ok(());
        };
        tx.event(
            c.id,
            crate::store::hotline::NewEvent {
                kind: "snippet",
                text: Some(name),
                operator_id: Some(s.event.operator_id),
                ..Default::default()
            },
        )
        .await?;
        tracing::info!(case_id = c.id, snippet = name, "snippet sent");
        let header = render(
            &s.content.texts,
            c.lang,
            &Reply::text(Msg::new("hotline-snippet").arg("case", Arg::Number(c.id))),
        );
        let body = render(
            &s.content.snippets,
            c.lang,
            &Reply::text(Msg::new(name.to_string())),
        );
        let rendered = super::Rendered {
            html: format!("{}\n{}", header.html, body.html),
            buttons: Vec::new(),
        };
        for mut m in split_for_telegram(chat_id, "snippet", &rendered) {
            m.case_id = Some(c.id);
            s.out.push(m);
        }
        let msg = Msg::new("ops-snipped")
            .arg("case", Arg::Number(c.id))
            .arg("name", Arg::Text(name.to_string()));
        self.say(s, Some(c.id), msg);
        Ok(())
    }

    /// `/block [HOURS] reason`: the user's messages stop reaching the operators; they are
    /// told once, with the emergency numbers, and keep the pages and the offer checker.
    pub(super) async fn op_block(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        hours: Option<u32>,
        reason: &str,
    ) -> Result<(), StoreError> {
        let Some(case) = self.case_here(s) else {
            return Ok(());
        };
        if reason.trim().is_empty() || hours == Some(0) {
            self.say(s, Some(case), Msg::new("ops-block-usage"));
            return Ok(());
        }
        let Some(c) = self.own_here(tx, s).await? else {
            return Ok(());
        };
        let Some(user_id) = c.user_id else {
            self.say(
                s,
                Some(case),
                refusal(case, crate::store::hotline::Refusal::NotFound),
            );
            return Ok(());
        };
        let until = hours.map(|h| Utc::now() + chrono::Duration::hours(i64::from(h)));
        tx.block(user_id, c.id, until, reason.trim(), s.event.operator_id)
            .await?;
        tracing::info!(
            case_id = c.id,
            operator_id = s.event.operator_id,
            hours,
            "user blocked"
        );
        // The user's country, for the emergency numbers (read outside the transaction: the
        // state cache answers it).
        let country = self.store.load_state(user_id).await?.country;
        let told = crate::core::scam_report::blocked_reply(country, true);
        let msgs = self.to_user(s.content, &c, "blocked", &told);
        s.out.extend(msgs);
        let msg = match until {
            Some(t) => Msg::new("ops-blocked-until")
                .arg("case", Arg::Number(c.id))
                .arg(
                    "until",
                    Arg::Text(t.format("%Y-%m-%d %H:%M UTC").to_string()),
                ),
            None => Msg::new("ops-blocked").arg("case", Arg::Number(c.id)),
        };
        self.say(s, Some(c.id), msg);
        Ok(())
    }

    /// `/unblock`: the user's messages reach the operators again.
    pub(super) async fn op_unblock(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
    ) -> Result<(), StoreError> {
        let Some(case) = self.case_here(s) else {
            return Ok(());
        };
        let Some(c) = tx.case(case).await? else {
            self.say(
                s,
                Some(case),
                refusal(case, crate::store::hotline::Refusal::NotFound),
            );
            return Ok(());
        };
        let unblocked = match c.user_id {
            Some(user) => tx.unblock(user, case, s.event.operator_id).await?,
            None => false,
        };
        let key = if unblocked {
            "ops-unblocked"
        } else {
            "ops-not-blocked"
        };
        tracing::info!(
            case_id = case,
            operator_id = s.event.operator_id,
            unblocked,
            "unblock"
        );
        self.say(s, Some(case), Msg::new(key).arg("case", Arg::Number(case)));
        Ok(())
    }

    /// `/mine`: the operator's open cases.
    pub(super) fn op_mine(&self, s: &mut OpStep<'_>, mine: &[Case]) {
        let now = Utc::now();
        let mut body = vec![
            Msg::new("ops-mine")
                .arg("count", Arg::Number(mine.len() as i64))
                .arg("operator", Arg::Text(s.name().to_string())),
        ];
        body.extend(mine.iter().take(30).map(|c| queue_taken_line(c, now)));
        let msgs = self.to_ops(
            s.content,
            None,
            "ops_mine",
            &Reply {
                body,
                keyboard: Vec::new(),
            },
        );
        s.out.extend(msgs);
    }

    /// `/take N` by an admin (`--admins`): the case is theirs, from whoever had it; recorded,
    /// and both are told in the case.
    pub(super) async fn op_take_over(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        asked: Option<i64>,
    ) -> Result<(), StoreError> {
        let here = s.here;
        let Some(case) = asked.or(here) else {
            self.say(s, None, Msg::new("ops-take-usage"));
            return Ok(());
        };
        let op = s.event.operator_id;
        if !self.admins.contains(&op) {
            tracing::warn!(
                operator_id = op,
                case_id = case,
                "take-over refused: not an admin"
            );
            self.say(
                s,
                here,
                Msg::new("ops-take-admins-only").arg("case", Arg::Number(case)),
            );
            return Ok(());
        }
        match tx.take_over(case, op, s.name()).await? {
            Ok((c, previous)) => {
                tracing::info!(
                    case_id = case,
                    operator_id = op,
                    "case taken over by an admin"
                );
                match previous {
                    Some(previous) => {
                        let msg = Msg::new("ops-taken-over")
                            .arg("case", Arg::Number(case))
                            .arg("operator", Arg::Text(s.name().to_string()))
                            .arg("previous", Arg::Text(previous));
                        self.say(s, Some(case), msg);
                    }
                    None => {
                        let name = s.name().to_string();
                        self.announce_take(s.content, &c, &name, &mut s.out);
                    }
                }
            }
            Err(r) => self.say(s, here, refusal(case, r)),
        }
        Ok(())
    }

    /// `/confirm N [note]` or `/reject N`: a scam report decided; confirmed contacts join
    /// the checker's list at once.
    pub(super) async fn op_decide(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        report: Option<i64>,
        confirm: bool,
        note: &str,
    ) -> Result<(), StoreError> {
        let here = s.here;
        let Some(report) = report else {
            self.say(s, here, Msg::new("ops-report-usage"));
            return Ok(());
        };
        let note = Some(note.trim()).filter(|n| !n.is_empty());
        match tx
            .decide_report(
                report,
                confirm,
                s.event.operator_id,
                s.name(),
                note,
                |names| read_names(s.content, names).0,
            )
            .await?
        {
            Ok(r) => {
                tracing::info!(
                    report_id = report,
                    operator_id = s.event.operator_id,
                    confirm,
                    "scam report decided"
                );
                // Names as the report wrote them; those that cannot be confirmed are said so.
                let (usable, refused) = read_names(s.content, &r.names);
                let contacts: Vec<String> = r
                    .contacts
                    .iter()
                    .map(|(k, v)| match k {
                        ContactKind::Name => usable
                            .iter()
                            .find(|(value, _)| value == v)
                            .map_or_else(|| v.clone(), |(_, w)| w.clone()),
                        _ => shown(*k, v),
                    })
                    .collect();
                let key = if confirm {
                    "ops-report-confirmed"
                } else {
                    "ops-report-rejected"
                };
                let msg = Msg::new(key)
                    .arg("report", Arg::Number(report))
                    .arg("contacts", Arg::Text(contacts.join("\n")))
                    .arg("operator", Arg::Text(s.name().to_string()));
                self.say(s, here, msg);
                if confirm {
                    for msg in refused {
                        self.say(s, here, msg);
                    }
                }
            }
            Err(ReportRefusal::NotFound) => {
                let msg = Msg::new("ops-report-not-found").arg("report", Arg::Number(report));
                self.say(s, here, msg);
            }
            Err(ReportRefusal::Decided(status, who)) => {
                let msg = Msg::new("ops-report-decided")
                    .arg("report", Arg::Number(report))
                    .arg("status", Arg::Text(status))
                    .arg("operator", Arg::Text(who));
                self.say(s, here, msg);
            }
        }
        Ok(())
    }

    /// `/unconfirm CONTACT`: the contact is no longer used by the checker (in any of its
    /// written forms).
    pub(super) async fn op_unconfirm(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        typed: &str,
    ) -> Result<(), StoreError> {
        let here = s.here;
        let typed = typed.trim();
        // A phone, handle or link; or a company name (a bare word may be either: a handle
        // first, then a name).
        let contact = crate::offer::confirmed::parse_contact(typed);
        let name = s.content.offer.company_name(typed).ok();
        if contact.is_none() && name.is_none() {
            let msg = if typed.is_empty() {
                Msg::new("ops-unconfirm-usage")
            } else {
                Msg::new("ops-unconfirm-unknown").arg("contact", Arg::Text(typed.to_string()))
            };
            self.say(s, here, msg);
            return Ok(());
        }
        let mut done = None;
        if let Some((kind, value)) = &contact
            && tx.unconfirm(*kind, value, s.name()).await?
        {
            done = Some(shown(*kind, value));
        }
        if done.is_none()
            && let Some(name) = &name
            && tx
                .unconfirm(ContactKind::Name, &name.value(), s.name())
                .await?
        {
            done = Some(typed.to_string());
        }
        tracing::info!(
            operator_id = s.event.operator_id,
            done = done.is_some(),
            "contact unconfirmed"
        );
        let msg = match done {
            Some(what) => Msg::new("ops-unconfirmed").arg("contact", Arg::Text(what)),
            None => {
                let what = match &contact {
                    Some((kind, value)) if name.is_none() => shown(*kind, value),
                    _ => typed.to_string(),
                };
                Msg::new("ops-unconfirm-unknown").arg("contact", Arg::Text(what))
            }
        };
        self.say(s, here, msg);
        Ok(())
    }

    /// "Report this offer", with the user's consent: the report is recorded and goes to the
    /// operators as a card; the user is thanked with its number.
    pub(super) async fn effect_report_offer(
        &self,
        tx: &mut HotlineTx,
        t: &mut HotlineTurn<'_>,
        new: &NewScamReport,
    ) -> Result<(), StoreError> {
        if self.hotline.operators_chat.is_none() {
            t.tell_user(&crate::core::hotline::unavailable_reply());
            return Ok(());
        }
        let id = tx.scam_report(new).await?;
        // No user id: the report must not say who reported.
        tracing::info!(
            report_id = id,
            contacts = new.contacts.len(),
            with_text = new.offer_text.is_some(),
            "scam report received"
        );
        let confirmed = self.store.confirmed_contacts();
        let mark = |what: String, k: ContactKind, v: &str| match confirmed.get(k, v) {
            Some(c) => format!("{what} ✓ {}", c.date),
            None => what,
        };
        let contacts: Vec<String> = new
            .contacts
            .iter()
            .filter(|(k, _)| *k != ContactKind::Name)
            .map(|(k, v)| mark(shown(*k, v), *k, v))
            .collect();
        let (usable, refused) = read_names(t.content, &new.names);
        let names: Vec<String> = new
            .names
            .iter()
            .map(|n| match usable.iter().find(|(_, w)| w == n) {
                Some((value, _)) => mark(n.clone(), ContactKind::Name, value),
                None => n.clone(),
            })
            .collect();
        let mut body = vec![
            Msg::new("ops-scam-report")
                .arg("report", Arg::Number(id))
                .arg("risk", Arg::Text(new.risk.clone()))
                .arg("lang", Arg::Text(new.lang.clone()))
                .arg(
                    "contacts",
                    Arg::Text(if contacts.is_empty() {
                        "—".into()
                    } else {
                        contacts.join("\n")
                    }),
                )
                .arg(
                    "names",
                    Arg::Text(if names.is_empty() {
                        "—".into()
                    } else {
                        names.join(", ")
                    }),
                ),
        ];
        body.extend(refused);
        if let Some(text) = &new.offer_text {
            body.push(Msg::new("ops-scam-report-text").arg("text", Arg::Text(text.clone())));
        }
        body.push(Msg::new("ops-scam-report-how").arg("report", Arg::Number(id)));
        let card: Vec<OutMessage> = self.to_ops(
            t.content,
            None,
            "scam_report",
            &Reply {
                body,
                keyboard: Vec::new(),
            },
        );
        t.out.extend(card);
        t.tell_user(&Reply {
            body: vec![Msg::new("offer-report-sent").arg("report", Arg::Number(id))],
            keyboard: vec![vec![KeyButton {
                label: Msg::new("menu-btn-main"),
                data: Callback::Action(Action::Menu).into(),
            }]],
        });
        Ok(())
    }
}
