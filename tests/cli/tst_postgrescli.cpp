// PostgreSQL through the real oversight-cli executable, against the throwaway
// server CTest starts: the same demo data gives the same metrics on both engines;
// migrate copies an SQLite database and its chain verifies on arrival; the
// application role may only append to the audit trail; connection errors are
// clear; a newer schema is refused untouched.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <cmath>

using namespace oversight;
using namespace oversight::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList& arguments, const QByteArray& stdinText = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OVERSIGHT_PASSWORD"));
    env.remove(QStringLiteral("OVERSIGHT_DB"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OVERSIGHT_CLI_PATH), arguments);
    process.write(stdinText);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000))
        qFatal("oversight-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// A demo batch with a simulated review history; returns demo-admin's password.
QString demo(const QString& location) {
    const Run run =
        cli({QStringLiteral("--db"), location, QStringLiteral("demo"), QStringLiteral("--cases"),
             QStringLiteral("3000"), QStringLiteral("--reviews"), QStringLiteral("4000"),
             QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")});
    if (run.exitCode != 0)
        qFatal("demo failed: %s", run.err.constData());
    return run.json()
        .value(QStringLiteral("accounts"))
        .toObject()
        .value(QStringLiteral("demo-admin"))
        .toString();
}

Run asAdmin(const QString& location, const QString& password, const QStringList& command) {
    return cli(QStringList{QStringLiteral("--db"), location} + command +
                   QStringList{QStringLiteral("--as"), QStringLiteral("demo-admin"),
                               QStringLiteral("--password-stdin"), QStringLiteral("--json")},
               password.toUtf8() + '\n');
}

// The metrics, without what names the moment or the database they came from.
QJsonObject metrics(const Run& analyzed) {
    QJsonObject json = analyzed.json();
    json.remove(QStringLiteral("generated_at"));
    return json;
}

// Equal JSON, but for doubles that differ only in their last bits.
bool sameFigures(const QJsonValue& a, const QJsonValue& b) {
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) <=
               1e-12 * std::max({1.0, std::abs(a.toDouble()), std::abs(b.toDouble())});
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!sameFigures(x[i], y[i]))
                return false;
        return true;
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (const QString& key : x.keys())
            if (!sameFigures(x.value(key), y.value(key)))
                return false;
        return true;
    }
    return a == b;
}

QStringList analyzeArguments() {
    return {QStringLiteral("analyze"), QStringLiteral("--tz"), QStringLiteral("UTC")};
}

// A number read straight from a database on the test server, past the application.
qint64 countOnServer(const QString& database, const QString& sql) {
    const QString name = QStringLiteral("count-") + QUuid::createUuid().toString();
    qint64 count = -1;
    {
        Result<ConnectionSpec> spec = ConnectionSpec::parse(testServerUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(spec->host);
        if (spec->port > 0)
            db.setPort(spec->port);
        db.setUserName(spec->user);
        db.setDatabaseName(database);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            count = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace

class TestPostgresCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (!onPostgres())
            QSKIP("runs against the PostgreSQL test server (CTest starts it)");
    }

    void sameDataSameMetricsOnBothEngines() {
        ServerDatabase server;
        const QString file = m_dir.filePath(QStringLiteral("same.db"));
        const QString onFile = demo(file);
        const QString onServer = demo(server.url);
        const Run fileRun = asAdmin(file, onFile, analyzeArguments());
        const Run serverRun = asAdmin(server.url, onServer, analyzeArguments());
        QCOMPARE(fileRun.exitCode, 0);
        QVERIFY2(serverRun.exitCode == 0, serverRun.err.constData());
        QCOMPARE(metrics(fileRun)
                     .value(QStringLiteral("overall"))
                     .toObject()
                     .value(QStringLiteral("n"))
                     .toInt(),
                 4000);
        // Key by key, so that a difference is named; sums of squares (the Brier
        // score) are added in another order by each engine's rollup, so their last
        // bits may differ.
        for (const QString& key : metrics(fileRun).keys())
            QVERIFY2(
                sameFigures(metrics(serverRun).value(key), metrics(fileRun).value(key)),
                qPrintable(
                    key + u": " +
                    QString::fromUtf8(
                        QJsonDocument(
                            QJsonObject{{QStringLiteral("server"), metrics(serverRun).value(key)},
                                        {QStringLiteral("file"), metrics(fileRun).value(key)}})
                            .toJson(QJsonDocument::Compact))
                        .left(1500)));
        QCOMPARE(metrics(serverRun).keys(), metrics(fileRun).keys());
        // The rollups agree with the facts on PostgreSQL too.
        const Run fromFacts =
            asAdmin(server.url, onServer, analyzeArguments() << QStringLiteral("--from-facts"));
        QCOMPARE(metrics(serverRun)[QStringLiteral("time_zone")][QStringLiteral("rollups")],
                 QJsonValue(true));
        QCOMPARE(metrics(fromFacts)[QStringLiteral("time_zone")][QStringLiteral("rollups")],
                 QJsonValue(false));
        QJsonObject factFigures = metrics(fromFacts);
        QJsonObject rollupFigures = metrics(serverRun);
        factFigures.remove(QStringLiteral("time_zone"));
        rollupFigures.remove(QStringLiteral("time_zone"));
        QVERIFY(sameFigures(factFigures, rollupFigures));
        QCOMPARE(asAdmin(server.url, onServer, {QStringLiteral("verify")}).exitCode, 0);
    }

    // SIGKILL while the import copies its chunks: the chunks it committed stay
    // invisible, the next command's open removes them, and the trail verifies.
    void killedImportLeavesNothingBehind() {
        ServerDatabase server;
        const QString password = demo(server.url);
        const qint64 demoCases = 3000;
        QByteArray content = "id,label,confidence,note\n";
        for (int i = 0; i < 150000; ++i)
            content += "k-" + QByteArray::number(i) + ",approve,0.4,\"a, b\tc\"\n";
        QFile file(m_dir.filePath(QStringLiteral("killed.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
        file.close();
        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OVERSIGHT_PASSWORD"));
        import.setProcessEnvironment(env);
        import.start(QStringLiteral(OVERSIGHT_CLI_PATH),
                     {QStringLiteral("--db"), server.url, QStringLiteral("import"), file.fileName(),
                      QStringLiteral("--as"), QStringLiteral("demo-admin"),
                      QStringLiteral("--password-stdin")});
        import.write(password.toUtf8() + '\n');
        import.closeWriteChannel();
        const QString countCases = QStringLiteral("SELECT count(*) FROM cases");
        QTRY_VERIFY_WITH_TIMEOUT(countOnServer(server.name, countCases) >= demoCases + 4000,
                                 120000);
        QCOMPARE(import.state(), QProcess::Running);
        import.kill();
        QVERIFY(import.waitForFinished(10000));
        QVERIFY(countOnServer(server.name, countCases) > demoCases);
        const Run queues = asAdmin(server.url, password, {QStringLiteral("queues")});
        QVERIFY2(queues.exitCode == 0, queues.err.constData());
        QCOMPARE(countOnServer(server.name, countCases), demoCases);
        QCOMPARE(countOnServer(server.name, QStringLiteral("SELECT count(*) FROM import_batches "
                                                           "WHERE staging = 1")),
                 qint64(0));
        const Run verify = asAdmin(server.url, password, {QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }

    void migrateCopiesEverythingAndVerifiesOnArrival() {
        ServerDatabase server;
        const QString file = m_dir.filePath(QStringLiteral("source.db"));
        const QString password = demo(file);
        // Some live reviews too, so the chain holds every kind of event.
        QCOMPARE(cli({QStringLiteral("--db"), file, QStringLiteral("user"), QStringLiteral("add"),
                      QStringLiteral("rita"), QStringLiteral("--role"), QStringLiteral("reviewer"),
                      QStringLiteral("--as"), QStringLiteral("demo-admin"),
                      QStringLiteral("--password-stdin")},
                     password.toUtf8() + "\nrita-password-123\n")
                     .exitCode,
                 0);
        // An administrator added after rita changes her account: users.changed_by then
        // names a user created later, which the copy must still satisfy.
        QCOMPARE(cli({QStringLiteral("--db"), file, QStringLiteral("user"), QStringLiteral("add"),
                      QStringLiteral("ada"), QStringLiteral("--role"), QStringLiteral("admin"),
                      QStringLiteral("--as"), QStringLiteral("demo-admin"),
                      QStringLiteral("--password-stdin")},
                     password.toUtf8() + "\nada-password-12345\n")
                     .exitCode,
                 0);
        for (const QString& action : {QStringLiteral("disable"), QStringLiteral("enable")})
            QCOMPARE(cli({QStringLiteral("--db"), file, QStringLiteral("user"), action,
                          QStringLiteral("rita"), QStringLiteral("--as"), QStringLiteral("ada"),
                          QStringLiteral("--password-stdin")},
                         "ada-password-12345\n")
                         .exitCode,
                     0);
        const Run before = asAdmin(file, password, analyzeArguments());

        // An import another computer is storing into the source right now: the
        // copy waits for it; once that import has been silent for longer than the
        // limit it counts as dead, the open removes it, and the copy goes ahead.
        auto sourceExec = [&](const QString& sql) {
            QSqlDatabase source =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("source"));
            source.setDatabaseName(file);
            QVERIFY(source.open());
            QSqlQuery query(source);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            query.finish();
            source.close();
        };
        sourceExec(QStringLiteral("CREATE TABLE staged_elsewhere AS SELECT * FROM import_batches "
                                  "LIMIT 1"));
        sourceExec(QStringLiteral(
            "UPDATE staged_elsewhere SET seq = (SELECT max(seq) + 1 FROM import_batches), id = "
            "'staged-elsewhere', staging = 1, staged_by = 'another-computer 1', "
            "staging_heartbeat = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
        sourceExec(QStringLiteral("INSERT INTO import_batches SELECT * FROM staged_elsewhere"));
        sourceExec(QStringLiteral("DROP TABLE staged_elsewhere"));
        QSqlDatabase::removeDatabase(QStringLiteral("source"));
        const Run waiting = asAdmin(file, password,
                                    {QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                     QStringLiteral("--to"), server.url});
        QCOMPARE(waiting.exitCode, 1);
        QVERIFY2(waiting.err.contains("still storing its rows"), waiting.err.constData());
        sourceExec(QStringLiteral("UPDATE import_batches SET staging_heartbeat = "
                                  "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-11 minutes') "
                                  "WHERE staging = 1"));
        QSqlDatabase::removeDatabase(QStringLiteral("source"));

        const Run migrated = asAdmin(file, password,
                                     {QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                      QStringLiteral("--to"), server.url});
        QVERIFY2(migrated.exitCode == 0, migrated.err.constData());
        const QJsonObject tables = migrated.json().value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.value(QStringLiteral("cases")).toInt(), 3000);
        QVERIFY(tables.value(QStringLiteral("review_facts")).toInt() > 3000);
        QVERIFY(tables.value(QStringLiteral("audit_events")).toInt() > 3);

        // The copy answers like the original, signs in the same people and verifies.
        const Run after = asAdmin(server.url, password, analyzeArguments());
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(metrics(after), metrics(before));
        const Run verified = asAdmin(server.url, password, {QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.json().value(QStringLiteral("intact")).toBool());
        // Everyone can still sign in on the copy, with their own password.
        const Run listed =
            cli({QStringLiteral("--db"), server.url, QStringLiteral("user"), QStringLiteral("list"),
                 QStringLiteral("--as"), QStringLiteral("ada"), QStringLiteral("--password-stdin")},
                "ada-password-12345\n");
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY(listed.out.contains("rita"));
        // New rows continue after the copied keys.
        QCOMPARE(asAdmin(server.url, password,
                         {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("10"),
                          QStringLiteral("--seed"), QStringLiteral("9")})
                     .exitCode,
                 0);
        QCOMPARE(asAdmin(server.url, password, {QStringLiteral("verify")}).exitCode, 0);

        // A second copy into the now full database is refused; nothing changes.
        const Run again = asAdmin(file, password,
                                  {QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                   QStringLiteral("--to"), server.url});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds"), again.err.constData());
    }

    void applicationRoleMayOnlyAppendToTheTrail() {
        ServerDatabase server;
        const QString password = demo(server.url);
        serverExec({QStringLiteral("DROP ROLE IF EXISTS oversight_app"),
                    QStringLiteral("CREATE ROLE oversight_app LOGIN")});
        const Run granted = asAdmin(
            server.url, password,
            {QStringLiteral("grant"), QStringLiteral("--role"), QStringLiteral("oversight_app")});
        QVERIFY2(granted.exitCode == 0, granted.err.constData());

        // The application role works: it signs in, analyses, records its verification.
        Result<ConnectionSpec> spec = ConnectionSpec::parse(server.url);
        spec.value().user = QStringLiteral("oversight_app");
        const QString asApp = spec->displayName();
        const Run analyzed = asAdmin(asApp, password, analyzeArguments());
        QVERIFY2(analyzed.exitCode == 0, analyzed.err.constData());
        QCOMPARE(asAdmin(asApp, password, {QStringLiteral("verify")}).exitCode, 0);

        // ...but cannot change, delete or empty the trail, nor delete reviews.
        Result<Database> app = Database::open(asApp, Database::OpenMode::MustExist);
        QVERIFY2(app.ok(), app.ok() ? "" : qPrintable(app.error().message));
        QSqlQuery query(app->connection());
        for (const QString& statement :
             {QStringLiteral("UPDATE audit_events SET actor = 'x'"),
              QStringLiteral("DELETE FROM audit_events"), QStringLiteral("TRUNCATE audit_events"),
              QStringLiteral("DELETE FROM reviews"), QStringLiteral("DROP TABLE audit_events")}) {
            QVERIFY2(!query.exec(statement), qPrintable(statement));
            QVERIFY2(query.lastError().text().contains(QStringLiteral("permission denied")) ||
                         query.lastError().text().contains(QStringLiteral("must be owner")),
                     qPrintable(query.lastError().text()));
        }
        // The owner is stopped by the trigger.
        Result<Database> owner = Database::open(server.url, Database::OpenMode::MustExist);
        QSqlQuery ownerQuery(owner->connection());
        QVERIFY(!ownerQuery.exec(QStringLiteral("UPDATE audit_events SET actor = 'x'")));
        QVERIFY(ownerQuery.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!ownerQuery.exec(QStringLiteral("TRUNCATE audit_events")));
        QVERIFY(ownerQuery.lastError().text().contains(QStringLiteral("append-only")));
    }

    void connectionProblemsAreNamed() {
        const Run unknown = cli({QStringLiteral("--db"),
                                 QStringLiteral("postgresql://u@localhost/db?sslmod=require"),
                                 QStringLiteral("queues")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("unknown parameter 'sslmod'"), unknown.err.constData());
        const Run noDatabase =
            cli({QStringLiteral("--db"), QStringLiteral("postgresql://u@localhost"),
                 QStringLiteral("queues")});
        QCOMPARE(noDatabase.exitCode, 1);
        QVERIFY2(noDatabase.err.contains("names no database"), noDatabase.err.constData());
        const Run unreachable = cli(
            {QStringLiteral("--db"),
             QStringLiteral("postgresql://u@/db?host=%1").arg(m_dir.filePath(QStringLiteral("no"))),
             QStringLiteral("queues")});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains("Cannot connect to postgresql://u@/db"),
                 unreachable.err.constData());
    }

    void newerSchemaIsRefusedUntouched() {
        ServerDatabase server;
        QCOMPARE(cli({QStringLiteral("--db"), server.url, QStringLiteral("init"),
                      QStringLiteral("--admin"), QStringLiteral("admin"),
                      QStringLiteral("--password-stdin")},
                     "a-long-admin-password\n")
                     .exitCode,
                 0);
        serverExec({QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")},
                   server.name);
        const Run refused = cli({QStringLiteral("--db"), server.url, QStringLiteral("queues")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("schema version 999"), refused.err.constData());
    }

    void otherApplicationsDatabaseIsLeftAlone() {
        ServerDatabase server;
        serverExec({QStringLiteral("CREATE TABLE invoices (id integer)")}, server.name);
        const Run refused = cli({QStringLiteral("--db"), server.url, QStringLiteral("init"),
                                 QStringLiteral("--admin"), QStringLiteral("admin"),
                                 QStringLiteral("--password-stdin")},
                                "a-long-admin-password\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("another application"), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPostgresCli)
#include "tst_postgrescli.moc"
