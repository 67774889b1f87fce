//! Admins' commands for the published content, as pure types: `/versions`,
//! `/rollback N`, `/export`. Uploads and the Publish / Cancel buttons are the other inputs of
//! publishing (see `app::publish`); the buttons' data is in [`super::callback`].

/// Fluent ids publishing uses (`app::publish`): `safar check` makes sure each exists in every language.
pub const PUBLISH_KEYS: &[&str] = &[
    "publish-admins-only",
    "publish-failed",
    "publish-refused-kind",
    "publish-refused-path",
    "publish-refused-ambiguous",
    "publish-refused-too-large",
    "publish-refused-bad-zip",
    "publish-refused-zip-too-large",
    "publish-refused-zip-too-many",
    "publish-refused-link",
    "publish-refused-zip-empty",
    "publish-refused-not-text",
    "publish-download-failed",
    "publish-no-change",
    "publish-preview",
    "publish-preview-skipped",
    "publish-preview-errors",
    "publish-preview-errors-more",
    "publish-preview-warnings",
    "publish-preview-warnings-other",
    "publish-preview-texts",
    "publish-preview-nodes",
    "publish-preview-buttons",
    "publish-preview-offer",
    "publish-preview-distress",
    "publish-preview-coverage",
    "publish-preview-ready",
    "publish-preview-blocked",
    "publish-btn-publish",
    "publish-btn-cancel",
    "publish-stale",
    "publish-not-yours",
    "publish-has-errors",
    "publish-rebased",
    "publish-done",
    "publish-refused-live",
    "publish-cancelled",
    "publish-versions",
    "publish-versions-none",
    "publish-versions-line",
    "publish-versions-drift",
    "publish-rollback-usage",
    "publish-rollback-unknown",
    "publish-rollback-same",
    "publish-rollback-refused",
    "publish-rolled-back",
    "publish-export",
    "publish-audit-upload",
    "publish-audit-refused",
    "publish-audit-published",
    "publish-audit-rollback",
];

/// An admin's command about the published content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishCommand {
    /// `/versions`: the numbered versions, newest first.
    Versions,
    /// `/rollback N`: publish version N again; `None` when N is missing or not a number.
    Rollback(Option<i64>),
    /// `/export`: the live content as a zip archive.
    Export,
}

impl PublishCommand {
    /// `None` for text that is not one of these commands.
    pub fn parse(text: &str) -> Option<PublishCommand> {
        let (name, args) = super::input::split_command(text)?;
        match name.as_str() {
            "versions" => Some(PublishCommand::Versions),
            "rollback" => Some(PublishCommand::Rollback(
                args.trim_start_matches('#')
                    .parse()
                    .ok()
                    .filter(|n: &i64| *n > 0),
            )),
            "export" => Some(PublishCommand::Export),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_commands() {
        assert_eq!(
            PublishCommand::parse("/versions@safar_bot"),
            Some(PublishCommand::Versions)
        );
        assert_eq!(
            PublishCommand::parse("/rollback 3"),
            Some(PublishCommand::Rollback(Some(3)))
        );
        assert_eq!(
            PublishCommand::parse("/rollback #12"),
            Some(PublishCommand::Rollback(Some(12)))
        );
        assert_eq!(
            PublishCommand::parse("/rollback"),
            Some(PublishCommand::Rollback(None))
        );
        assert_eq!(
            PublishCommand::parse("/rollback -1"),
            Some(PublishCommand::Rollback(None))
        );
        assert_eq!(
            PublishCommand::parse("/export"),
            Some(PublishCommand::Export)
        );
        assert_eq!(PublishCommand::parse("/queue"), None);
        assert_eq!(PublishCommand::parse("versions"), None);
    }
}
