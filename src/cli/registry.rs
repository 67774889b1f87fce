//! `safar registry export [--out FILE]`: the contacts the hotline confirmed from users' scam
//! reports, in the format of `offer-registry.yaml`'s `reported_contacts:`, for the NGO to
//! review and publish.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use crate::offer::extract::ContactKind;
use crate::store::Store;
use crate::store::toolkit::ReportedContact;

#[derive(Debug, Clone, Args)]
pub struct RegistryArgs {
    #[command(subcommand)]
    pub command: RegistryCmd,
}

#[derive(Debug, Clone, Subcommand)]
pub enum RegistryCmd {
    /// Write the confirmed scam contacts as `reported_contacts:` entries of offer-registry.yaml.
    Export(ExportArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// File to write (it must not exist); without it, standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// SQLite database of the bot.
    #[arg(long, env = "SAFAR_DATABASE_URL", default_value = "sqlite:safar.db")]
    pub database: String,
}

/// A YAML double-quoted string (JSON's string syntax is valid YAML).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

/// The confirmed contacts among `rows`, as the registry file's `reported_contacts:` list.
pub fn export_yaml(rows: &[ReportedContact], today: &str) -> String {
    let confirmed: Vec<&ReportedContact> =
        rows.iter().filter(|c| c.confirmed_at.is_some()).collect();
    let mut out = format!(
        "# Contacts the Safar hotline confirmed from users' scam reports, exported {today} by\n\
         # `safar registry export`. Review them, then copy the entries under `reported_contacts:`\n\
         # in dialogues/offer-registry.yaml and run `safar check`.\n"
    );
    if confirmed.is_empty() {
        out.push_str("reported_contacts: []\n");
        return out;
    }
    out.push_str("reported_contacts:\n");
    for c in confirmed {
        let day = |s: &str| s.get(..10).unwrap_or(s).to_string();
        let confirmed_at = c.confirmed_at.as_deref().map(day).unwrap_or_default();
        let source = format!(
            "Safar hotline: reported by users {} time(s) from {} to {}, confirmed by {} on {}",
            c.times,
            day(&c.first_reported),
            day(&c.last_reported),
            c.confirmed_by_name.as_deref().unwrap_or("an operator"),
            confirmed_at
        );
        // A company name goes as a report wrote it (the checker reads any spelling the same);
        // the hotline confirmed reports of its use in scams, never a licence: it stays out of
        // `agencies:`, whose entries state a status a source gives.
        let value = match (c.kind, &c.written) {
            (ContactKind::Name, Some(written)) => written.clone(),
            _ => c.value.clone(),
        };
        if c.kind == ContactKind::Name {
            out.push_str(
                "  # A company name in users' scam reports; not a statement of its licence.\n",
            );
        }
        out.push_str(&format!(
            "  - kind: {}\n    value: {}\n    source: {}\n    reported: {}\n",
            c.kind.name(),
            quoted(&value),
            quoted(&source),
            quoted(&day(&c.last_reported)),
        ));
        if let Some(note) = c.note.as_deref().filter(|n| !n.trim().is_empty()) {
            out.push_str(&format!("    note: {}\n", quoted(note)));
        }
    }
    out
}

pub async fn run(args: &RegistryArgs) -> anyhow::Result<ExitCode> {
    match &args.command {
        RegistryCmd::Export(export) => {
            if let Some(out) = &export.out
                && out.exists()
            {
                eprintln!(
                    "safar: {} already exists; give a new file name (an export never overwrites)",
                    out.display()
                );
                return Ok(ExitCode::FAILURE);
            }
            let store = Store::open(&export.database).await?;
            let rows = store.reported_contacts().await?;
            store.close().await;
            let yaml = export_yaml(&rows, &crate::store::toolkit::today());
            match &export.out {
                Some(path) => {
                    std::fs::write(path, &yaml)?;
                    let n = rows.iter().filter(|c| c.confirmed_at.is_some()).count();
                    println!("wrote {n} confirmed contact(s) to {}", path.display());
                }
                None => print!("{yaml}"),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Diagnostics;
    use crate::offer::registry::Registry;

    fn contact(kind: ContactKind, value: &str, confirmed: bool) -> ReportedContact {
        ReportedContact {
            kind,
            value: value.into(),
            first_reported: "2026-11-30T10:00:00Z".into(),
            last_reported: "2026-12-05T09:00:00Z".into(),
            times: 3,
            confirmed_by_name: confirmed.then(|| "Aziza \"A\"".into()),
            confirmed_at: confirmed.then(|| "2026-12-06T08:00:00Z".into()),
            note: Some("Korea jobs for a fee: 'urgent'".into()),
            written: (kind == ContactKind::Name).then(|| "«Global Work» МЧЖ".into()),
        }
    }

    #[test]
    fn the_export_is_a_valid_registry_with_only_the_confirmed_contacts() {
        let rows = [
            contact(ContactKind::Phone, "+998901234567", true),
            contact(ContactKind::Handle, "fake_jobs", true),
            contact(ContactKind::Telegram, "t.me/fake_channel", true),
            contact(ContactKind::Phone, "+998909999999", false),
            contact(ContactKind::Name, "global vork", true),
        ];
        let yaml = export_yaml(&rows, "2026-12-06");
        let mut diags = Diagnostics::default();
        let registry = Registry::parse(std::path::Path::new("export.yaml"), &yaml, &mut diags)
            .unwrap_or_else(|| panic!("{diags}\n{yaml}"));
        let values: Vec<&str> = registry.reported.iter().map(|r| r.value.as_str()).collect();
        // A name is exported as the report wrote it, as a reported contact, not an agency.
        assert_eq!(
            values,
            [
                "+998901234567",
                "fake_jobs",
                "t.me/fake_channel",
                "«Global Work» МЧЖ"
            ],
            "{yaml}"
        );
        assert!(registry.agencies.is_empty(), "{yaml}");
        assert!(registry.reported[0].source.contains("3 time(s)"), "{yaml}");
        assert!(registry.reported[0].source.contains("2026-12-06"), "{yaml}");
        // The export pasted into the registry: the checker flags the name in another spelling.
        let checker = crate::offer::OfferChecker::from_sources(
            (
                std::path::Path::new("offer-rules.yaml"),
                include_str!("../../dialogues/offer-rules.yaml"),
            ),
            (std::path::Path::new("export.yaml"), &yaml),
            &mut diags,
        )
        .unwrap_or_else(|| panic!("{diags}"));
        let report = checker.check("GLOBAL WORK LLC приглашает на работу в Польшу");
        assert!(
            report.flags.iter().any(|f| f.rule == "reported_name"),
            "{:?}",
            report.flags
        );
        let empty = export_yaml(&rows[3..4], "2026-12-06");
        assert!(Registry::parse(std::path::Path::new("e.yaml"), &empty, &mut diags).is_some());
    }
}
