//! The fake's model of the Bot API: what each method does to the chats, the messages and the
//! update queue, and what it answers (strict like the real one unless told otherwise).

use super::*;

impl State {
    pub(super) fn new() -> Self {
        State {
            strict: true,
            next_update_id: 1,
            next_message_id: 1,
            next_file: 1,
            next_callback: 1,
            ..Default::default()
        }
    }

    pub(super) fn record(
        &mut self,
        method: &str,
        params: Value,
        status: u16,
        response: Value,
    ) -> usize {
        let seq = self.calls.len();
        self.calls.push(Call {
            seq,
            method: method.to_owned(),
            params,
            at: Instant::now(),
            status,
            response,
        });
        self.consumed.push(false);
        seq
    }

    pub(super) fn take_fault(&mut self, method: &str) -> Option<Reply> {
        self.faults.get_mut(method)?.pop_front()
    }

    /// The injected fault for this call, if any: queued faults first, then blocked chats,
    /// then share-based faults.
    pub(super) fn decide_fault(&mut self, method: &str, params: &Value) -> Option<Decision> {
        if let Some(reply) = self.take_fault(method) {
            return Some(Decision::Reply(reply));
        }
        if let Some(to) = p_i64(params, "chat_id").and_then(|c| self.migrated.get(&c)) {
            return Some(Decision::Reply((
                400,
                json!({"ok": false, "error_code": 400,
                       "description": "Bad Request: group chat was upgraded to a supergroup chat",
                       "parameters": {"migrate_to_chat_id": to}}),
            )));
        }
        if SEND_METHODS.contains(&method)
            && p_i64(params, "chat_id").is_some_and(|c| self.blocked_chats.contains(&c))
        {
            return Some(Decision::Reply(err(
                403,
                "Forbidden: bot was blocked by the user",
            )));
        }
        let share = self.share_faults.get_mut(method)?;
        share.seen += 1;
        if share.seen % share.every != 0 {
            return None;
        }
        Some(match &share.fault {
            Fault::Reply(status, body) => Decision::Reply((*status, body.clone())),
            Fault::Hang => Decision::Hang,
        })
    }

    pub(super) fn alloc_message_id(&mut self) -> i32 {
        let id = self.next_message_id;
        self.next_message_id += 1;
        id
    }

    pub(super) fn alloc_file(&mut self, kind: &str) -> (String, String) {
        let n = self.next_file;
        self.next_file += 1;
        (format!("{kind}-file-{n}"), format!("{kind}-uniq-{n}"))
    }

    pub(super) fn chat_json(&self, chat_id: i64) -> Value {
        if chat_id > 0 {
            let name = self
                .users
                .get(&chat_id)
                .map(|u| u.first_name.clone())
                .unwrap_or_else(|| format!("User{chat_id}"));
            json!({"id": chat_id, "type": "private", "first_name": name})
        } else if chat_id <= -1_000_000_000_000 {
            let mut chat = json!({"id": chat_id, "type": "supergroup", "title": format!("Supergroup {chat_id}")});
            if self.forums.contains(&chat_id) {
                chat["is_forum"] = json!(true);
            }
            chat
        } else {
            json!({"id": chat_id, "type": "group", "title": format!("Group {chat_id}")})
        }
    }

    pub(super) fn push_update(&mut self, mut update: Value) -> i64 {
        let id = self.next_update_id;
        self.next_update_id += 1;
        let obj = update
            .as_object_mut()
            .expect("an update must be a JSON object");
        obj.insert("update_id".into(), json!(id));
        for key in ["message", "edited_message"] {
            if let Some(msg) = obj.get(key) {
                let chat = msg
                    .get("chat")
                    .and_then(|c| c.get("id"))
                    .and_then(Value::as_i64);
                let mid = msg.get("message_id").and_then(Value::as_i64);
                if let (Some(chat), Some(mid)) = (chat, mid) {
                    self.messages.insert((chat, mid as i32), msg.clone());
                }
            }
        }
        if let Some(id) = obj
            .get("callback_query")
            .and_then(|q| q.get("id"))
            .and_then(Value::as_str)
        {
            self.open_callbacks.insert(id.to_owned());
            self.all_callbacks.insert(id.to_owned());
        }
        self.queue.push_back(update);
        id
    }

    /// Applies `getUpdates` offset semantics.
    pub(super) fn confirm(&mut self, offset: Option<i64>) {
        match offset {
            Some(offset) if offset > 0 => {
                while self
                    .queue
                    .front()
                    .and_then(|u| u["update_id"].as_i64())
                    .is_some_and(|id| id < offset)
                {
                    self.queue.pop_front();
                }
            }
            Some(offset) if offset < 0 => {
                // "-N": keep only the last N updates, forget everything before.
                let keep = offset.unsigned_abs() as usize;
                while self.queue.len() > keep {
                    self.queue.pop_front();
                }
            }
            _ => {}
        }
    }

    /// Validates an outgoing text the way Telegram would.
    pub(super) fn check_text(&self, params: &Value) -> Result<String, Reply> {
        let text = p_str(params, "text").unwrap_or_default();
        if text.trim().is_empty() {
            return Err(err(400, "Bad Request: message text is empty"));
        }
        if !self.strict {
            return Ok(text);
        }
        let parse_mode = p_str(params, "parse_mode").unwrap_or_default();
        let visible = if parse_mode.eq_ignore_ascii_case("html") {
            match parse_html(&text) {
                Ok(v) => v,
                Err(e) => return Err(err(400, &format!("Bad Request: can't parse entities: {e}"))),
            }
        } else {
            text.clone()
        };
        if visible.trim().is_empty() {
            return Err(err(400, "Bad Request: message text is empty"));
        }
        if utf16_len(&visible) > 4096 {
            return Err(err(400, "Bad Request: message is too long"));
        }
        self.check_markup(params)?;
        Ok(text)
    }

    pub(super) fn check_markup(&self, params: &Value) -> Result<(), Reply> {
        if !self.strict {
            return Ok(());
        }
        let Some(rows) = params
            .get("reply_markup")
            .and_then(|m| m.get("inline_keyboard"))
            .and_then(Value::as_array)
        else {
            return Ok(());
        };
        for button in rows.iter().filter_map(Value::as_array).flatten() {
            if let Some(data) = button.get("callback_data").and_then(Value::as_str)
                && (data.is_empty() || data.len() > 64)
            {
                return Err(err(400, "Bad Request: BUTTON_DATA_INVALID"));
            }
            if button
                .get("text")
                .and_then(Value::as_str)
                .is_none_or(str::is_empty)
            {
                return Err(err(
                    400,
                    "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
                ));
            }
        }
        Ok(())
    }

    pub(super) fn new_bot_message(
        &mut self,
        chat_id: i64,
        params: &Value,
        content: Value,
    ) -> Value {
        let id = self.alloc_message_id();
        let mut msg = json!({
            "message_id": id,
            "from": bot_user_json(),
            "chat": self.chat_json(chat_id),
            "date": now_unix(),
        });
        let obj = msg.as_object_mut().expect("object");
        if let Value::Object(content) = content {
            obj.extend(content);
        }
        if let Some(markup) = inline_markup(params) {
            obj.insert("reply_markup".into(), markup);
        }
        self.messages.insert((chat_id, id), msg.clone());
        msg
    }

    /// Puts a `message_thread_id` param into a new message (topic messages in forums).
    pub(super) fn thread_into(
        &self,
        chat_id: i64,
        params: &Value,
        content: &mut Value,
    ) -> Result<(), Reply> {
        if let Some(thread) = p_i64(params, "message_thread_id") {
            if !self.topics.contains_key(&(chat_id, thread as i32)) {
                return Err(err(400, "Bad Request: message thread not found"));
            }
            content["message_thread_id"] = json!(thread);
            content["is_topic_message"] = json!(true);
        }
        Ok(())
    }

    pub(super) fn target_message(&self, params: &Value) -> Result<(i64, i32), Reply> {
        let chat_id =
            p_i64(params, "chat_id").ok_or_else(|| err(400, "Bad Request: chat not found"))?;
        let message_id = p_i64(params, "message_id")
            .ok_or_else(|| err(400, "Bad Request: message identifier is not specified"))?;
        Ok((chat_id, message_id as i32))
    }

    /// Handles every method except `getUpdates`.
    pub(super) fn dispatch(&mut self, method: &str, params: &Value) -> Reply {
        match method {
            "getme" => ok(me_json()),
            // A picture sent for OCR, or an admin's document (two registries of files).
            "getfile"
                if params
                    .get("file_id")
                    .and_then(Value::as_str)
                    .is_some_and(|id| self.picture_files.contains_key(id)) =>
            {
                self.picture_get_file(params)
            }
            "getfile" => self.get_file(params),
            "logout" | "close" => ok(json!(true)),
            "getwebhookinfo" => {
                let mut info = json!({
                    "url": "",
                    "has_custom_certificate": false,
                    "pending_update_count": self.queue.len(),
                });
                if let Some(hook) = &self.webhook {
                    info["url"] = hook["url"].clone();
                    for key in ["max_connections", "allowed_updates"] {
                        if let Some(v) = hook.get(key) {
                            info[key] = v.clone();
                        }
                    }
                }
                ok(info)
            }
            "setwebhook" => {
                let url = p_str(params, "url").unwrap_or_default();
                if p_bool(params, "drop_pending_updates") {
                    self.queue.clear();
                }
                if url.is_empty() {
                    self.webhook = None;
                    return (
                        200,
                        json!({"ok": true, "result": true, "description": "Webhook was deleted"}),
                    );
                }
                let mut hook = params.clone();
                if let Some(obj) = hook.as_object_mut() {
                    obj.remove("certificate");
                }
                self.webhook = Some(hook);
                (
                    200,
                    json!({"ok": true, "result": true, "description": "Webhook was set"}),
                )
            }
            "deletewebhook" => {
                if p_bool(params, "drop_pending_updates") {
                    self.queue.clear();
                }
                let description = if self.webhook.take().is_some() {
                    "Webhook was deleted"
                } else {
                    "Webhook is already deleted"
                };
                (
                    200,
                    json!({"ok": true, "result": true, "description": description}),
                )
            }
            "sendmessage" => {
                let Some(chat_id) = p_i64(params, "chat_id") else {
                    return err(400, "Bad Request: chat not found");
                };
                let text = match self.check_text(params) {
                    Ok(t) => t,
                    Err(e) => return e,
                };
                let mut content = json!({"text": text});
                if let Err(e) = self.thread_into(chat_id, params, &mut content) {
                    return e;
                }
                let msg = self.new_bot_message(chat_id, params, content);
                ok(msg)
            }
            "copymessage" => {
                let (Some(chat_id), Some(from), Some(mid)) = (
                    p_i64(params, "chat_id"),
                    p_i64(params, "from_chat_id"),
                    p_i64(params, "message_id"),
                ) else {
                    return err(400, "Bad Request: chat not found");
                };
                let Some(original) = self.messages.get(&(from, mid as i32)).cloned() else {
                    return err(400, "Bad Request: message to copy not found");
                };
                let mut content = json!({});
                for key in [
                    "text", "photo", "document", "voice", "sticker", "video", "caption",
                ] {
                    if let Some(v) = original.get(key) {
                        content[key] = v.clone();
                    }
                }
                if let Some(caption) = p_str(params, "caption") {
                    if content.get("text").is_some() || content.get("sticker").is_some() {
                        return err(400, "Bad Request: message can't have a caption");
                    }
                    if self.strict
                        && p_str(params, "parse_mode")
                            .is_some_and(|m| m.eq_ignore_ascii_case("html"))
                        && let Err(e) = parse_html(&caption)
                    {
                        return err(400, &format!("Bad Request: can't parse entities: {e}"));
                    }
                    content["caption"] = json!(caption);
                }
                if let Err(e) = self.thread_into(chat_id, params, &mut content) {
                    return e;
                }
                let msg = self.new_bot_message(chat_id, params, content);
                ok(json!({"message_id": msg["message_id"]}))
            }
            "createforumtopic" => {
                let Some(chat_id) = p_i64(params, "chat_id") else {
                    return err(400, "Bad Request: chat not found");
                };
                if !self.forums.contains(&chat_id) {
                    return err(400, "Bad Request: the chat is not a forum");
                }
                let name = p_str(params, "name").unwrap_or_default();
                if name.is_empty() || name.chars().count() > 128 {
                    return err(400, "Bad Request: TOPIC_NAME_INVALID");
                }
                let thread = self.alloc_message_id();
                self.topics.insert((chat_id, thread), name.clone());
                ok(json!({"message_thread_id": thread, "name": name, "icon_color": 7322096}))
            }
            "deleteforumtopic" => {
                let (Some(chat_id), Some(thread)) =
                    (p_i64(params, "chat_id"), p_i64(params, "message_thread_id"))
                else {
                    return err(400, "Bad Request: chat not found");
                };
                match self.topics.remove(&(chat_id, thread as i32)) {
                    Some(_) => ok(json!(true)),
                    None => err(400, "Bad Request: TOPIC_ID_INVALID"),
                }
            }
            "getchat" => {
                let Some(chat_id) = p_i64(params, "chat_id") else {
                    return err(400, "Bad Request: chat not found");
                };
                let mut chat = self.chat_json(chat_id);
                chat["accent_color_id"] = json!(0);
                chat["max_reaction_count"] = json!(11);
                chat["accepted_gift_types"] = json!({
                    "unlimited_gifts": false, "limited_gifts": false,
                    "unique_gifts": false, "premium_subscription": false
                });
                ok(chat)
            }
            "getchatmember" => {
                let Some(chat_id) = p_i64(params, "chat_id") else {
                    return err(400, "Bad Request: chat not found");
                };
                let user_id = p_i64(params, "user_id").unwrap_or_default();
                let is_bot = user_id == BOT_ID;
                let user = if is_bot {
                    bot_user_json()
                } else {
                    json!({"id": user_id, "is_bot": false, "first_name": format!("User{user_id}")})
                };
                if !is_bot || self.not_admin.contains(&chat_id) {
                    return ok(json!({"status": "member", "user": user}));
                }
                ok(json!({
                    "status": "administrator", "user": user,
                    "can_be_edited": false, "is_anonymous": false, "can_manage_chat": true,
                    "can_delete_messages": true, "can_manage_video_chats": false,
                    "can_restrict_members": false, "can_promote_members": false,
                    "can_change_info": false, "can_invite_users": true, "can_post_stories": false,
                    "can_edit_stories": false, "can_delete_stories": false,
                    "can_pin_messages": true, "can_manage_topics": true
                }))
            }
            "sendphoto" | "senddocument" => {
                let Some(chat_id) = p_i64(params, "chat_id") else {
                    return err(400, "Bad Request: chat not found");
                };
                if let Err(e) = self.check_markup(params) {
                    return e;
                }
                let mut content = if method == "sendphoto" {
                    let (fid, uid) = self.alloc_file("photo");
                    json!({"photo": [
                        {"file_id": format!("{fid}-s"), "file_unique_id": format!("{uid}-s"), "width": 90, "height": 90, "file_size": 1000},
                        {"file_id": fid, "file_unique_id": uid, "width": 800, "height": 600, "file_size": 50000},
                    ]})
                } else {
                    let (fid, uid) = self.alloc_file("document");
                    json!({"document": {"file_id": fid, "file_unique_id": uid, "file_name": "file.bin", "file_size": 1000}})
                };
                if let Some(caption) = p_str(params, "caption") {
                    content["caption"] = json!(caption);
                }
                ok(self.new_bot_message(chat_id, params, content))
            }
            "editmessagetext" | "editmessagereplymarkup" => {
                if params.get("inline_message_id").is_some() {
                    return ok(json!(true));
                }
                let (chat_id, message_id) = match self.target_message(params) {
                    Ok(t) => t,
                    Err(e) => return e,
                };
                let new_text = if method == "editmessagetext" {
                    match self.check_text(params) {
                        Ok(t) => Some(t),
                        Err(e) => return e,
                    }
                } else {
                    if let Err(e) = self.check_markup(params) {
                        return e;
                    }
                    None
                };
                let strict = self.strict;
                let Some(msg) = self.messages.get_mut(&(chat_id, message_id)) else {
                    return err(400, "Bad Request: message to edit not found");
                };
                if msg["from"]["id"].as_i64() != Some(BOT_ID) {
                    return err(400, "Bad Request: message can't be edited");
                }
                let new_markup = inline_markup(params);
                if let Some(text) = &new_text {
                    if msg.get("text").is_none() {
                        return err(400, "Bad Request: there is no text in the message to edit");
                    }
                    if strict
                        && msg["text"].as_str() == Some(text.as_str())
                        && msg.get("reply_markup") == new_markup.as_ref()
                    {
                        return err(400, NOT_MODIFIED);
                    }
                    msg["text"] = json!(text);
                } else if strict && msg.get("reply_markup") == new_markup.as_ref() {
                    return err(400, NOT_MODIFIED);
                }
                let obj = msg.as_object_mut().expect("object");
                obj.insert("edit_date".into(), json!(now_unix()));
                match new_markup {
                    Some(m) => obj.insert("reply_markup".into(), m),
                    None => obj.remove("reply_markup"),
                };
                ok(msg.clone())
            }
            "deletemessage" => match self.target_message(params) {
                Err(e) => e,
                Ok(key) => match self.messages.remove(&key) {
                    Some(_) => ok(json!(true)),
                    None => err(400, "Bad Request: message to delete not found"),
                },
            },
            "deletemessages" => {
                let chat_id = p_i64(params, "chat_id").unwrap_or_default();
                for id in params["message_ids"].as_array().into_iter().flatten() {
                    if let Some(id) = id.as_i64() {
                        self.messages.remove(&(chat_id, id as i32));
                    }
                }
                ok(json!(true))
            }
            "answercallbackquery" => {
                let id = p_str(params, "callback_query_id").unwrap_or_default();
                if self.open_callbacks.remove(&id)
                    || (!self.strict && self.all_callbacks.contains(&id))
                {
                    ok(json!(true))
                } else {
                    err(
                        400,
                        "Bad Request: query is too old and response timeout expired or query id is invalid",
                    )
                }
            }
            "setmycommands" | "deletemycommands" | "getmycommands" => {
                let key = format!(
                    "{}|{}",
                    params
                        .get("scope")
                        .map(Value::to_string)
                        .unwrap_or_else(|| "default".into()),
                    p_str(params, "language_code").unwrap_or_default()
                );
                match method {
                    "setmycommands" => {
                        self.commands
                            .insert(key, params.get("commands").cloned().unwrap_or(json!([])));
                        ok(json!(true))
                    }
                    "deletemycommands" => {
                        self.commands.remove(&key);
                        ok(json!(true))
                    }
                    _ => ok(self.commands.get(&key).cloned().unwrap_or(json!([]))),
                }
            }
            "sendchataction"
            | "setmydescription"
            | "setmyshortdescription"
            | "setmyname"
            | "setchatmenubutton"
            | "setmessagereaction" => ok(json!(true)),
            _ => err(404, "Not Found: method not found"),
        }
    }
}
