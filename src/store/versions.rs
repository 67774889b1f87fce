//! Published versions of the NGO's content (`content_versions`): numbered, with who published
//! them, when, a one-line summary and the whole content as a zip archive.

use super::{Store, StoreError};

/// How a version came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionKind {
    /// The content found on disk before the first publish.
    Baseline,
    /// Files an admin uploaded.
    Upload,
    /// An earlier version published again.
    Rollback,
}

impl VersionKind {
    pub fn code(self) -> &'static str {
        match self {
            VersionKind::Baseline => "baseline",
            VersionKind::Upload => "upload",
            VersionKind::Rollback => "rollback",
        }
    }

    fn parse(code: &str) -> Result<VersionKind, StoreError> {
        match code {
            "baseline" => Ok(VersionKind::Baseline),
            "upload" => Ok(VersionKind::Upload),
            "rollback" => Ok(VersionKind::Rollback),
            other => Err(StoreError::Corrupt {
                what: "content version kind",
                code: other.to_string(),
            }),
        }
    }
}

/// A version to record.
#[derive(Debug, Clone)]
pub struct NewVersion<'a> {
    pub kind: VersionKind,
    pub admin_id: Option<i64>,
    pub admin_name: &'a str,
    pub rollback_of: Option<i64>,
    pub summary: &'a str,
    /// The whole content, zipped.
    pub files: &'a [u8],
}

/// A recorded version, without its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub id: i64,
    /// RFC 3339, UTC.
    pub published_at: String,
    pub kind: VersionKind,
    pub admin_id: Option<i64>,
    pub admin_name: String,
    pub rollback_of: Option<i64>,
    pub summary: String,
}

type Row = (
    i64,
    String,
    String,
    Option<i64>,
    String,
    Option<i64>,
    String,
);

/// [`Row`] and the files.
type RowWithFiles = (
    i64,
    String,
    String,
    Option<i64>,
    String,
    Option<i64>,
    String,
    Vec<u8>,
);

fn version(row: Row) -> Result<Version, StoreError> {
    let (id, published_at, kind, admin_id, admin_name, rollback_of, summary) = row;
    Ok(Version {
        id,
        published_at,
        kind: VersionKind::parse(&kind)?,
        admin_id,
        admin_name,
        rollback_of,
        summary,
    })
}

impl Store {
    /// Records a version; returns its number.
    pub async fn add_version(&self, new: &NewVersion<'_>) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO content_versions
                (published_at, kind, admin_id, admin_name, rollback_of, summary, files)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        )
        .bind(super::now())
        .bind(new.kind.code())
        .bind(new.admin_id)
        .bind(new.admin_name)
        .bind(new.rollback_of)
        .bind(new.summary)
        .bind(new.files)
        .fetch_one(&self.writer)
        .await?;
        Ok(id)
    }

    /// Removes a version whose files could not be put live.
    pub async fn remove_version(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM content_versions WHERE id = ?")
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// The latest versions, newest first.
    pub async fn versions(&self, limit: i64) -> Result<Vec<Version>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, published_at, kind, admin_id, admin_name, rollback_of, summary
             FROM content_versions ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.writer)
        .await?;
        rows.into_iter().map(version).collect()
    }

    /// A version and its zipped files.
    pub async fn version_files(&self, id: i64) -> Result<Option<(Version, Vec<u8>)>, StoreError> {
        let row: Option<(Row, Vec<u8>)> = sqlx::query_as::<_, RowWithFiles>(
            "SELECT id, published_at, kind, admin_id, admin_name, rollback_of, summary, files
                 FROM content_versions WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&self.writer)
        .await?
        .map(|(id, at, kind, admin, name, of, summary, files)| {
            ((id, at, kind, admin, name, of, summary), files)
        });
        match row {
            None => Ok(None),
            Some((row, files)) => Ok(Some((version(row)?, files))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn versions_are_numbered_and_kept_with_their_files() {
        let store = Store::open("sqlite::memory:").await.unwrap();
        assert!(store.versions(10).await.unwrap().is_empty());
        let base = NewVersion {
            kind: VersionKind::Baseline,
            admin_id: None,
            admin_name: "",
            rollback_of: None,
            summary: "before",
            files: b"zip-1",
        };
        assert_eq!(store.add_version(&base).await.unwrap(), 1);
        let upload = NewVersion {
            kind: VersionKind::Upload,
            admin_id: Some(7),
            admin_name: "Dilnoza",
            summary: "1 file",
            files: b"zip-2",
            ..base.clone()
        };
        assert_eq!(store.add_version(&upload).await.unwrap(), 2);
        let list = store.versions(10).await.unwrap();
        assert_eq!(list.iter().map(|v| v.id).collect::<Vec<_>>(), [2, 1]);
        assert_eq!(list[0].kind, VersionKind::Upload);
        assert_eq!(list[0].admin_id, Some(7));
        let (v, files) = store.version_files(1).await.unwrap().unwrap();
        assert_eq!(
            (v.kind, files.as_slice()),
            (VersionKind::Baseline, &b"zip-1"[..])
        );
        store.remove_version(2).await.unwrap();
        assert!(store.version_files(2).await.unwrap().is_none());
    }
}
