//! The operators' `/stats` (the last 7 days in a few lines) and `/report [YYYY-MM]` (the
//! month's HTML page and CSV files as documents) in their group.

use chrono::{Datelike, Duration, NaiveDate, Utc};

use super::report::{Report, ReportRequest, render_csv, render_html, render_stats};
use super::{App, Rendered, split_for_telegram};
use crate::core::operators::{OpCommand, OperatorEvent, OperatorInput};
use crate::core::output::{Arg, Msg};
use crate::store::{OutMessage, OutboxRow, StoreError};

/// The first and last day of the month `YYYY-MM`; this month so far without one.
pub fn month_period(arg: Option<&str>, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let first = match arg {
        None => today.with_day(1)?,
        Some(m) => NaiveDate::parse_from_str(&format!("{}-01", m.trim()), "%Y-%m-%d").ok()?,
    };
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)?
    };
    Some((first, (next - Duration::days(1)).min(today.max(first))))
}

impl App {
    pub(super) async fn stats_command(
        &self,
        event: &OperatorEvent,
    ) -> Result<Vec<OutboxRow>, StoreError> {
        let today = Utc::now().date_naive();
        match &event.input {
            OperatorInput::Command(OpCommand::Report(month)) => {
                match month_period(month.as_deref(), today) {
                    Some((from, to)) => self.post_report(from, to).await,
                    None => {
                        let content = self.content.get();
                        let lang = self.hotline.operators_lang;
                        let html = content.texts.render(lang, &Msg::new("report-stats-usage"));
                        self.store.enqueue(&self.ops_text(html)).await
                    }
                }
            }
            _ => {
                let req = self.report_request(today - Duration::days(6), today);
                let report = Report::load(&self.store, &req).await?;
                let content = self.content.get();
                let html = render_stats(&report, &content.texts, self.hotline.operators_lang);
                tracing::info!(operator_id = event.operator_id, "stats posted");
                self.store.enqueue(&self.ops_text(html)).await
            }
        }
    }

    /// `--monthly-report`: on the 1st (UTC), last month's report to the operators' group,
    /// once (a restart the same day does not post it again).
    pub async fn monthly_report(&self) -> Vec<OutboxRow> {
        self.monthly_report_on(Utc::now().date_naive()).await
    }

    /// [`App::monthly_report`] as if today were `today`.
    pub async fn monthly_report_on(&self, today: NaiveDate) -> Vec<OutboxRow> {
        if !self.hotline.monthly_report || self.hotline.operators_chat.is_none() || today.day() != 1
        {
            return Vec::new();
        }
        let last = today - Duration::days(1);
        let Some(first) = last.with_day(1) else {
            return Vec::new();
        };
        let result = async {
            if !self
                .store
                .claim_monthly_report(today, &first.format("%Y-%m").to_string())
                .await?
            {
                return Ok(Vec::new());
            }
            self.post_report(first, last).await
        };
        match result.await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(error = %e, "monthly report failed");
                Vec::new()
            }
        }
    }

    fn report_request(&self, from: NaiveDate, to: NaiveDate) -> ReportRequest {
        ReportRequest {
            from,
            to,
            campaign: None,
            office: self.hotline.office,
        }
    }

    fn ops_text(&self, html: String) -> Vec<OutMessage> {
        let rendered = Rendered {
            html,
            buttons: Vec::new(),
        };
        split_for_telegram(self.ops_chat(), "ops_stats", &rendered)
            .into_iter()
            .map(|mut m| {
                m.to_operators = true;
                m
            })
            .collect()
    }

    /// The report of `from`..=`to` to the operators' group: the HTML page (with a caption),
    /// then one CSV file per table.
    pub async fn post_report(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<OutboxRow>, StoreError> {
        let mut report = Report::load(&self.store, &self.report_request(from, to)).await?;
        let content = self.content.get();
        let lang = self.hotline.operators_lang;
        report.name_ids(&content, lang);
        let caption = content.texts.render(
            lang,
            &Msg::new("report-sent")
                .arg("from", Arg::Text(from.to_string()))
                .arg("to", Arg::Text(to.to_string())),
        );
        let page = render_html(&report, &content.texts, lang);
        let stem = format!("safar-{from}-{to}");
        let mut message = OutMessage::new(self.ops_chat(), "document", String::new(), vec![]);
        message.to_operators = true;
        let mut rows = Vec::new();
        let mut first = message.clone();
        first.html = caption;
        rows.push(
            self.store
                .enqueue_document(first, &format!("{stem}.html"), page.as_bytes())
                .await?,
        );
        for (name, bytes) in render_csv(&report) {
            rows.push(
                self.store
                    .enqueue_document(message.clone(), &format!("{stem}-{name}"), &bytes)
                    .await?,
            );
        }
        tracing::info!(%from, %to, files = rows.len(), "report posted");
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            month_period(Some("2026-11"), today),
            Some((d(2026, 11, 1), d(2026, 11, 30)))
        );
        assert_eq!(month_period(None, today), Some((d(2026, 12, 1), today)));
        assert_eq!(
            month_period(Some("2025-12"), today),
            Some((d(2025, 12, 1), d(2025, 12, 31)))
        );
        assert_eq!(month_period(Some("2026-13"), today), None);
        assert_eq!(month_period(Some("november"), today), None);
    }
}
