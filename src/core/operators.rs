//! The operators' side of the hotline, as pure types: their commands in the operators' group and
//! what the adapter hands over of each of their messages. The application acts on them
//! (`app::operators`), re-checking everything against the database.

use super::input::Media;

/// An operator's command in the operators' group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpCommand {
    Queue,
    Case(Option<i64>),
    Release,
    Note(String),
    /// `/close outcome`; `None`: no outcome, or one that is not in [`CaseOutcome::CLOSING`].
    Close(Option<CaseOutcome>),
    /// `/stats`: the last 7 days in a few lines.
    Stats,
    /// `/report [YYYY-MM]`: the report as an HTML page and CSV files (this month without one).
    Report(Option<String>),
    Help,
    /// `/tag CATEGORY…`: categories of the case (none: the list).
    Tag(Vec<String>),
    /// `/untag CATEGORY…`.
    Untag(Vec<String>),
    /// `/refer ORG`: the user gets the organisation's contact (none: the list).
    Refer(Option<String>),
    /// `/send NODE` sends a page to the user; `/send` alone or with a word lists pages.
    Send(String),
    /// `/snip NAME` sends a prepared text; `/snip` alone lists them.
    Snip(Option<String>),
    /// `/block [HOURS] reason`: the user's messages stop reaching the operators.
    Block {
        hours: Option<u32>,
        reason: String,
    },
    Unblock,
    /// `/mine`: my open cases.
    Mine,
    /// `/take N`: an admin takes over a case (`None`: no number given).
    Take(Option<i64>),
    /// `/confirm N [note]`: a scam report's contacts are confirmed.
    Confirm {
        report: Option<i64>,
        note: String,
    },
    /// `/reject N`: a scam report is rejected.
    Reject(Option<i64>),
    /// `/unconfirm CONTACT`: a confirmed contact is taken off the list.
    Unconfirm(String),
    /// Not an operator command: ignored (operators also talk among themselves).
    Other,
}

impl OpCommand {
    pub fn parse(text: &str) -> Option<OpCommand> {
        let (name, args) = crate::core::input::split_command(text)?;
        Some(match name.as_str() {
            "queue" => OpCommand::Queue,
            "case" => OpCommand::Case(args.trim_start_matches('#').parse().ok()),
            "release" => OpCommand::Release,
            "note" => OpCommand::Note(args.to_string()),
            "close" => OpCommand::Close(
                CaseOutcome::parse(&args.to_ascii_lowercase())
                    .filter(|o| CaseOutcome::CLOSING.contains(o)),
            ),
            "stats" => OpCommand::Stats,
            "report" => OpCommand::Report(Some(args.trim().to_string()).filter(|a| !a.is_empty())),
            "help" | "start" => OpCommand::Help,
            "tag" => OpCommand::Tag(words(args)),
            "untag" => OpCommand::Untag(words(args)),
            "refer" => OpCommand::Refer(words(args).into_iter().next()),
            "send" => OpCommand::Send(args.trim().to_string()),
            "snip" => OpCommand::Snip(words(args).into_iter().next()),
            "block" => {
                let args = args.trim();
                let (first, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
                match first.parse::<u32>() {
                    Ok(hours) => OpCommand::Block {
                        hours: Some(hours),
                        reason: rest.trim().to_string(),
                    },
                    Err(_) => OpCommand::Block {
                        hours: None,
                        reason: args.to_string(),
                    },
                }
            }
            "unblock" => OpCommand::Unblock,
            "mine" => OpCommand::Mine,
            "take" => OpCommand::Take(number(args)),
            "confirm" => {
                let args = args.trim();
                let (first, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
                OpCommand::Confirm {
                    report: number(first),
                    note: rest.trim().to_string(),
                }
            }
            "reject" => OpCommand::Reject(number(args)),
            "unconfirm" => OpCommand::Unconfirm(args.trim().to_string()),
            _ => OpCommand::Other,
        })
    }
}

/// Ids typed after a command, lowercased (`Unpaid_Wages, violence` → both).
fn words(args: &str) -> Vec<String> {
    args.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_start_matches('#').to_lowercase())
        .collect()
}

/// A case or report number (`12`, `#12`).
fn number(args: &str) -> Option<i64> {
    args.trim()
        .trim_start_matches('#')
        .parse()
        .ok()
        .filter(|n| *n > 0)
}

/// Fluent ids of the operators' toolkit (checked in every language by `safar check`).
pub const TOOLKIT_KEYS: &[&str] = &[
    "hotline-snippet",
    "ops-help-toolkit",
    "referrals-intro",
    "ops-queue-taken",
    "ops-queue-taken-line",
    "ops-mine",
    "ops-close-needs-category",
    "ops-close-needs-referral",
    "ops-tag-usage",
    "ops-tag-unknown",
    "ops-tagged",
    "ops-refer-usage",
    "ops-refer-unknown",
    "ops-referred",
    "ops-send-none",
    "ops-send-list",
    "ops-sent",
    "ops-snip-usage",
    "ops-snip-unknown",
    "ops-snipped",
    "ops-block-usage",
    "ops-blocked",
    "ops-blocked-until",
    "ops-unblocked",
    "ops-not-blocked",
    "ops-take-usage",
    "ops-take-admins-only",
    "ops-taken-over",
    "ops-report-usage",
    "ops-report-not-found",
    "ops-report-decided",
    "ops-report-confirmed",
    "ops-report-rejected",
    "ops-unconfirm-usage",
    "ops-unconfirmed",
    "ops-unconfirm-unknown",
    "ops-scam-report",
    "ops-scam-report-text",
    "ops-scam-report-how",
    "ops-name-refused-short",
    "ops-name-refused-generic",
    "ops-name-refused-registry",
];

/// How a case ended: chosen with `/close`, or `Forgotten` (the user's `/forget`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseOutcome {
    Informed,
    Referred,
    OfferReported,
    EmergencyReferred,
    NoResponse,
    Other,
    Forgotten,
}

impl CaseOutcome {
    /// The outcomes an operator may close a case with.
    pub const CLOSING: [CaseOutcome; 6] = [
        CaseOutcome::Informed,
        CaseOutcome::Referred,
        CaseOutcome::OfferReported,
        CaseOutcome::EmergencyReferred,
        CaseOutcome::NoResponse,
        CaseOutcome::Other,
    ];

    /// As stored and typed: `informed`, `offer_reported`…
    pub fn code(self) -> &'static str {
        match self {
            CaseOutcome::Informed => "informed",
            CaseOutcome::Referred => "referred",
            CaseOutcome::OfferReported => "offer_reported",
            CaseOutcome::EmergencyReferred => "emergency_referred",
            CaseOutcome::NoResponse => "no_response",
            CaseOutcome::Other => "other",
            CaseOutcome::Forgotten => "forgotten",
        }
    }

    pub fn parse(code: &str) -> Option<CaseOutcome> {
        CaseOutcome::CLOSING
            .into_iter()
            .chain([CaseOutcome::Forgotten])
            .find(|o| o.code() == code)
    }

    /// "informed, referred, …" for the usage message.
    pub fn closing_list() -> String {
        CaseOutcome::CLOSING.map(CaseOutcome::code).join(", ")
    }
}

/// What an operator did, as the Telegram adapter hands it over.
#[derive(Debug, Clone)]
pub struct OperatorEvent {
    pub operator_id: i64,
    pub operator_name: String,
    pub message_id: i32,
    /// The forum topic the message was written in.
    pub thread_id: Option<i32>,
    /// The message it replies to (plain groups).
    pub reply_to: Option<i32>,
    pub input: OperatorInput,
    /// The caption of a photo, document… (relayed with it).
    pub caption: Option<String>,
    /// The text (or caption) with the operator's formatting and links, as Telegram HTML that
    /// was checked; `None`: plain.
    pub html: Option<String>,
}

#[derive(Debug, Clone)]
pub enum OperatorInput {
    Command(OpCommand),
    Text(String),
    /// A photo, document, voice… (copied to the user as it is).
    Media(Media),
    /// A button under a case card.
    Button(String),
    /// Written anonymously or as the group: nothing can be relayed, the operator is told why.
    Anonymous,
    /// The operator corrected a message (its new text or caption).
    Edited(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_commands() {
        assert_eq!(OpCommand::parse("/queue@safar_bot"), Some(OpCommand::Queue));
        assert_eq!(
            OpCommand::parse("/case #12"),
            Some(OpCommand::Case(Some(12)))
        );
        assert_eq!(OpCommand::parse("/case x"), Some(OpCommand::Case(None)));
        assert_eq!(
            OpCommand::parse("/note called back"),
            Some(OpCommand::Note("called back".into()))
        );
        assert_eq!(
            OpCommand::parse("/close Referred"),
            Some(OpCommand::Close(Some(CaseOutcome::Referred)))
        );
        assert_eq!(
            OpCommand::parse("/close offer_reported"),
            Some(OpCommand::Close(Some(CaseOutcome::OfferReported)))
        );
        // Not an operator's choice, or nothing at all: the usage is shown.
        assert_eq!(
            OpCommand::parse("/close forgotten"),
            Some(OpCommand::Close(None))
        );
        assert_eq!(OpCommand::parse("/close"), Some(OpCommand::Close(None)));
        assert_eq!(OpCommand::parse("/stats@safar_bot"), Some(OpCommand::Stats));
        assert_eq!(OpCommand::parse("/report"), Some(OpCommand::Report(None)));
        assert_eq!(
            OpCommand::parse("/report 2026-11"),
            Some(OpCommand::Report(Some("2026-11".into())))
        );
        assert_eq!(OpCommand::parse("hello"), None);
        assert_eq!(
            OpCommand::parse("/tag Unpaid_Wages, violence"),
            Some(OpCommand::Tag(vec![
                "unpaid_wages".into(),
                "violence".into()
            ]))
        );
        assert_eq!(OpCommand::parse("/tag"), Some(OpCommand::Tag(vec![])));
        assert_eq!(
            OpCommand::parse("/refer uae-mohre"),
            Some(OpCommand::Refer(Some("uae-mohre".into())))
        );
        assert_eq!(
            OpCommand::parse("/send russia:patent"),
            Some(OpCommand::Send("russia:patent".into()))
        );
        assert_eq!(
            OpCommand::parse("/send"),
            Some(OpCommand::Send(String::new()))
        );
        assert_eq!(OpCommand::parse("/snip"), Some(OpCommand::Snip(None)));
        assert_eq!(
            OpCommand::parse("/block 24 insults"),
            Some(OpCommand::Block {
                hours: Some(24),
                reason: "insults".into()
            })
        );
        assert_eq!(
            OpCommand::parse("/block spam again"),
            Some(OpCommand::Block {
                hours: None,
                reason: "spam again".into()
            })
        );
        assert_eq!(OpCommand::parse("/take #7"), Some(OpCommand::Take(Some(7))));
        assert_eq!(OpCommand::parse("/take"), Some(OpCommand::Take(None)));
        assert_eq!(
            OpCommand::parse("/confirm 3 seen in two cases"),
            Some(OpCommand::Confirm {
                report: Some(3),
                note: "seen in two cases".into()
            })
        );
        assert_eq!(OpCommand::parse("/reject x"), Some(OpCommand::Reject(None)));
        assert_eq!(
            OpCommand::parse("/unconfirm +998 90 123-45-67"),
            Some(OpCommand::Unconfirm("+998 90 123-45-67".into()))
        );
    }
}
