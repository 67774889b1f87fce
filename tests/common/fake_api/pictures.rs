//! Pictures users send (issue #19, OCR of offer screenshots): a photo or an image file whose
//! bytes the fake keeps, `getFile` for it, and the file download at
//! `/file/bot<token>/<file_path>`, as the real Bot API serves them. Kept apart from the rest
//! of the model so that another file kind can be added beside it.

use super::*;

/// The `file_path` the fake gives a file.
fn picture_path(file_id: &str) -> String {
    format!("pictures/{file_id}.jpg")
}

impl State {
    /// `getFile`: the file's metadata and the path to download it from.
    pub(super) fn picture_get_file(&self, params: &Value) -> Reply {
        let id = params
            .get("file_id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match self.picture_files.get(id) {
            Some(bytes) => ok(json!({
                "file_id": id,
                "file_unique_id": format!("{id}-u"),
                "file_size": bytes.len(),
                "file_path": picture_path(id),
            })),
            None => err(400, "Bad Request: invalid file_id"),
        }
    }
}

/// A download (`GET /file/bot<token>/<path>`), recorded as the call `download`; `None` for
/// any other request.
/// teloxide builds the address with one URL segment per part, so the `/` of the file path
/// comes percent-encoded, after an empty segment when the API URL ends with `/`.
pub(super) fn picture_download(shared: &Shared, path: &str) -> Option<Response> {
    let path = path
        .replace("%2F", "/")
        .replace("%2f", "/")
        .replace("%3A", ":");
    let rest = path.trim_start_matches('/').strip_prefix("file/")?;
    let (bot, file_path) = rest.split_once('/')?;
    let token = bot.strip_prefix("bot")?;
    // Other downloads (admins' documents) are served by `files`.
    if !file_path.starts_with("pictures/") {
        return None;
    }
    let mut st = shared.lock();
    let found = (token == TOKEN)
        .then(|| {
            st.picture_files
                .iter()
                .find(|(id, _)| picture_path(id) == file_path)
                .map(|(_, bytes)| bytes.clone())
        })
        .flatten();
    let status = if found.is_some() { 200 } else { 404 };
    st.record(
        "download",
        json!({"file_path": file_path}),
        status,
        Value::Null,
    );
    drop(st);
    shared.calls_changed.notify_waiters();
    Some(match found {
        Some(bytes) => (StatusCode::OK, bytes).into_response(),
        None => (StatusCode::NOT_FOUND, "Not Found").into_response(),
    })
}

impl FakeApi {
    /// A photo whose largest size is `bytes` (`width`×`height`), with a small thumbnail size
    /// before it, as Telegram sends photos. Returns the message id.
    pub fn send_photo_bytes(
        &self,
        user: &TestUser,
        bytes: Vec<u8>,
        width: u32,
        height: u32,
    ) -> i32 {
        let (fid, uid) = {
            let mut st = self.lock();
            let (fid, uid) = st.alloc_file("photo");
            st.picture_files.insert(fid.clone(), bytes.clone());
            st.picture_files
                .insert(format!("{fid}-s"), bytes[..bytes.len().min(100)].to_vec());
            (fid, uid)
        };
        self.send_message_json(
            user,
            json!({"photo": [
                {"file_id": format!("{fid}-s"), "file_unique_id": format!("{uid}-s"), "file_size": 100, "width": 90, "height": 60},
                {"file_id": fid, "file_unique_id": uid, "file_size": bytes.len(), "width": width, "height": height},
            ]}),
        )
    }

    /// An image sent as a file (a document with an image MIME type).
    pub fn send_image_file(&self, user: &TestUser, bytes: Vec<u8>, mime: &str) -> i32 {
        let (fid, uid) = {
            let mut st = self.lock();
            let (fid, uid) = st.alloc_file("document");
            st.picture_files.insert(fid.clone(), bytes.clone());
            (fid, uid)
        };
        self.send_message_json(
            user,
            json!({"document": {"file_id": fid, "file_unique_id": uid, "file_size": bytes.len(),
                "file_name": "offer.jpg", "mime_type": mime}}),
        )
    }
}
