//! Job-offer red-flag checker (issue 3). Pure: no Telegram, no I/O beyond loading its data.
