//! Files in the fake (issue #20, publishing from Telegram): users and operators send documents
//! whose bytes the fake keeps; `getFile` answers with a `file_path`, and
//! `GET /file/bot<token>/<file_path>` serves the bytes, as Telegram's file server does.
//! Documents the bot uploads keep their bytes too ([`FakeApi::sent_document`]).
//!
//! Kept apart from the rest of the fake: the hooks elsewhere are one line each (a field of
//! `State`, a `getfile` arm in `dispatch`, the download route in `handle_request`, and the
//! uploaded part's JSON in `parse_multipart`).

use super::*;

/// Files the fake knows: file id → (file path, bytes).
#[derive(Default)]
pub(super) struct Files {
    by_id: HashMap<String, (String, Vec<u8>)>,
    /// `getFile` answers with this size instead of the real one (to test a lying client).
    fake_sizes: HashMap<String, u64>,
}

/// Hex, so a sent file's bytes survive in the JSON params of the call log.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .filter_map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The JSON a multipart file part becomes in the call log: name, size and bytes (hex).
pub(super) fn uploaded_part(file_name: &str, content: &[u8]) -> Value {
    json!({"file_name": file_name, "size": content.len(), "hex": hex(content)})
}

impl State {
    /// Keeps `bytes` as a new file; returns the `document` object of a message.
    fn add_document(&mut self, file_name: &str, bytes: &[u8]) -> Value {
        let (fid, uid) = self.alloc_file("document");
        let path = format!("documents/{}", fid.replace("document-", ""));
        self.files.by_id.insert(fid.clone(), (path, bytes.to_vec()));
        json!({
            "file_id": fid,
            "file_unique_id": uid,
            "file_name": file_name,
            "mime_type": "application/octet-stream",
            "file_size": bytes.len(),
        })
    }

    /// `getFile`.
    pub(super) fn get_file(&self, params: &Value) -> Reply {
        let id = p_str(params, "file_id").unwrap_or_default();
        match self.files.by_id.get(&id) {
            Some((path, bytes)) => {
                let size = self
                    .files
                    .fake_sizes
                    .get(&id)
                    .copied()
                    .unwrap_or(bytes.len() as u64);
                let uid = id.replace("-file-", "-uniq-");
                ok(json!({
                    "file_id": id,
                    "file_unique_id": uid,
                    "file_size": size,
                    "file_path": path,
                }))
            }
            None => err(400, "Bad Request: invalid file_id"),
        }
    }
}

/// `GET /file/bot<token>/<file_path>`: the file's bytes (`None`: not a file URL).
pub(super) fn serve_download(shared: &Shared, path: &str) -> Option<Response> {
    let rest = path.strip_prefix("/file/bot")?;
    let (token, file_path) = rest.split_once('/')?;
    let token = token.replace("%3A", ":").replace("%3a", ":");
    // teloxide percent-encodes the path's slashes as one segment.
    let file_path = file_path.replace("%2F", "/").replace("%2f", "/");
    let mut st = shared.lock();
    let found = st
        .files
        .by_id
        .values()
        .find(|(p, _)| *p == file_path)
        .map(|(_, bytes)| bytes.clone());
    let (status, body) = match (token == TOKEN, found) {
        (false, _) => (401, Vec::new()),
        (true, None) => (404, Vec::new()),
        (true, Some(bytes)) => (200, bytes),
    };
    st.record(
        "download",
        json!({"file_path": file_path}),
        status,
        json!({"bytes": body.len()}),
    );
    drop(st);
    shared.calls_changed.notify_waiters();
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    Some((status, body).into_response())
}

impl FakeApi {
    /// `user` sends a document (`file_name`, `bytes`, an optional caption) in their private
    /// chat. Returns the message id.
    pub fn send_document(
        &self,
        user: &TestUser,
        file_name: &str,
        bytes: &[u8],
        caption: Option<&str>,
    ) -> i32 {
        let document = self.lock().add_document(file_name, bytes);
        let mut extra = json!({"document": document});
        if let Some(caption) = caption {
            extra["caption"] = json!(caption);
        }
        self.send_message_json(user, extra)
    }

    /// `user` sends a document in a group (see [`FakeApi::send_group_json`]).
    pub fn send_group_document(
        &self,
        chat_id: i64,
        user: &TestUser,
        file_name: &str,
        bytes: &[u8],
        caption: Option<&str>,
    ) -> i32 {
        let document = self.lock().add_document(file_name, bytes);
        let mut extra = json!({"document": document});
        if let Some(caption) = caption {
            extra["caption"] = json!(caption);
        }
        self.send_group_json(chat_id, user, None, None, extra)
    }

    /// The next document file the fake will create answers `getFile` with `size` (a client
    /// that understates nothing, but a server that reports a size over the limit).
    pub fn report_size_of_next_document(&self, size: u64) {
        let mut st = self.lock();
        let next = format!("document-file-{}", st.next_file);
        st.files.fake_sizes.insert(next, size);
    }

    /// The name and bytes of the file a `sendDocument` call uploaded.
    pub fn sent_document(call: &Value) -> (String, Vec<u8>) {
        let part = call["document"]
            .as_str()
            .unwrap_or_default()
            .trim_start_matches("attach://");
        let file = &call[part];
        (
            file["file_name"].as_str().unwrap_or_default().to_string(),
            unhex(file["hex"].as_str().unwrap_or_default()),
        )
    }

    /// Files downloaded by the bot so far (`file_path`s, in order).
    pub fn downloads(&self) -> Vec<String> {
        self.calls("download")
            .iter()
            .map(|p| p["file_path"].as_str().unwrap_or_default().to_string())
            .collect()
    }
}
