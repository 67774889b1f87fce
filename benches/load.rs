//! Load benchmark of the real bot path, against a bare teloxide echo bot in the same run.
//!
//! Run: `cargo bench --bench load` (options: `SAFAR_BENCH_USERS`, default 10000;
//! `SAFAR_BENCH_CONCURRENCY`, default 200; `SAFAR_BENCH_BURST_USERS`, default 10000;
//! `SAFAR_BENCH_FLOOD_USERS`, default 20000; `SAFAR_BENCH_FLOOD_SECS`, default 60, 0 to skip).
//!
//! Runs: the closed loop below (Safar and echo); a burst (every user's /start available at
//! once, as after a campaign post; Safar and echo, send rate off); the closed loop with 5% of
//! sends answered 500 (Safar, against its own fault-free run); and a flood of 20,000 users at
//! the default send rate, Safar's memory sampled every 5 s.
//!
//! A lean fake Bot API on 127.0.0.1 (in this process) serves synthetic users' updates through
//! getUpdates (batches of up to 100, honouring offset) and answers sends at once. Each user
//! goes through the scenario `/start` → picks a language → opens a menu item → types a
//! question; the next step is sent when the reply to the previous one arrives (closed loop,
//! at most CONCURRENCY users in conversation at a time). The bot under test is a separate
//! process: the real `safar run` binary (teloxide polling, engine, SQLite state and outbox,
//! replies with keyboards), then a bare teloxide echo bot (this same executable, started with
//! `SAFAR_BENCH_ROLE=echo`), through the same fake, with the same updates.
//!
//! Reported: updates/s, p50/p99 latency from an update served to its reply, idle and peak RSS
//! of the bot process, and time from start to first answer. The figure to keep is the ratio of
//! Safar's throughput to the echo bot's, measured in the same run. Nothing here asserts a time.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::process::Stdio;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use serde::Deserialize;
use tokio::sync::{Notify, mpsc};

/// The echo bot (this executable) gets the allocator Safar uses, so the ratio compares the
/// bots, not the allocators.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const TOKEN: &str = "4242:BENCH";
const BOT_ID: i64 = 4242;

fn main() {
    if std::env::var("SAFAR_BENCH_ROLE").as_deref() == Ok("echo") {
        safar::memory::configure();
        echo_bot();
        return;
    }
    let users: usize = env_or("SAFAR_BENCH_USERS", 10_000);
    let concurrency: usize = env_or("SAFAR_BENCH_CONCURRENCY", 200);
    let burst_users: usize = env_or("SAFAR_BENCH_BURST_USERS", 10_000);
    let flood_users: usize = env_or("SAFAR_BENCH_FLOOD_USERS", 20_000);
    let flood_secs: u64 = env_or("SAFAR_BENCH_FLOOD_SECS", 60);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let closed = Load { mode: Mode::Closed(concurrency), fail_every: 0, send_rate: 0 };
        let burst = Load { mode: Mode::Burst, fail_every: 0, send_rate: 0 };
        println!("load benchmark, closed loop: {users} users × 4 updates, {concurrency} in conversation at a time");
        let echo = run(Target::Echo, users, closed).await;
        let safar = run(Target::Safar, users, closed).await;
        println!("burst: {burst_users} users' /start all available at once");
        let echo_burst = run(Target::Echo, burst_users, burst).await;
        let safar_burst = run(Target::Safar, burst_users, burst).await;
        println!("closed loop with 5% of sendMessage answered 500");
        let safar_500 = run(Target::Safar, users, Load { fail_every: 20, ..closed }).await;
        println!();
        println!("| run | bot | updates/s | p50 ms | p99 ms | start→first answer ms | idle RSS MB | peak RSS MB |");
        println!("|---|---|---|---|---|---|---|---|");
        for (run, name, r) in [
            ("closed loop", "teloxide echo", &echo),
            ("closed loop", "safar", &safar),
            ("burst", "teloxide echo", &echo_burst),
            ("burst", "safar", &safar_burst),
            ("closed loop, 5% 500s", "safar", &safar_500),
        ] {
            println!(
                "| {run} | {name} | {:.0} | {:.2} | {:.2} | {:.0} | {:.1} | {:.1} |",
                r.throughput,
                ms(r.p50),
                ms(r.p99),
                ms(r.first_answer),
                r.idle_rss_kb as f64 / 1024.0,
                r.peak_rss_kb as f64 / 1024.0
            );
        }
        println!();
        println!(
            "closed loop: safar = {:.0}% of teloxide echo (budget ≥ 50%); p99 {:.1} ms (≤ 50); \
             peak RSS {:.1} MB (≤ 40), idle {:.1} MB (≤ 20); first answer {:.0} ms (≤ 1000)",
            100.0 * safar.throughput / echo.throughput,
            ms(safar.p99),
            safar.peak_rss_kb as f64 / 1024.0,
            safar.idle_rss_kb as f64 / 1024.0,
            ms(safar.first_answer),
        );
        println!(
            "burst: safar = {:.0}% of teloxide echo (budget ≥ 50%); peak RSS {:.1} MB (≤ 50); \
             echo's peak {:.1} MB",
            100.0 * safar_burst.throughput / echo_burst.throughput,
            safar_burst.peak_rss_kb as f64 / 1024.0,
            echo_burst.peak_rss_kb as f64 / 1024.0,
        );
        println!(
            "5% 500s: safar = {:.0}% of its fault-free throughput (budget ≥ 50%)",
            100.0 * safar_500.throughput / safar.throughput,
        );
        if flood_secs > 0 {
            println!();
            println!("flood: {flood_users} users at once, default send rate (30/s), {flood_secs} s");
            let flood = run(
                Target::Safar,
                flood_users,
                Load { mode: Mode::Flood(Duration::from_secs(flood_secs)), fail_every: 0, send_rate: 30 },
            )
            .await;
            let samples: Vec<String> = flood
                .rss_over_time
                .iter()
                .map(|(t, kb)| format!("{t} s: {:.1} MB", *kb as f64 / 1024.0))
                .collect();
            println!("flood RSS: {} (budget ≤ 50 MB, flat); peak {:.1} MB", samples.join(", "), flood.peak_rss_kb as f64 / 1024.0);
        }
    });
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    Echo,
    Safar,
}

struct Report {
    throughput: f64,
    p50: Duration,
    p99: Duration,
    first_answer: Duration,
    idle_rss_kb: u64,
    peak_rss_kb: u64,
    /// (seconds since the start, RSS kB), flood mode only.
    rss_over_time: Vec<(u64, u64)>,
}

// ---------------------------------------------------------------------------------------------
// The fake Bot API.

struct Fake {
    inner: Mutex<Inner>,
    updates: Notify,
    replies: mpsc::UnboundedSender<i64>,
    message_id: AtomicI64,
    /// Every n-th sendMessage is answered 500 (0: never).
    fail_every: i64,
    sends: AtomicI64,
}

#[derive(Default)]
struct Inner {
    next_update_id: i64,
    /// (update id, chat id, JSON, served yet)
    queue: VecDeque<(i64, i64, String, bool)>,
    /// Per chat, when each update not yet answered was first served.
    served: HashMap<i64, VecDeque<Instant>>,
    latencies: Vec<Duration>,
}

impl Fake {
    fn push(&self, chat: i64, update: impl FnOnce(i64) -> String) {
        {
            let mut inner = self.inner.lock().unwrap();
            inner.next_update_id += 1;
            let id = inner.next_update_id;
            inner.queue.push_back((id, chat, update(id), false));
        }
        self.updates.notify_one();
    }
}

#[derive(Deserialize)]
struct GetUpdates {
    offset: Option<i64>,
    limit: Option<usize>,
    timeout: Option<u64>,
}

#[derive(Deserialize)]
struct ChatOnly {
    chat_id: i64,
}

async fn api(
    State(fake): State<Arc<Fake>>,
    Path((_token, method)): Path<(String, String)>,
    body: Bytes,
) -> axum::response::Response {
    let method = method.to_ascii_lowercase();
    let json = |s: String| ([(CONTENT_TYPE, "application/json")], s).into_response();
    match method.as_str() {
        "getupdates" => {
            let params: GetUpdates = serde_json::from_slice(&body).unwrap_or(GetUpdates {
                offset: None,
                limit: None,
                timeout: None,
            });
            let deadline = tokio::time::Instant::now() + Duration::from_secs(params.timeout.unwrap_or(0));
            loop {
                let notified = fake.updates.notified();
                {
                    let mut inner = fake.inner.lock().unwrap();
                    if let Some(offset) = params.offset {
                        while inner.queue.front().is_some_and(|u| u.0 < offset) {
                            inner.queue.pop_front();
                        }
                    }
                    if !inner.queue.is_empty() || tokio::time::Instant::now() >= deadline {
                        let now = Instant::now();
                        let limit = params.limit.unwrap_or(100).clamp(1, 100);
                        let mut out = String::from("{\"ok\":true,\"result\":[");
                        let mut newly_served = Vec::new();
                        for (i, (_, chat, update, served)) in inner.queue.iter_mut().take(limit).enumerate() {
                            if i > 0 {
                                out.push(',');
                            }
                            out.push_str(update);
                            if !*served {
                                *served = true;
                                newly_served.push(*chat);
                            }
                        }
                        for chat in newly_served {
                            inner.served.entry(chat).or_default().push_back(now);
                        }
                        out.push_str("]}");
                        return json(out);
                    }
                }
                if tokio::time::timeout_at(deadline, notified).await.is_err() {
                    continue;
                }
            }
        }
        "sendmessage" => {
            let n = fake.sends.fetch_add(1, Ordering::Relaxed) + 1;
            if fake.fail_every > 0 && n % fake.fail_every == 0 {
                return (
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                    [(CONTENT_TYPE, "application/json")],
                    "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}".to_string(),
                )
                    .into_response();
            }
            let chat = serde_json::from_slice::<ChatOnly>(&body).map(|c| c.chat_id).unwrap_or(0);
            {
                let mut inner = fake.inner.lock().unwrap();
                if let Some(at) = inner.served.get_mut(&chat).and_then(VecDeque::pop_front) {
                    inner.latencies.push(at.elapsed());
                }
            }
            let _ = fake.replies.send(chat);
            let id = fake.message_id.fetch_add(1, Ordering::Relaxed);
            json(format!(
                "{{\"ok\":true,\"result\":{{\"message_id\":{id},\"date\":1700000000,\
                 \"chat\":{{\"id\":{chat},\"type\":\"private\",\"first_name\":\"U\"}},\
                 \"from\":{{\"id\":{BOT_ID},\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"bench_bot\"}},\
                 \"text\":\"ok\"}}}}"
            ))
        }
        "getme" => json(format!(
            "{{\"ok\":true,\"result\":{{\"id\":{BOT_ID},\"is_bot\":true,\"first_name\":\"Bench\",\
             \"username\":\"bench_bot\",\"can_join_groups\":true,\"can_read_all_group_messages\":false,\
             \"supports_inline_queries\":false,\"can_connect_to_business\":false,\"has_main_web_app\":false}}}}"
        )),
        "getwebhookinfo" => json(
            "{\"ok\":true,\"result\":{\"url\":\"\",\"has_custom_certificate\":false,\"pending_update_count\":0}}".into(),
        ),
        _ => json("{\"ok\":true,\"result\":true}".into()),
    }
}

fn user_json(chat: i64) -> String {
    format!(
        "{{\"id\":{chat},\"is_bot\":false,\"first_name\":\"U{chat}\",\"language_code\":\"ru\"}}"
    )
}

fn text_update(id: i64, chat: i64, text: &str) -> String {
    format!(
        "{{\"update_id\":{id},\"message\":{{\"message_id\":{id},\"date\":1700000000,\
         \"chat\":{{\"id\":{chat},\"type\":\"private\",\"first_name\":\"U{chat}\"}},\
         \"from\":{},\"text\":\"{text}\"}}}}",
        user_json(chat)
    )
}

fn button_update(id: i64, chat: i64, data: &str) -> String {
    format!(
        "{{\"update_id\":{id},\"callback_query\":{{\"id\":\"q{id}\",\"from\":{},\
         \"message\":{{\"message_id\":{id},\"date\":1700000000,\
         \"chat\":{{\"id\":{chat},\"type\":\"private\",\"first_name\":\"U{chat}\"}},\"text\":\"menu\"}},\
         \"chat_instance\":\"c{chat}\",\"data\":\"{data}\"}}}}",
        user_json(chat)
    )
}

/// The scenario's steps: `/start`, pick Russian, open "countries", ask about the patent.
fn step(fake: &Fake, chat: i64, n: usize) {
    match n {
        0 => fake.push(chat, |id| text_update(id, chat, "/start")),
        1 => fake.push(chat, |id| button_update(id, chat, "l:ru")),
        2 => fake.push(chat, |id| button_update(id, chat, "b:main/menu/1")),
        _ => fake.push(chat, |id| {
            text_update(id, chat, "Как получить патент в России?")
        }),
    }
}

const STEPS: usize = 4;

#[derive(Debug, Clone, Copy)]
enum Mode {
    /// At most this many users in conversation; each step sent when the previous is answered.
    Closed(usize),
    /// Every user's /start available at once (a campaign post), answered as fast as possible.
    Burst,
    /// Every user's /start available at once, at the default send rate, for this long: memory
    /// over time.
    Flood(Duration),
}

#[derive(Debug, Clone, Copy)]
struct Load {
    mode: Mode,
    /// Every n-th sendMessage answered 500 (0: none).
    fail_every: i64,
    /// `--send-rate` (Safar only).
    send_rate: u32,
}

async fn run(target: Target, users: usize, load: Load) -> Report {
    let (replies_tx, mut replies) = mpsc::unbounded_channel();
    let fake = Arc::new(Fake {
        inner: Mutex::new(Inner::default()),
        updates: Notify::new(),
        replies: replies_tx,
        message_id: AtomicI64::new(1),
        fail_every: load.fail_every,
        sends: AtomicI64::new(0),
    });
    let app = Router::new()
        .route("/{bot}/{method}", axum::routing::post(api).get(api))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let url = format!("http://{addr}/");
    // Routes are /bot<token>/<method>: axum sees "bot4242:BENCH" as the first segment.

    let dir = tempfile::tempdir().unwrap();
    // Warm-up user 0: its /start is waiting before the bot starts, to time start → first answer.
    let started = Instant::now();
    step(&fake, 1, 0);
    let first_chat = 1000;
    if !matches!(load.mode, Mode::Closed(_)) {
        // Everyone's first message is there before the bot starts.
        for i in 0..users {
            step(&fake, first_chat + i as i64, 0);
        }
    }
    let mut child = match target {
        Target::Safar => wrapped(env!("CARGO_BIN_EXE_safar"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("SAFAR_TOKEN", TOKEN)
            .env("SAFAR_API_URL", &url)
            .env(
                "SAFAR_DATABASE_URL",
                format!("sqlite:{}", dir.path().join("bench.db").display()),
            )
            .env("SAFAR_SEND_RATE", load.send_rate.to_string())
            .env("RUST_LOG", "error")
            .arg("run")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .unwrap(),
        Target::Echo => tokio::process::Command::new(std::env::current_exe().unwrap())
            .env("SAFAR_BENCH_ROLE", "echo")
            .env("SAFAR_API_URL", &url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .unwrap(),
    };
    let pid = child.id().unwrap();
    let first = replies.recv().await;
    if matches!(load.mode, Mode::Closed(_)) {
        assert_eq!(first, Some(1));
    }
    let first_answer = started.elapsed();
    let mut idle_rss_kb = 0;
    let mut rss_over_time = Vec::new();
    let t0;
    let answered;
    match load.mode {
        Mode::Closed(concurrency) => {
            // Let start-up work settle, then read the idle footprint.
            tokio::time::sleep(Duration::from_millis(500)).await;
            idle_rss_kb = proc_status(pid, "VmRSS:");
            fake.inner.lock().unwrap().latencies.clear();
            let mut progress: HashMap<i64, usize> = HashMap::new();
            let mut next_user = 0;
            let mut finished = 0;
            t0 = Instant::now();
            while next_user < users.min(concurrency) {
                let chat = first_chat + next_user as i64;
                progress.insert(chat, 0);
                step(&fake, chat, 0);
                next_user += 1;
            }
            while finished < users {
                let chat = replies.recv().await.expect("the fake is alive");
                let Some(done) = progress.get_mut(&chat) else {
                    continue;
                };
                *done += 1;
                if *done < STEPS {
                    step(&fake, chat, *done);
                } else {
                    progress.remove(&chat);
                    finished += 1;
                    if next_user < users {
                        let chat = first_chat + next_user as i64;
                        progress.insert(chat, 0);
                        step(&fake, chat, 0);
                        next_user += 1;
                    }
                }
            }
            answered = users * STEPS;
        }
        Mode::Burst => {
            t0 = Instant::now();
            let mut waiting: std::collections::HashSet<i64> =
                (0..users).map(|i| first_chat + i as i64).collect();
            if let Some(chat) = first {
                waiting.remove(&chat);
            }
            while !waiting.is_empty() {
                let chat = replies.recv().await.expect("the fake is alive");
                waiting.remove(&chat);
            }
            answered = users;
        }
        Mode::Flood(duration) => {
            t0 = Instant::now();
            let mut seen = 0;
            let mut tick = tokio::time::interval(Duration::from_secs(5));
            loop {
                tokio::select! {
                    r = replies.recv() => { if r.is_some() { seen += 1; } }
                    _ = tick.tick() => {
                        rss_over_time.push((t0.elapsed().as_secs(), proc_status(pid, "VmRSS:")));
                        if t0.elapsed() >= duration { break; }
                    }
                }
            }
            answered = seen;
        }
    }
    let elapsed = t0.elapsed();
    let peak_rss_kb = proc_status(pid, "VmHWM:");
    // A clean stop (profilers write their output at exit), killed if it takes too long.
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    if tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .is_err()
    {
        child.kill().await.ok();
    }
    server.abort();

    let mut latencies = std::mem::take(&mut fake.inner.lock().unwrap().latencies);
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let report = Report {
        throughput: answered as f64 / elapsed.as_secs_f64(),
        p50: pct(0.50),
        p99: pct(0.99),
        first_answer,
        idle_rss_kb,
        peak_rss_kb,
        rss_over_time,
    };
    println!(
        "{target:?} {load:?}: {answered} updates answered in {:.2} s",
        elapsed.as_secs_f64()
    );
    report
}

/// The command for `program`, behind `SAFAR_BENCH_WRAP` if set (a profiler, e.g.
/// `valgrind --tool=massif --massif-out-file=/tmp/safar.massif`).
fn wrapped(program: &str) -> tokio::process::Command {
    match std::env::var("SAFAR_BENCH_WRAP") {
        Ok(wrap) if !wrap.trim().is_empty() => {
            let mut words = wrap.split_whitespace();
            let mut cmd = tokio::process::Command::new(words.next().unwrap());
            cmd.args(words).arg(program);
            cmd
        }
        _ => tokio::process::Command::new(program),
    }
}

/// A field of /proc/<pid>/status in kB (VmRSS now, VmHWM peak).
fn proc_status(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// The baseline: a bare teloxide bot that echoes each message and answers each button press
// with its data, on the same runtime settings as safar (`#[tokio::main]`, all cores).

fn echo_bot() {
    use teloxide::prelude::*;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let url = std::env::var("SAFAR_API_URL").unwrap();
        let bot = Bot::new(TOKEN).set_api_url(url.parse().unwrap());
        let handler = dptree::entry()
            .branch(
                Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
                    bot.send_message(msg.chat.id, msg.text().unwrap_or("?").to_string())
                        .await?;
                    Ok::<(), teloxide::RequestError>(())
                }),
            )
            .branch(Update::filter_callback_query().endpoint(
                |bot: Bot, q: CallbackQuery| async move {
                    bot.answer_callback_query(q.id.clone()).await?;
                    bot.send_message(ChatId(q.from.id.0 as i64), q.data.unwrap_or_default())
                        .await?;
                    Ok::<(), teloxide::RequestError>(())
                },
            ));
        Dispatcher::builder(bot, handler).build().dispatch().await;
    });
}
