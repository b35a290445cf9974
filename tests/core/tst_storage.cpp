// The SQLite file: pragmas, migrations, upgrade and refusal of what we do not know.
#include "storage/database.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace oversight;

namespace {

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(const Database& db, const QString& name) {
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("PRAGMA ") + name);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestStorage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsAtLatestVersionWithPragmas() {
        QTemporaryDir dir;
        Result<Database> db = Database::open(dir.filePath(QStringLiteral("new.db")),
                                             Database::OpenMode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        QCOMPARE(pragma(db.value(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db.value(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db.value(), QStringLiteral("busy_timeout")).toInt(), 10000);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), latestSchemaVersion());
        QVERIFY(query.exec(QStringLiteral("SELECT threshold, audit_rate FROM routing_policy")) &&
                query.next());
        QCOMPARE(query.value(0).toDouble(), 0.75);
        QCOMPARE(query.value(1).toDouble(), 0.05);
    }

    void foreignKeysAreEnforced() {
        QTemporaryDir dir;
        Result<Database> db = Database::open(dir.filePath(QStringLiteral("fk.db")),
                                             Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QSqlQuery query(db->connection());
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES ('nobody', 'admin')")));
    }

    void upgradesFromVersionOneKeepingData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Result<Database> v1 = Database::openAtVersion(path, 1);
            QVERIFY(v1.ok());
            QCOMPARE(v1->schemaVersion(), 1);
            QSqlQuery query(v1->connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO users (id, login, display_name, password_hash, created_at) "
                "VALUES ('u1', 'old', 'Old', 'x', '2026-01-01T00:00:00Z')")));
            QVERIFY(!query.exec(QStringLiteral(
                        "SELECT * FROM sqlite_schema WHERE name = 'cases_by_queue_state'")) ||
                    !query.next());
        }
        Result<Database> upgraded = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
        QCOMPARE(upgraded->schemaVersion(), latestSchemaVersion());
        QSqlQuery query(upgraded->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT login FROM users")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("old"));
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT name FROM sqlite_schema WHERE name = 'cases_by_queue_state'")) &&
                query.next());
    }

    void upgradeToVersion4KeepsEachBatchsLabels() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        {
            Result<Database> v3 = Database::openAtVersion(path, 3);
            QVERIFY(v3.ok());
            QSqlQuery query(v3->connection());
            for (const char* sql :
                 {"INSERT INTO users (id, login, display_name, password_hash, created_at) "
                  "VALUES ('u1', 'admin', 'Admin', 'x', '2026-01-01T00:00:00Z')",
                  "INSERT INTO model_versions VALUES ('m1', 'credit', '1', '2026-01-01')",
                  "INSERT INTO import_batches (seq, id, source_name, source_sha256, format, "
                  "model_version_id, threshold, audit_rate, seed, policy_overridden, "
                  "fact_columns, hidden_columns, mapping, imported_by, imported_at) VALUES "
                  "(1, 'b1', 'a.csv', 'h1', 'csv', 'm1', 0.75, 0.05, 1, 0, '[]', '[]', '{}', "
                  "'u1', '2026-01-01'), (2, 'b2', 'b.csv', 'h2', 'csv', 'm1', 0.75, 0.05, 1, "
                  "0, '[]', '[]', '{}', 'u1', '2026-01-01')",
                  "INSERT INTO cases (seq, id, external_id, batch_seq, source_row, facts, "
                  "route, queue, state) VALUES (1, 'c1', 'e1', 1, 1, '[]', 'review', "
                  "'review', 'queued'), (2, 'c2', 'e2', 1, 2, '[]', 'review', 'review', "
                  "'queued'), (3, 'c3', 'e3', 1, 3, '[]', 'review', 'review', 'queued')",
                  "INSERT INTO case_sealed (case_seq, model_label, confidence, hidden, "
                  "route_reason) VALUES (1, 'decline', 0.6, '[]', 'below_threshold'), "
                  "(2, 'approve', 0.6, '[]', 'below_threshold'), "
                  "(3, 'decline', 0.7, '[]', 'below_threshold')"})
                QVERIFY2(query.exec(QString::fromLatin1(sql)),
                         qPrintable(query.lastError().text()));
        }
        Result<Database> upgraded = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
        QSqlQuery query(upgraded->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT labels FROM import_batches ORDER BY seq")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("[\"approve\",\"decline\"]"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("[]")); // a batch without cases
    }

    void upgradeToVersion7CarriesEveryDecisionIntoTheExport() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.db"));
        {
            Result<Database> v6 = Database::openAtVersion(path, 6);
            QVERIFY(v6.ok());
            QSqlQuery query(v6->connection());
            // Two batches: the first with an automated case, an audited one and one
            // under mandatory review; the second with one automated case. Reviews
            // finalized the audited case and the mandatory one (in that order), and
            // a third review was released.
            for (const char* sql :
                 {"INSERT INTO users (id, login, display_name, password_hash, created_at) "
                  "VALUES ('u1', 'admin', 'Admin', 'x', '2026-01-01T00:00:00Z'), "
                  "('u2', 'rita', 'Rita', 'x', '2026-01-01T00:00:00Z')",
                  "INSERT INTO model_versions VALUES ('m1', 'credit', '1', '2026-01-01')",
                  "INSERT INTO import_batches (seq, id, source_name, source_sha256, format, "
                  "model_version_id, threshold, audit_rate, seed, policy_overridden, "
                  "fact_columns, hidden_columns, mapping, imported_by, imported_at) VALUES "
                  "(1, 'b1', 'a.csv', 'h1', 'csv', 'm1', 0.75, 0.05, 1, 0, '[]', '[]', '{}', "
                  "'u1', '2026-01-01T10:00:00.000Z'), (2, 'b2', 'b.csv', 'h2', 'csv', 'm1', "
                  "0.75, 0.05, 1, 0, '[]', '[]', '{}', 'u1', '2026-01-02T10:00:00.000Z')",
                  "INSERT INTO cases (seq, id, external_id, batch_seq, source_row, facts, "
                  "route, queue, state) VALUES (1, 'c1', 'e1', 1, 1, '[]', 'automated', NULL, "
                  "'automated'), (2, 'c2', 'e2', 1, 2, '[]', 'audit', 'audit', 'finalized'), "
                  "(3, 'c3', 'e3', 1, 3, '[]', 'review', 'review', 'finalized'), "
                  "(4, 'c4', 'e4', 2, 1, '[]', 'automated', NULL, 'automated')",
                  "INSERT INTO case_sealed (case_seq, model_label, confidence, hidden, "
                  "route_reason) VALUES (1, 'approve', 0.9, '[]', 'at_or_above_threshold'), "
                  "(2, 'approve', 0.95, '[]', 'audit_sample'), "
                  "(3, 'decline', 0.6, '[]', 'below_threshold'), "
                  "(4, 'decline', 0.8, '[]', 'at_or_above_threshold')",
                  "INSERT INTO reviews (seq, id, case_seq, reviewer_id, queue, status, "
                  "claimed_at, lease_expires, final_decision, finalized_at) VALUES "
                  "(1, 'r1', 3, 'u2', 'review', 'released', '2026-01-03T08:00:00.000Z', "
                  "'2026-01-03T08:15:00.000Z', NULL, NULL), "
                  "(2, 'r2', 3, 'u2', 'review', 'finalized', '2026-01-03T09:00:00.000Z', "
                  "'2026-01-03T09:15:00.000Z', 'approve', '2026-01-03T09:05:00.000Z'), "
                  "(3, 'r3', 2, 'u2', 'audit', 'finalized', '2026-01-03T08:30:00.000Z', "
                  "'2026-01-03T08:45:00.000Z', 'decline', '2026-01-03T08:40:00.000Z')"})
                QVERIFY2(query.exec(QString::fromLatin1(sql)),
                         qPrintable(query.lastError().text()));
        }
        Result<Database> upgraded = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(upgraded.ok());
        QSqlQuery query(upgraded->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT cursor, slots, decided_by, first_case_seq, decision, reviewer, decided_at, "
            "supersedes FROM decision_records ORDER BY cursor")));
        // By hand: batch 1 holds cursors 1-3 (cases 1-3), batch 2 cursor 4 (case 4);
        // then the reviews in finalization order: the audit (case 2, replacing
        // cursor 2), then the mandatory one (case 3, replacing nothing).
        const QStringList expected = {
            QStringLiteral("1|3|model|1|||2026-01-01T10:00:00.000Z|"),
            QStringLiteral("4|1|model|4|||2026-01-02T10:00:00.000Z|"),
            QStringLiteral("5|1|review|2|decline|rita|2026-01-03T08:40:00.000Z|2"),
            QStringLiteral("6|1|review|3|approve|rita|2026-01-03T09:05:00.000Z|"),
        };
        QStringList found;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < 8; ++i)
                fields << query.value(i).toString();
            found << fields.join(u'|');
        }
        QCOMPARE(found, expected);
    }

    void newerSchemaIsRefusedUntouched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            Result<Database> db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = fileHash(path);
        Result<Database> refused = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("schema version 99")),
                 qPrintable(refused.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void otherFilesAreRefusedUntouched() {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.db"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text, not a database\n");
        file.close();
        Result<Database> refused = Database::open(text, Database::OpenMode::MustExist);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("not an Oversight database")));

        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(foreign);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileHash(foreign);
        Result<Database> refusedForeign = Database::open(foreign, Database::OpenMode::MustExist);
        QVERIFY(!refusedForeign.ok());
        QVERIFY(refusedForeign.error().message.contains(QStringLiteral("another application")));
        QCOMPARE(fileHash(foreign), before);
    }

    void missingFileIsNotCreatedWhenItMustExist() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.db"));
        Result<Database> refused = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("init")));
        QVERIFY(!QFile::exists(path));
    }

    void transactionRollsBackUnlessCommitted() {
        oversight::test::TempDatabase t;
        {
            Transaction transaction(t.db());
            QVERIFY(transaction.begun());
            QSqlQuery(t.db()).exec(QStringLiteral("UPDATE routing_policy SET threshold = 0.5"));
        }
        QCOMPARE(t.value(QStringLiteral("SELECT threshold FROM routing_policy")).toDouble(), 0.75);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
