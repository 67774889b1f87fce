//! Migration discipline: every migration applies on a fresh database, file names are ordered
//! and unique, and a NOT NULL column added to an existing table has a DEFAULT (otherwise the
//! migration fails on every database that already has rows).

use std::path::Path;

#[tokio::test]
async fn all_migrations_apply_to_a_fresh_database() {
    let store = safar::store::Store::open("sqlite::memory:").await.unwrap();
    let applied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(applied as usize, migration_files().len());
}

fn migration_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "sql"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn migration_names_are_versioned_and_unique() {
    let mut versions = std::collections::HashSet::new();
    for (name, _) in migration_files() {
        let version = name.split('_').next().unwrap();
        assert!(
            version.len() == 14 && version.bytes().all(|b| b.is_ascii_digit()),
            "{name}: name migrations YYYYMMDDNNNNNN_what.sql"
        );
        assert!(
            versions.insert(version.to_string()),
            "{name}: version used twice"
        );
    }
}

#[test]
fn added_not_null_columns_have_a_default() {
    for (name, sql) in migration_files() {
        let sql = sql.to_ascii_uppercase();
        for statement in sql.split(';') {
            let statement = statement.split_whitespace().collect::<Vec<_>>().join(" ");
            if statement.contains("ALTER TABLE")
                && statement.contains("ADD COLUMN")
                && statement.contains("NOT NULL")
            {
                assert!(
                    statement.contains("DEFAULT"),
                    "{name}: `{statement}` needs a DEFAULT"
                );
            }
        }
    }
}
