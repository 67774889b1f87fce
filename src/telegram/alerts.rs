//! Alert jobs (issue #18) in the running bot: the recipients of an alert an admin confirmed,
//! or of a job stopped halfway (a crash, a `safar alert send` interrupted), are written to the
//! outbox chunk by chunk; delivery is woken after each chunk and sends them after the users'
//! replies (see [`super::delivery`]).

use std::sync::Arc;
use std::time::Duration;

use super::delivery::Delivery;
use crate::app::App;

/// How often unfinished jobs are looked for without being told (a job of another process).
const LOOK_EVERY: Duration = Duration::from_secs(30);

pub(super) async fn write_jobs(app: App, delivery: Arc<Delivery>) {
    loop {
        app.write_alert_jobs(|| delivery.wake()).await;
        tokio::select! {
            _ = app.alert_job_created() => {}
            _ = tokio::time::sleep(LOOK_EVERY) => {}
        }
    }
}
