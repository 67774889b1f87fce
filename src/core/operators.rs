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
            _ => OpCommand::Other,
        })
    }
}

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
    }
}
