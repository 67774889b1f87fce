//! Publishing the NGO's content from Telegram. An admin (`--admins`) sends a
//! `.ftl` / `.yaml` file or a `.zip` of `dialogues/` and `locales/`, in a private chat or the
//! operators' group. The bot lays it over the live files in a fresh folder, checks the result
//! as `safar check` does, and answers with the problems and what would change, under Publish
//! and Cancel buttons. Publish writes the files to disk (each one renamed into place) and swaps
//! the content in with `/reload`'s swap; every publish is a numbered version in the database
//! (`/versions`, `/rollback N`), `/export` sends the live files as a zip. Uploads, publishes
//! and rollbacks are logged with the admin's id and posted as one line in the operators' group.
//!
//! Each admin has at most one candidate: later uploads are added to it (so the three
//! languages' files of a new text can be sent one by one), Cancel or Publish ends it. Two
//! admins' candidates never mix. If the live content changed between a preview and its
//! Publish, the candidate is rebuilt on the new content and shown again instead.

use std::collections::{BTreeMap, HashMap};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use futures::FutureExt as _;
use futures::future::BoxFuture;

use super::{App, Rendered, render, split_for_telegram};
use crate::content::Checked;
use crate::content::bundle::{Bundle, UploadError, UploadKind, resolve_upload, unpack_zip};
use crate::content::changes::Changes;
use crate::core::callback::Callback;
use crate::core::output::{Arg, KeyButton, Msg, Reply};
use crate::core::publish::PublishCommand;
use crate::diagnostics::Diagnostics;
use crate::lang::Lang;
use crate::store::versions::{NewVersion, VersionKind};
use crate::store::{OutMessage, OutboxRow};

/// Errors shown in the preview's message; the rest go in an attached file.
const ERRORS_SHOWN: usize = 20;
/// Warnings shown in the preview.
const WARNINGS_SHOWN: usize = 10;
/// Names shown per list (texts, nodes, buttons) in the preview.
const NAMES_SHOWN: usize = 8;
/// Versions `/versions` lists.
const VERSIONS_SHOWN: i64 = 15;

/// Fetches an upload's bytes, at most the given number (the adapter downloads the file).
pub type Fetch =
    Box<dyn FnOnce(u64) -> BoxFuture<'static, Result<Vec<u8>, FetchError>> + Send + Sync>;

/// Why an upload's bytes could not be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// Over the limit asked for.
    TooLarge,
    /// The download failed (network, Telegram).
    Failed,
}

/// A file an admin sent.
pub struct Upload {
    pub file_name: String,
    pub caption: Option<String>,
    /// The size Telegram reports, if it does.
    pub size: Option<u64>,
    pub fetch: Fetch,
}

/// What an admin did about the content.
pub enum AdminInput {
    Upload(Upload),
    Command(PublishCommand),
    /// The data of a Publish or Cancel button.
    Button(Callback),
}

/// An admin's step, as an adapter hands it over.
pub struct AdminEvent {
    pub admin_id: i64,
    pub admin_name: String,
    /// Where to answer: the private chat, or the operators' group.
    pub chat_id: i64,
    pub in_operators_chat: bool,
    pub language_code: Option<String>,
    pub input: AdminInput,
}

impl AdminEvent {
    fn kind(&self) -> &'static str {
        match &self.input {
            AdminInput::Upload(_) => "upload",
            AdminInput::Command(PublishCommand::Versions) => "versions",
            AdminInput::Command(PublishCommand::Rollback(_)) => "rollback",
            AdminInput::Command(PublishCommand::Export) => "export",
            AdminInput::Button(_) => "button",
        }
    }
}

/// An admin's candidate content.
#[derive(Clone)]
struct Candidate {
    /// In the buttons' data: this run's start time and the number (a button from before a
    /// restart never matches a candidate of this run).
    id: u64,
    /// Shown to the admin: 1, 2, 3… in this run.
    number: u64,
    /// The files the admin sent, laid over the live content.
    overlay: BTreeMap<String, Vec<u8>>,
    /// The live content it was built on.
    base: Bundle,
    /// The live content with the overlay.
    bundle: Bundle,
    /// Checked without errors.
    ok: bool,
    summary: String,
}

/// Candidates and the lock that makes publishes one at a time.
pub(crate) struct Publishing {
    /// When this run started (seconds): part of each candidate's id.
    run: u64,
    /// By admin id.
    candidates: std::sync::Mutex<HashMap<i64, Candidate>>,
    /// One admin's uploads one at a time (two admins' run side by side).
    admin_locks: std::sync::Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>,
    next: AtomicU64,
    /// Held while the live files are read, written and swapped in.
    publish: tokio::sync::Mutex<()>,
}

impl Default for Publishing {
    fn default() -> Self {
        Publishing {
            run: chrono::Utc::now().timestamp().unsigned_abs(),
            candidates: Default::default(),
            admin_locks: Default::default(),
            next: AtomicU64::new(0),
            publish: Default::default(),
        }
    }
}

impl Publishing {
    fn candidates(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Candidate>> {
        self.candidates.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn admin_lock(&self, admin: i64) -> Arc<tokio::sync::Mutex<()>> {
        self.admin_locks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(admin)
            .or_default()
            .clone()
    }
}

/// What a step sends: messages, and files.
enum Out {
    Message(OutMessage),
    Document(OutMessage, String, Vec<u8>),
}

/// Internal failures (disk, database): logged, the admin is told it failed.
type StepResult = anyhow::Result<Vec<Out>>;

/// How a publish ended.
enum Published {
    Version(i64),
    /// The files went to disk but did not load there (they were put back).
    Refused(Diagnostics),
}

impl App {
    /// Whether `user_id` is an admin (`--admins`).
    pub fn is_admin(&self, user_id: i64) -> bool {
        self.admins.contains(&user_id)
    }

    /// An admin's upload, command or button. Returns what to deliver (the answer, and a line
    /// for the operators' group). A panic or an internal error becomes a short apology.
    pub async fn handle_admin(&self, event: AdminEvent) -> Vec<OutboxRow> {
        let lang = self.admin_lang(&event).await;
        let (admin_id, chat_id, in_ops, kind) = (
            event.admin_id,
            event.chat_id,
            event.in_operators_chat,
            event.kind(),
        );
        let out = match AssertUnwindSafe(self.admin_step(event, lang))
            .catch_unwind()
            .await
        {
            Ok(Ok(out)) => out,
            Ok(Err(e)) => {
                tracing::error!(admin_id, kind, error = %e, "publishing step failed");
                self.to_admin(
                    chat_id,
                    in_ops,
                    lang,
                    &Reply::text(Msg::new("publish-failed")),
                )
            }
            Err(_) => {
                tracing::error!(admin_id, kind, "publishing step panicked");
                self.to_admin(
                    chat_id,
                    in_ops,
                    lang,
                    &Reply::text(Msg::new("publish-failed")),
                )
            }
        };
        let mut rows = Vec::new();
        for out in out {
            let queued = match out {
                Out::Message(m) => self.store.enqueue(&[m]).await,
                Out::Document(m, name, bytes) => self
                    .store
                    .enqueue_document(m, &name, &bytes)
                    .await
                    .map(|r| vec![r]),
            };
            match queued {
                Ok(r) => rows.extend(r),
                Err(e) => tracing::error!(admin_id, error = %e, "publishing answer not queued"),
            }
        }
        rows
    }

    /// The admin's language: the operators' in their group, else the admin's own.
    async fn admin_lang(&self, event: &AdminEvent) -> Lang {
        if event.in_operators_chat {
            return self.hotline.operators_lang;
        }
        let stored = self
            .store
            .load_state(event.admin_id)
            .await
            .ok()
            .and_then(|s| s.lang);
        stored
            .or_else(|| Lang::guess(event.language_code.as_deref()))
            .unwrap_or(Lang::Uz)
    }

    async fn admin_step(&self, event: AdminEvent, lang: Lang) -> StepResult {
        let to = (event.chat_id, event.in_operators_chat, lang);
        if !self.is_admin(event.admin_id) {
            tracing::info!(
                user_id = event.admin_id,
                kind = event.kind(),
                "publishing refused: not an admin"
            );
            return Ok(self.tell(to, Msg::new("publish-admins-only")));
        }
        let who = Who {
            id: event.admin_id,
            name: event.admin_name.clone(),
        };
        match event.input {
            AdminInput::Upload(upload) => self.upload(to, &who, upload).await,
            AdminInput::Command(PublishCommand::Versions) => self.versions(to).await,
            AdminInput::Command(PublishCommand::Rollback(n)) => self.rollback(to, &who, n).await,
            AdminInput::Command(PublishCommand::Export) => self.export(to, &who).await,
            AdminInput::Button(Callback::Publish(n)) => self.press_publish(to, &who, n).await,
            AdminInput::Button(Callback::CancelPublish(n)) => Ok(self.cancel(to, &who, n)),
            AdminInput::Button(_) => Ok(Vec::new()),
        }
    }

    /// A file sent: checked, laid over the live content (with the admin's earlier uploads),
    /// and previewed.
    async fn upload(&self, to: To, who: &Who, upload: Upload) -> StepResult {
        let file_name: String = upload.file_name.chars().take(120).collect();
        // Refusals are posted too: an archive with `../` in it is worth the operators' eyes.
        let refuse = |e: UploadError| {
            tracing::info!(admin_id = who.id, reason = e.code(), "upload refused");
            let mut msg = Msg::new(e.key());
            if let Some(what) = e.what() {
                msg = msg.arg("what", Arg::Text(what));
            }
            let mut out = self.tell(to, msg);
            out.extend(
                self.audit(
                    Msg::new("publish-audit-refused")
                        .arg("admin", Arg::Text(who.name.clone()))
                        .arg("admin_id", Arg::Number(who.id))
                        .arg("file", Arg::Text(file_name.clone()))
                        .arg("reason", Arg::Text(e.code().into())),
                ),
            );
            Ok(out)
        };
        let Some(kind) = UploadKind::of(&upload.file_name) else {
            return refuse(UploadError::NotContent {
                name: upload.file_name.chars().take(120).collect(),
            });
        };
        let limit = kind.limit();
        let too_large = UploadError::TooLarge {
            limit_kb: limit >> 10,
        };
        if upload.size.is_some_and(|s| s > limit) {
            return refuse(too_large);
        }
        let bytes = match (upload.fetch)(limit).await {
            Ok(bytes) => bytes,
            Err(FetchError::TooLarge) => return refuse(too_large),
            Err(FetchError::Failed) => {
                tracing::warn!(admin_id = who.id, "upload download failed");
                return Ok(self.tell(to, Msg::new("publish-download-failed")));
            }
        };
        let lock = self.publishing.admin_lock(who.id);
        let _one_at_a_time = lock.lock().await;
        let paths = self.content.paths().clone();
        let live = tokio::task::spawn_blocking(move || Bundle::read(&paths)).await??;
        let (files, skipped) = match kind {
            UploadKind::Zip => match unpack_zip(&bytes) {
                Ok(unpacked) => unpacked,
                Err(e) => return refuse(e),
            },
            UploadKind::File => {
                // The caption may say where the file goes (`ru/offer.ftl`).
                let hint = upload
                    .caption
                    .as_deref()
                    .map(str::trim)
                    .filter(|c| UploadKind::of(c) == Some(UploadKind::File))
                    .unwrap_or(&upload.file_name);
                let path = match resolve_upload(hint, &live) {
                    Ok(path) => path,
                    Err(e) => return refuse(e),
                };
                if std::str::from_utf8(&bytes).is_err() {
                    return refuse(UploadError::NotText { path });
                }
                (vec![(path, bytes)], Vec::new())
            }
        };
        let mut overlay = self
            .publishing
            .candidates()
            .get(&who.id)
            .map(|c| c.overlay.clone())
            .unwrap_or_default();
        let names: Vec<String> = files.iter().map(|(p, _)| p.clone()).collect();
        overlay.extend(files);
        let mut out = Vec::new();
        let Some(candidate) = self
            .build(to, who, overlay, live, &skipped, &mut out)
            .await?
        else {
            return Ok(out);
        };
        tracing::info!(
            admin_id = who.id,
            candidate = candidate.number,
            files = names.len(),
            ok = candidate.ok,
            "content uploaded"
        );
        out.extend(
            self.audit(
                Msg::new("publish-audit-upload")
                    .arg("admin", Arg::Text(who.name.clone()))
                    .arg("admin_id", Arg::Number(who.id))
                    .arg("candidate", Arg::Number(candidate.number as i64))
                    .arg("files", Arg::Text(names.join(", ")))
                    .arg(
                        "ok",
                        Arg::Text(if candidate.ok { "yes" } else { "no" }.into()),
                    ),
            ),
        );
        Ok(out)
    }

    /// Builds and checks a candidate (live + overlay), keeps it as the admin's, and adds its
    /// preview to `out`. `None` when the overlay changes nothing (the admin is told).
    async fn build(
        &self,
        to: To,
        who: &Who,
        overlay: BTreeMap<String, Vec<u8>>,
        live: Bundle,
        skipped: &[String],
        out: &mut Vec<Out>,
    ) -> anyhow::Result<Option<Candidate>> {
        let mut bundle = live.clone();
        for (path, bytes) in &overlay {
            bundle.put(path.clone(), bytes.clone());
        }
        let candidate_files = bundle.clone();
        let checked =
            tokio::task::spawn_blocking(move || Checked::bundle(&candidate_files)).await??;
        let current = self.content.get();
        let changes = Changes::between((&live, &current), &bundle, checked.content.as_ref());
        if changes.is_empty() {
            self.publishing.candidates().remove(&who.id);
            out.extend(self.tell(to, Msg::new("publish-no-change")));
            return Ok(None);
        }
        let number = self.publishing.next.fetch_add(1, Ordering::Relaxed) + 1;
        let candidate = Candidate {
            id: self.publishing.run * 1_000_000 + number,
            number,
            overlay,
            base: live,
            bundle,
            ok: checked.content.is_some(),
            summary: changes.one_line(),
        };
        out.extend(self.preview(to, &candidate, &checked.diags, &changes, skipped));
        self.publishing
            .candidates()
            .insert(who.id, candidate.clone());
        Ok(Some(candidate))
    }

    /// The preview: problems, changes, coverage, and the buttons.
    fn preview(
        &self,
        to: To,
        candidate: &Candidate,
        diags: &Diagnostics,
        changes: &Changes,
        skipped: &[String],
    ) -> Vec<Out> {
        let files = changes
            .files
            .iter()
            .map(|(mark, path)| format!("{mark} {path}"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut body = vec![
            Msg::new("publish-preview")
                .arg("candidate", Arg::Number(candidate.number as i64))
                .arg("count", Arg::Number(changes.files.len() as i64))
                .arg("files", Arg::Text(files)),
        ];
        if !skipped.is_empty() {
            body.push(
                Msg::new("publish-preview-skipped").arg("names", Arg::Text(skipped.join(", "))),
            );
        }
        let errors: Vec<String> = diags.errors().map(ToString::to_string).collect();
        let mut attachment = None;
        if !errors.is_empty() {
            body.push(
                Msg::new("publish-preview-errors")
                    .arg("count", Arg::Number(errors.len() as i64))
                    .arg(
                        "list",
                        Arg::Text(errors[..errors.len().min(ERRORS_SHOWN)].join("\n")),
                    ),
            );
            if errors.len() > ERRORS_SHOWN {
                body.push(
                    Msg::new("publish-preview-errors-more")
                        .arg("more", Arg::Number((errors.len() - ERRORS_SHOWN) as i64)),
                );
                attachment = Some(errors.join("\n") + "\n");
            }
        }
        // Warnings in the files the upload changes are listed; the others only counted.
        let touched = |d: &&crate::diagnostics::Diagnostic| {
            changes
                .files
                .iter()
                .any(|(_, p)| d.path == std::path::Path::new(p))
        };
        let warnings: Vec<String> = diags
            .warnings()
            .filter(touched)
            .map(ToString::to_string)
            .collect();
        let others = diags.warnings().count() - warnings.len();
        if !warnings.is_empty() {
            body.push(
                Msg::new("publish-preview-warnings")
                    .arg("count", Arg::Number(warnings.len() as i64))
                    .arg(
                        "list",
                        Arg::Text(warnings[..warnings.len().min(WARNINGS_SHOWN)].join("\n")),
                    ),
            );
        }
        if others > 0 {
            body.push(
                Msg::new("publish-preview-warnings-other").arg("count", Arg::Number(others as i64)),
            );
        }
        body.extend(change_lines(changes));
        let (footer, keyboard) = if candidate.ok {
            (
                "publish-preview-ready",
                vec![vec![
                    button("publish-btn-publish", Callback::Publish(candidate.id)),
                    button("publish-btn-cancel", Callback::CancelPublish(candidate.id)),
                ]],
            )
        } else {
            (
                "publish-preview-blocked",
                vec![vec![button(
                    "publish-btn-cancel",
                    Callback::CancelPublish(candidate.id),
                )]],
            )
        };
        body.push(Msg::new(footer));
        let mut out = self.to_admin(to.0, to.1, to.2, &Reply { body, keyboard });
        if let Some(text) = attachment {
            let (chat, in_ops, _) = to;
            let mut m = OutMessage::new(chat, "document", String::new(), Vec::new());
            m.to_operators = in_ops;
            out.push(Out::Document(
                m,
                format!("candidate-{}-errors.txt", candidate.number),
                text.into_bytes(),
            ));
        }
        out
    }

    /// The Publish button: the admin's own candidate, without errors, goes live.
    async fn press_publish(&self, to: To, who: &Who, n: u64) -> StepResult {
        let lock = self.publishing.admin_lock(who.id);
        let _one_at_a_time = lock.lock().await;
        let candidate = match self.find_candidate(to, who, n) {
            Ok(c) => c,
            Err(out) => return Ok(out),
        };
        if !candidate.ok {
            return Ok(self.tell(to, Msg::new("publish-has-errors")));
        }
        let guard = self.publishing.publish.lock().await;
        let paths = self.content.paths().clone();
        let live = tokio::task::spawn_blocking(move || Bundle::read(&paths)).await??;
        if live != candidate.base {
            // Someone published (or the files changed on disk) since the preview: the same
            // uploads on top of what is live now, shown again.
            drop(guard);
            let mut out = self.tell(to, Msg::new("publish-rebased"));
            self.build(to, who, candidate.overlay, live, &[], &mut out)
                .await?;
            tracing::info!(
                admin_id = who.id,
                candidate = candidate.number,
                "candidate rebuilt on new content"
            );
            return Ok(out);
        }
        let published = self
            .put_live(
                &candidate.bundle,
                &live,
                who,
                VersionKind::Upload,
                None,
                &candidate.summary,
            )
            .await?;
        drop(guard);
        self.publishing.candidates().remove(&who.id);
        match published {
            Published::Version(v) => {
                tracing::info!(admin_id = who.id, version = v, "content published");
                let mut out =
                    self.tell(to, Msg::new("publish-done").arg("version", Arg::Number(v)));
                out.extend(
                    self.audit(
                        Msg::new("publish-audit-published")
                            .arg("admin", Arg::Text(who.name.clone()))
                            .arg("admin_id", Arg::Number(who.id))
                            .arg("version", Arg::Number(v))
                            .arg("summary", Arg::Text(candidate.summary.clone())),
                    ),
                );
                Ok(out)
            }
            Published::Refused(diags) => Ok(self.refused_live(to, &diags)),
        }
    }

    /// The candidate `n` if it is the admin's own and still current; otherwise what to say.
    fn find_candidate(&self, to: To, who: &Who, n: u64) -> Result<Candidate, Vec<Out>> {
        let candidates = self.publishing.candidates();
        match candidates.iter().find(|(_, c)| c.id == n) {
            None => Err(self.tell(to, Msg::new("publish-stale"))),
            Some((owner, _)) if *owner != who.id => {
                Err(self.tell(to, Msg::new("publish-not-yours")))
            }
            Some((_, c)) => Ok(c.clone()),
        }
    }

    /// The Cancel button: the admin's candidate is dropped.
    fn cancel(&self, to: To, who: &Who, n: u64) -> Vec<Out> {
        let candidate = match self.find_candidate(to, who, n) {
            Ok(c) => c,
            Err(out) => return out,
        };
        self.publishing.candidates().remove(&who.id);
        tracing::info!(
            admin_id = who.id,
            candidate = candidate.number,
            "candidate cancelled"
        );
        self.tell(
            to,
            Msg::new("publish-cancelled").arg("candidate", Arg::Number(candidate.number as i64)),
        )
    }

    /// Records the version, writes the files, and swaps them in as `/reload` does. The
    /// caller holds the publish lock and has just read `live` from disk. If the written files
    /// do not load (they were checked a moment ago, so this is rare: a date passed, a disk
    /// error), the previous files are put back and the version is removed.
    async fn put_live(
        &self,
        bundle: &Bundle,
        live: &Bundle,
        who: &Who,
        kind: VersionKind,
        rollback_of: Option<i64>,
        summary: &str,
    ) -> anyhow::Result<Published> {
        // The files as they are now, if no version has them (before the first publish, or
        // after an edit on the server): kept first, so they can be rolled back to.
        if self.latest_files().await?.as_ref() != Some(live) {
            let files = live.to_zip();
            self.store
                .add_version(&NewVersion {
                    kind: VersionKind::Baseline,
                    admin_id: None,
                    admin_name: "",
                    rollback_of: None,
                    summary: "",
                    files: &files,
                })
                .await?;
        }
        let files = bundle.to_zip();
        let version = self
            .store
            .add_version(&NewVersion {
                kind,
                admin_id: Some(who.id),
                admin_name: &who.name,
                rollback_of,
                summary,
                files: &files,
            })
            .await?;
        let (paths, new, old) = (self.content.paths().clone(), bundle.clone(), live.clone());
        let content = self.content.clone();
        let result =
            tokio::task::spawn_blocking(move || -> std::io::Result<Option<Diagnostics>> {
                if let Err(e) = new.install(&paths, &old) {
                    let _ = old.install(&paths, &new);
                    return Err(e);
                }
                match content.reload() {
                    Ok(_) => Ok(None),
                    Err(diags) => {
                        old.install(&paths, &new)?;
                        let _ = content.reload();
                        Ok(Some(diags))
                    }
                }
            })
            .await?;
        match result {
            Ok(None) => Ok(Published::Version(version)),
            Ok(Some(diags)) => {
                self.store.remove_version(version).await?;
                Ok(Published::Refused(diags))
            }
            Err(e) => {
                self.store.remove_version(version).await?;
                Err(e.into())
            }
        }
    }

    fn refused_live(&self, to: To, diags: &Diagnostics) -> Vec<Out> {
        tracing::warn!(
            errors = diags.errors().count(),
            "published files did not load; put back"
        );
        let list: Vec<String> = diags
            .errors()
            .take(ERRORS_SHOWN)
            .map(|d| d.to_string())
            .collect();
        self.tell(
            to,
            Msg::new("publish-refused-live").arg("list", Arg::Text(list.join("\n"))),
        )
    }

    /// `/versions`: the latest versions, newest (live) first.
    async fn versions(&self, to: To) -> StepResult {
        let list = self.store.versions(VERSIONS_SHOWN).await?;
        if list.is_empty() {
            return Ok(self.tell(to, Msg::new("publish-versions-none")));
        }
        let paths = self.content.paths().clone();
        let live = tokio::task::spawn_blocking(move || Bundle::read(&paths)).await??;
        let current = self.latest_files().await?.as_ref() == Some(&live);
        let mut body = vec![Msg::new("publish-versions")];
        for (i, v) in list.iter().enumerate() {
            let who = match v.admin_id {
                Some(id) if v.admin_name.is_empty() => id.to_string(),
                Some(id) => format!("{} ({id})", v.admin_name),
                None => String::new(),
            };
            body.push(
                Msg::new("publish-versions-line")
                    .arg("version", Arg::Number(v.id))
                    .arg(
                        "live",
                        Arg::Text(if i == 0 && current { "yes" } else { "no" }.into()),
                    )
                    .arg("when", Arg::Text(short_time(&v.published_at)))
                    .arg("kind", Arg::Text(v.kind.code().into()))
                    .arg("of", Arg::Number(v.rollback_of.unwrap_or(0)))
                    .arg("admin", Arg::Text(who))
                    .arg("summary", Arg::Text(v.summary.clone())),
            );
        }
        if !current {
            body.push(Msg::new("publish-versions-drift"));
        }
        Ok(self.to_admin(
            to.0,
            to.1,
            to.2,
            &Reply {
                body,
                keyboard: Vec::new(),
            },
        ))
    }

    /// The files of the latest version, if there is one.
    async fn latest_files(&self) -> anyhow::Result<Option<Bundle>> {
        let Some(latest) = self.store.versions(1).await?.first().map(|v| v.id) else {
            return Ok(None);
        };
        let Some((_, zipped)) = self.store.version_files(latest).await? else {
            return Ok(None);
        };
        Ok(Some(Bundle::from_zip(&zipped).map_err(|e| {
            anyhow::anyhow!("version {latest} is not a readable archive: {}", e.code())
        })?))
    }

    /// `/rollback N`: version N, checked again, published as a new version.
    async fn rollback(&self, to: To, who: &Who, n: Option<i64>) -> StepResult {
        let Some(n) = n else {
            return Ok(self.tell(to, Msg::new("publish-rollback-usage")));
        };
        let Some((_, zipped)) = self.store.version_files(n).await? else {
            return Ok(self.tell(
                to,
                Msg::new("publish-rollback-unknown").arg("version", Arg::Number(n)),
            ));
        };
        let bundle = Bundle::from_zip(&zipped)
            .map_err(|e| anyhow::anyhow!("version {n} is not a readable archive: {}", e.code()))?;
        let guard = self.publishing.publish.lock().await;
        let paths = self.content.paths().clone();
        let live = tokio::task::spawn_blocking(move || Bundle::read(&paths)).await??;
        if live == bundle {
            return Ok(self.tell(
                to,
                Msg::new("publish-rollback-same").arg("version", Arg::Number(n)),
            ));
        }
        let candidate = bundle.clone();
        let checked = tokio::task::spawn_blocking(move || Checked::bundle(&candidate)).await??;
        let Some(content) = &checked.content else {
            let errors: Vec<String> = checked.diags.errors().map(ToString::to_string).collect();
            tracing::info!(
                admin_id = who.id,
                version = n,
                errors = errors.len(),
                "rollback refused"
            );
            return Ok(self.tell(
                to,
                Msg::new("publish-rollback-refused")
                    .arg("version", Arg::Number(n))
                    .arg("count", Arg::Number(errors.len() as i64))
                    .arg(
                        "list",
                        Arg::Text(errors[..errors.len().min(ERRORS_SHOWN)].join("\n")),
                    ),
            ));
        };
        let current = self.content.get();
        let changes = Changes::between((&live, &current), &bundle, Some(content));
        let summary = changes.one_line();
        let published = self
            .put_live(
                &bundle,
                &live,
                who,
                VersionKind::Rollback,
                Some(n),
                &summary,
            )
            .await?;
        drop(guard);
        let v = match published {
            Published::Version(v) => v,
            Published::Refused(diags) => return Ok(self.refused_live(to, &diags)),
        };
        tracing::info!(
            admin_id = who.id,
            version = v,
            rollback_of = n,
            "content rolled back"
        );
        let mut body = vec![
            Msg::new("publish-rolled-back")
                .arg("version", Arg::Number(v))
                .arg("of", Arg::Number(n)),
        ];
        body.extend(change_lines(&changes));
        let mut out = self.to_admin(
            to.0,
            to.1,
            to.2,
            &Reply {
                body,
                keyboard: Vec::new(),
            },
        );
        out.extend(
            self.audit(
                Msg::new("publish-audit-rollback")
                    .arg("admin", Arg::Text(who.name.clone()))
                    .arg("admin_id", Arg::Number(who.id))
                    .arg("version", Arg::Number(v))
                    .arg("of", Arg::Number(n)),
            ),
        );
        Ok(out)
    }

    /// `/export`: the live files as a zip.
    async fn export(&self, to: To, who: &Who) -> StepResult {
        let paths = self.content.paths().clone();
        let live = tokio::task::spawn_blocking(move || Bundle::read(&paths)).await??;
        let version = self.store.versions(1).await?.first().map_or(0, |v| v.id);
        let zipped = live.to_zip();
        let today = chrono::Utc::now().format("%Y-%m-%d");
        let name = if version > 0 {
            format!("safar-content-v{version}-{today}.zip")
        } else {
            format!("safar-content-{today}.zip")
        };
        let caption = self.content.get().texts.render(
            to.2,
            &Msg::new("publish-export")
                .arg("files", Arg::Number(live.len() as i64))
                .arg("version", Arg::Number(version)),
        );
        let mut m = OutMessage::new(to.0, "document", caption, Vec::new());
        m.to_operators = to.1;
        tracing::info!(admin_id = who.id, files = live.len(), "content exported");
        Ok(vec![Out::Document(m, name, zipped)])
    }

    /// One message to the admin.
    fn tell(&self, to: To, msg: Msg) -> Vec<Out> {
        self.to_admin(to.0, to.1, to.2, &Reply::text(msg))
    }

    fn to_admin(&self, chat: i64, in_ops: bool, lang: Lang, reply: &Reply) -> Vec<Out> {
        let content = self.content.get();
        let rendered: Rendered = render(&content.texts, lang, reply);
        split_for_telegram(chat, "admin", &rendered)
            .into_iter()
            .map(|mut m| {
                m.to_operators = in_ops;
                Out::Message(m)
            })
            .collect()
    }

    /// One line for the operators' group (when there is one).
    fn audit(&self, msg: Msg) -> Vec<Out> {
        if self.operators.is_none() {
            return Vec::new();
        }
        let content = self.content.get();
        let html = content.texts.render(self.hotline.operators_lang, &msg);
        let mut m = OutMessage::new(self.ops_chat(), "ops_audit", html, Vec::new());
        m.to_operators = true;
        vec![Out::Message(m)]
    }
}

/// Where to answer: chat, whether it is the operators' group, language.
type To = (i64, bool, Lang);

/// The admin acting.
struct Who {
    id: i64,
    name: String,
}

fn button(label: &'static str, data: Callback) -> KeyButton {
    KeyButton {
        label: Msg::new(label),
        data: data.into(),
    }
}

/// `2026-12-06T04:15:00Z` → `2026-12-06 04:15 UTC`.
fn short_time(rfc3339: &str) -> String {
    match rfc3339.get(..16) {
        Some(t) => format!("{} UTC", t.replace('T', " ")),
        None => rfc3339.to_string(),
    }
}

/// At most [`NAMES_SHOWN`] names, then "…".
fn some(names: &[String], mark: &str) -> Vec<String> {
    let mut out: Vec<String> = names
        .iter()
        .take(NAMES_SHOWN)
        .map(|n| format!("{mark}{n}"))
        .collect();
    if names.len() > NAMES_SHOWN {
        out.push(format!("{mark}… (+{})", names.len() - NAMES_SHOWN));
    }
    out
}

/// The change summary as messages: texts per language, nodes, buttons, rules, phrases,
/// coverage.
fn change_lines(changes: &Changes) -> Vec<Msg> {
    let mut body = Vec::new();
    for (lang, c) in &changes.texts {
        let mut names = some(&c.added, "+ ");
        names.extend(some(&c.changed, "~ "));
        names.extend(some(&c.removed, "- "));
        body.push(
            Msg::new("publish-preview-texts")
                .arg("lang", Arg::Text(lang.code().into()))
                .arg("added", Arg::Number(c.added.len() as i64))
                .arg("changed", Arg::Number(c.changed.len() as i64))
                .arg("removed", Arg::Number(c.removed.len() as i64))
                .arg("names", Arg::Text(names.join("\n"))),
        );
    }
    if !changes.nodes_added.is_empty() || !changes.nodes_removed.is_empty() {
        let mut names = some(&changes.nodes_added, "+ ");
        names.extend(some(&changes.nodes_removed, "- "));
        body.push(
            Msg::new("publish-preview-nodes")
                .arg("added", Arg::Number(changes.nodes_added.len() as i64))
                .arg("removed", Arg::Number(changes.nodes_removed.len() as i64))
                .arg("names", Arg::Text(names.join("\n"))),
        );
    }
    if !changes.buttons_added.is_empty() || !changes.buttons_removed.is_empty() {
        let mut names = some(&changes.buttons_added, "+ ");
        names.extend(some(&changes.buttons_removed, "- "));
        body.push(
            Msg::new("publish-preview-buttons")
                .arg("added", Arg::Number(changes.buttons_added.len() as i64))
                .arg("removed", Arg::Number(changes.buttons_removed.len() as i64))
                .arg("names", Arg::Text(names.join("\n"))),
        );
    }
    if let Some(((r0, c0, a0), (r1, c1, a1))) = changes.offer {
        body.push(
            Msg::new("publish-preview-offer")
                .arg("rules-before", Arg::Number(r0 as i64))
                .arg("rules", Arg::Number(r1 as i64))
                .arg("combos-before", Arg::Number(c0 as i64))
                .arg("combos", Arg::Number(c1 as i64))
                .arg("agencies-before", Arg::Number(a0 as i64))
                .arg("agencies", Arg::Number(a1 as i64)),
        );
    }
    if let Some(((p0, h0), (p1, h1))) = changes.distress {
        body.push(
            Msg::new("publish-preview-distress")
                .arg("before", Arg::Number(p0 as i64))
                .arg("after", Arg::Number(p1 as i64))
                .arg("harm-before", Arg::Number(h0 as i64))
                .arg("harm", Arg::Number(h1 as i64)),
        );
    }
    if !changes.coverage.is_empty() {
        let list = changes
            .coverage
            .iter()
            .map(|(lang, have, total)| {
                let pct = (have * 100).checked_div(*total).unwrap_or(100);
                format!("{lang} {have}/{total} ({pct}%)")
            })
            .collect::<Vec<_>>()
            .join(", ");
        body.push(Msg::new("publish-preview-coverage").arg("list", Arg::Text(list)));
    }
    body
}
