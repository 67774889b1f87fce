//! The fake's HTTP side: requests parsed as teloxide sends them (JSON, form, multipart),
//! dispatched to the model, faults injected, answers recorded.

use super::*;

/// Splits `haystack` on every occurrence of `needle`.
pub(super) fn split_bytes<'a>(haystack: &'a [u8], needle: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while !needle.is_empty() && i + needle.len() <= haystack.len() {
        if &haystack[i..i + needle.len()] == needle {
            parts.push(&haystack[start..i]);
            i += needle.len();
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push(&haystack[start..]);
    parts
}

/// Keys whose values are text and must never be coerced to numbers/bools.
const TEXT_KEYS: &[&str] = &[
    "text",
    "caption",
    "data",
    "query",
    "title",
    "description",
    "short_description",
    "name",
    "url",
    "secret_token",
    "question",
    "explanation",
];
/// `*_id` keys that are numeric in the Bot API (other `*_id`s are strings).
const NUMERIC_ID_KEYS: &[&str] = &[
    "chat_id",
    "from_chat_id",
    "message_id",
    "user_id",
    "message_thread_id",
    "reply_to_message_id",
    "sender_chat_id",
];

/// Form fields arrive as strings; turn them into what the same request would
/// have carried as JSON (teloxide serializes nested values as JSON text).
pub(super) fn coerce_form_value(key: &str, raw: &str) -> Value {
    let trimmed = raw.trim();
    if (trimmed.starts_with('{') || trimmed.starts_with('['))
        && let Ok(v) = serde_json::from_str::<Value>(trimmed)
    {
        return v;
    }
    if TEXT_KEYS.contains(&key) {
        return json!(raw);
    }
    if raw == "true" || raw == "false" {
        return json!(raw == "true");
    }
    if !key.ends_with("_id") || NUMERIC_ID_KEYS.contains(&key) {
        if let Ok(n) = trimmed.parse::<i64>() {
            return json!(n);
        }
        if trimmed.contains('.')
            && let Ok(f) = trimmed.parse::<f64>()
        {
            return json!(f);
        }
    }
    json!(raw)
}

pub(super) fn parse_multipart(body: &[u8], boundary: &str, out: &mut Map<String, Value>) {
    let delimiter = format!("--{boundary}");
    for part in split_bytes(body, delimiter.as_bytes()).into_iter().skip(1) {
        if part.starts_with(b"--") {
            break; // closing delimiter
        }
        let part = part.strip_prefix(b"\r\n").unwrap_or(part);
        let part = part.strip_suffix(b"\r\n").unwrap_or(part);
        let Some(split) = part.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let headers = String::from_utf8_lossy(&part[..split]);
        let content = &part[split + 4..];
        let mut name = None;
        let mut filename = None;
        for line in headers.split("\r\n") {
            if !line.to_ascii_lowercase().starts_with("content-disposition") {
                continue;
            }
            for attr in line.split(';').map(str::trim) {
                if let Some(v) = attr.strip_prefix("name=") {
                    name = Some(v.trim_matches('"').to_owned());
                } else if let Some(v) = attr.strip_prefix("filename=") {
                    filename = Some(v.trim_matches('"').to_owned());
                }
            }
        }
        let Some(name) = name else { continue };
        let value = match filename {
            Some(filename) => super::files::uploaded_part(&filename, content),
            None => coerce_form_value(&name, &String::from_utf8_lossy(content)),
        };
        out.insert(name, value);
    }
}

pub(super) fn parse_urlencoded(raw: &[u8], out: &mut Map<String, Value>) {
    for (k, v) in url::form_urlencoded::parse(raw) {
        let value = coerce_form_value(&k, &v);
        out.insert(k.into_owned(), value);
    }
}

/// Merges query string and body (JSON, multipart or urlencoded) params.
pub(super) fn parse_params(query: Option<&str>, headers: &HeaderMap, body: &[u8]) -> Value {
    let mut out = Map::new();
    if let Some(q) = query {
        parse_urlencoded(q.as_bytes(), &mut out);
    }
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let lower = content_type.to_ascii_lowercase();
    if lower.starts_with("multipart/form-data") {
        let boundary = content_type.split(';').map(str::trim).find_map(|attr| {
            attr.strip_prefix("boundary=")
                .or_else(|| attr.strip_prefix("BOUNDARY="))
                .map(|b| b.trim_matches('"').to_owned())
        });
        if let Some(boundary) = boundary {
            parse_multipart(body, &boundary, &mut out);
        }
    } else if lower.starts_with("application/x-www-form-urlencoded") {
        parse_urlencoded(body, &mut out);
    } else if !body.iter().all(u8::is_ascii_whitespace) {
        // JSON (teloxide always sends `application/json` for file-less methods);
        // also the fallback for a missing content type.
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(obj)) => out.extend(obj),
            Ok(other) => {
                out.insert("_body".into(), other);
            }
            Err(_) => {
                out.insert("_body".into(), json!(String::from_utf8_lossy(body)));
            }
        }
    }
    Value::Object(out)
}

/// `/bot<token>/<Method>` -> (token, lowercased method). Tolerates extra
/// slashes and a path prefix.
pub(super) fn parse_path(path: &str) -> Option<(String, String)> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let pos = segments.iter().rposition(|s| s.starts_with("bot"))?;
    let token = segments[pos]
        .strip_prefix("bot")?
        .replace("%3A", ":")
        .replace("%3a", ":");
    let method = segments.get(pos + 1)?.to_ascii_lowercase();
    (segments.len() == pos + 2).then_some((token, method))
}

pub(super) async fn handle_request(
    AxState(shared): AxState<Arc<Shared>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // Pictures (OCR) first: their paths are `pictures/…`; every other download is a document.
    if let Some(download) = super::pictures::picture_download(&shared, uri.path()) {
        return download;
    }
    if let Some(response) = super::files::serve_download(&shared, uri.path()) {
        return response;
    }
    let (status, reply) = match parse_path(uri.path()) {
        None => err(404, "Not Found"),
        Some((token, method)) => {
            let params = parse_params(uri.query(), &headers, &body);
            if token != TOKEN {
                shared.record_sync(&method, params, err(401, "Unauthorized"))
            } else if method == "getupdates" {
                shared.get_updates(params).await
            } else {
                match shared.handle_sync(&method, params) {
                    Decision::Reply(reply) => reply,
                    Decision::Hang => {
                        // Hold the request open until the fake shuts down or the client
                        // gives up and drops the connection (which drops this future).
                        let mut shutdown = shared.shutdown_rx.clone();
                        let _ = shutdown.wait_for(|s| *s).await;
                        err(504, "Gateway Timeout")
                    }
                }
            }
        }
    };
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, axum::Json(reply)).into_response()
}

impl Shared {
    pub(super) fn record_sync(&self, method: &str, params: Value, reply: Reply) -> Reply {
        self.lock().record(method, params, reply.0, reply.1.clone());
        self.calls_changed.notify_waiters();
        reply
    }

    pub(super) fn handle_sync(&self, method: &str, params: Value) -> Decision {
        let (decision, queue_changed) = {
            let mut st = self.lock();
            let before = st.queue.len();
            let decision = match st.decide_fault(method, &params) {
                Some(fault) => fault,
                None => Decision::Reply(st.dispatch(method, &params)),
            };
            match &decision {
                Decision::Reply(reply) => st.record(method, params, reply.0, reply.1.clone()),
                // Recorded as status 0: the client never got an answer.
                Decision::Hang => st.record(method, params, 0, Value::Null),
            };
            (decision, st.queue.len() != before)
        };
        self.calls_changed.notify_waiters();
        if queue_changed {
            self.updates_changed.notify_waiters();
        }
        decision
    }

    pub(super) async fn get_updates(&self, params: Value) -> Reply {
        let timeout = p_i64(&params, "timeout").unwrap_or(0).max(0) as u64;
        let limit = p_i64(&params, "limit").unwrap_or(100).clamp(1, 100) as usize;
        let offset = p_i64(&params, "offset");
        let seq = {
            let mut st = self.lock();
            let early = match st.take_fault("getupdates") {
                Some(fault) => Some(fault),
                None if st.webhook.is_some() => Some(err(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
                )),
                None => None,
            };
            if let Some(reply) = early {
                st.record("getupdates", params, reply.0, reply.1.clone());
                drop(st);
                self.calls_changed.notify_waiters();
                return reply;
            }
            st.confirm(offset);
            st.record("getupdates", params, 200, Value::Null)
        };
        self.calls_changed.notify_waiters();
        // The offset may have confirmed updates.
        self.updates_changed.notify_waiters();

        let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
        let mut shutdown = self.shutdown_rx.clone();
        let mut stop = false;
        loop {
            let notified = self.updates_changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut st = self.lock();
                if !st.queue.is_empty()
                    || timeout == 0
                    || stop
                    || tokio::time::Instant::now() >= deadline
                {
                    let result: Vec<Value> = st.queue.iter().take(limit).cloned().collect();
                    let reply = ok(Value::Array(result));
                    st.calls[seq].response = reply.1.clone();
                    return reply;
                }
            }
            let woke = tokio::time::timeout_at(deadline, async {
                tokio::select! {
                    _ = &mut notified => false,
                    _ = shutdown.wait_for(|s| *s) => true,
                }
            })
            .await;
            stop = woke.unwrap_or(false);
        }
    }
}
