// The command-line contract through the real oversight-cli executable: JSON keys,
// exit codes, sign-in, and an import killed half-way.
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {

const QString password = QStringLiteral("cli-test-password");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QSet<QString> keys(const QJsonObject& object) {
    const QStringList list = object.keys();
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& arguments, const QByteArray& stdinText = {},
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
        QProcess process;
        QProcessEnvironment env = environment;
        env.remove(QStringLiteral("OVERSIGHT_PASSWORD"));
        if (!environment.contains(QStringLiteral("OVERSIGHT_DB")))
            env.remove(QStringLiteral("OVERSIGHT_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(OVERSIGHT_CLI_PATH), arguments);
        process.write(stdinText);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qFatal("oversight-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QString write(const QString& name, const QByteArray& content) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(content);
        return file.fileName();
    }

    // Runs an administrator's command on `db` and kills it (SIGKILL) once it is
    // writing rows: when the write-ahead log has grown past 4 MiB.
    void killOnceWriting(const QString& db, const QStringList& command) {
        QProcess process;
        process.start(QStringLiteral(OVERSIGHT_CLI_PATH),
                      QStringList{QStringLiteral("--db"), db} + command +
                          QStringList{QStringLiteral("--as"), QStringLiteral("admin"),
                                      QStringLiteral("--password-stdin")});
        process.write(password.toUtf8() + '\n');
        process.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(db + QStringLiteral("-wal")).size() > 4 * 1024 * 1024,
                                 60000);
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished(10000));
    }

    Run importAsAdmin(const QStringList& extra) {
        return cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("import")} + extra +
                       QStringList{QStringLiteral("--as"), QStringLiteral("admin"),
                                   QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                   password.toUtf8() + '\n');
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
        const Run init = cli({QStringLiteral("--db"), m_db, QStringLiteral("init"),
                              QStringLiteral("--admin"), QStringLiteral("admin"),
                              QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                             password.toUtf8() + '\n');
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(keys(init.json()),
                 (QSet<QString>{QStringLiteral("database"), QStringLiteral("created"),
                                QStringLiteral("schema_version"), QStringLiteral("admin")}));
        QCOMPARE(init.json().value(QStringLiteral("created")).toBool(), true);
    }

    void versionAndHelp() {
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(OVERSIGHT_VERSION));
        QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
        for (const char* command : {"init", "import", "queues", "policy", "demo", "user", "review",
                                    "analyze", "import-reviews"}) {
            const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains("--db"));
        }
    }

    void manPageCoversEveryCommand() {
        // The installed manual: every command --help lists has its own subsection.
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString helpText = QString::fromUtf8(help.out);
        const qsizetype commandsAt = helpText.indexOf(u"Commands:");
        QVERIFY(commandsAt >= 0);
        QStringList commands;
        const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+) "),
                                             QRegularExpression::MultilineOption);
        for (auto match = commandLine.globalMatch(helpText.mid(commandsAt)); match.hasNext();)
            commands << match.next().captured(1);
        QVERIFY(commands.size() >= 13);
        QFile page(QStringLiteral(OVERSIGHT_MAN_PAGE));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString manual = QString::fromUtf8(page.readAll());
        for (const QString& command : std::as_const(commands)) {
            QString escaped = command;
            escaped.replace(u'-', QStringLiteral("\\-"));
            QVERIFY2(manual.contains(QStringLiteral("\n.SS ") + escaped + u' ') ||
                         manual.contains(QStringLiteral("\n.SS ") + escaped + u'\n'),
                     qPrintable(command));
        }
    }

    void asIsCheckedOnEveryCommand() {
        // A wrong password with --as is refused by every command --help lists, also by
        // those that need no sign-in, and each refusal counts as a failed sign-in.
        const QString db = m_dir.filePath(QStringLiteral("as-checked.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                      QStringLiteral("keeper"), QStringLiteral("--password-stdin")},
                     password.toUtf8() + '\n')
                     .exitCode,
                 0);
        const QString decisions =
            write(QStringLiteral("as-checked.csv"), "id,label,confidence\na1,yes,0.5\n");
        const QString log = write(QStringLiteral("as-checked-log.csv"),
                                  "reviewer,timestamp,case_id,final_decision,ai_recommendation\n"
                                  "r1,2024-01-01T10:00:00Z,c1,yes,no\n");
        const QMap<QString, QStringList> argumentsOf{
            {QStringLiteral("init"), {}},
            {QStringLiteral("import"), {decisions}},
            {QStringLiteral("import-reviews"), {log}},
            {QStringLiteral("analyze"), {}},
            {QStringLiteral("queues"), {}},
            {QStringLiteral("review"), {QStringLiteral("next")}},
            {QStringLiteral("policy"), {QStringLiteral("show")}},
            {QStringLiteral("known-answers"), {QStringLiteral("list")}},
            {QStringLiteral("appeal"),
             {QStringLiteral("a1"), QStringLiteral("--reason"), QStringLiteral("contested")}},
            {QStringLiteral("appeals"), {}},
            {QStringLiteral("demo"), {QStringLiteral("--cases"), QStringLiteral("10")}},
            {QStringLiteral("user"), {QStringLiteral("list")}},
            {QStringLiteral("report"),
             {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
              m_dir.filePath(QStringLiteral("as-checked.json")), QStringLiteral("--from"),
              QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31")}},
            {QStringLiteral("verify"), {}},
            {QStringLiteral("migrate"),
             {QStringLiteral("--from"), db, QStringLiteral("--to"),
              m_dir.filePath(QStringLiteral("as-checked-copy.db"))}},
            {QStringLiteral("grant"), {QStringLiteral("--role"), QStringLiteral("app")}},
            {QStringLiteral("export"), {}},
            {QStringLiteral("login"), {}},
            {QStringLiteral("logout"), {}},
        };
        const QString helpText = QString::fromUtf8(cli({QStringLiteral("--help")}).out);
        const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+) "),
                                             QRegularExpression::MultilineOption);
        int attempts = 0;
        for (auto match = commandLine.globalMatch(helpText.mid(helpText.indexOf(u"Commands:")));
             match.hasNext();) {
            const QString command = match.next().captured(1);
            QVERIFY2(argumentsOf.contains(command),
                     qPrintable(QStringLiteral("no arguments known for '%1'").arg(command)));
            const Run run =
                cli(QStringList{QStringLiteral("--db"), db, command} + argumentsOf.value(command) +
                        QStringList{QStringLiteral("--as"), QStringLiteral("keeper"),
                                    QStringLiteral("--password-stdin")},
                    "not-the-password\n");
            QVERIFY2(run.exitCode == 1, qPrintable(command));
            QVERIFY2(run.out.isEmpty(), qPrintable(command));
            QVERIFY2(run.err.contains("Wrong login or password") || run.err.contains("is locked"),
                     qPrintable(command + u": " + QString::fromUtf8(run.err)));
            ++attempts;
        }
        QCOMPARE(attempts, argumentsOf.size());

        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("as-checked"));
        connection.setDatabaseName(db);
        QVERIFY(connection.open());
        {
            QSqlQuery query(connection);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                              "'account.login_failed' AND actor = 'keeper'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), attempts);
            QVERIFY(
                query.exec(QStringLiteral("SELECT lockouts FROM users WHERE login = 'keeper'")));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toInt() >= 1);
        }
        connection.close();
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("as-checked"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("as-checked-copy.db"))));
    }

    void sessionsForScripts() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        const QString botPassword = QStringLiteral("bot-password-long-1");
        auto makeDatabase = [&](const QString& name) {
            const QString db = m_dir.filePath(name);
            cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                 QStringLiteral("keeper"), QStringLiteral("--password-stdin")},
                password.toUtf8() + '\n', env);
            const Run added =
                cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                     QStringLiteral("bot"), QStringLiteral("--role"), QStringLiteral("integration"),
                     QStringLiteral("--as"), QStringLiteral("keeper"),
                     QStringLiteral("--password-stdin")},
                    password.toUtf8() + '\n' + botPassword.toUtf8() + '\n', env);
            if (added.exitCode != 0)
                qFatal("user add: %s", added.err.constData());
            return db;
        };
        const QString db = makeDatabase(QStringLiteral("sessions.db"));
        auto asBot = [&](const QString& database, const QStringList& command,
                         const QByteArray& input = {}) {
            QStringList arguments{QStringLiteral("--db"), database};
            arguments << command << QStringLiteral("--as") << QStringLiteral("bot");
            if (!input.isEmpty())
                arguments << QStringLiteral("--password-stdin");
            return cli(arguments, input, env);
        };
        auto login = [&](const QString& database) {
            const Run run = asBot(database, {QStringLiteral("login"), QStringLiteral("--json")},
                                  botPassword.toUtf8() + '\n');
            if (run.exitCode != 0)
                qFatal("login: %s", run.err.constData());
            return run.json().value(QStringLiteral("session_file")).toString();
        };
        const QStringList exportCommand{QStringLiteral("export")};

        // Without a session, a password is needed.
        Run run = asBot(db, exportCommand);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("A password is needed"));

        const QString file = login(db);
        QVERIFY(file.startsWith(runtime));
        // Owner, group and other bits only (the "user" bits repeat the owner's for us).
        QCOMPARE(QFileInfo(file).permissions() & QFileDevice::Permissions(0x7077),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(asBot(db, exportCommand).exitCode, 0);
        // The session is the bot's: it may export, and nothing else.
        run = asBot(db, {QStringLiteral("analyze")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("may not"), run.err.constData());

        QCOMPARE(asBot(db, {QStringLiteral("logout")}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(asBot(db, exportCommand).exitCode, 1);

        QSqlDatabase peek =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sessions-peek"));
        peek.setDatabaseName(db);
        QVERIFY(peek.open());
        auto endReasons = [&] {
            QStringList reasons;
            QSqlQuery query(peek);
            query.exec(QStringLiteral("SELECT details FROM audit_events WHERE action = "
                                      "'session.ended' ORDER BY seq"));
            while (query.next())
                reasons << QJsonDocument::fromJson(query.value(0).toString().toUtf8())
                               .object()
                               .value(QStringLiteral("reason"))
                               .toString();
            return reasons;
        };

        // Expiry: the stored expiry passes.
        login(db);
        QVERIFY(QSqlQuery(peek).exec(QStringLiteral("UPDATE script_sessions SET expires_at = "
                                                    "'2020-01-01T00:00:00.000Z' WHERE ended_at "
                                                    "IS NULL")));
        run = asBot(db, exportCommand);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("expired"), run.err.constData());

        // A password change by an administrator ends the session.
        login(db);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"),
                      QStringLiteral("bot"), QStringLiteral("--as"), QStringLiteral("keeper"),
                      QStringLiteral("--password-stdin")},
                     password.toUtf8() + '\n' + botPassword.toUtf8() + "-2\n", env)
                     .exitCode,
                 0);
        run = asBot(db, exportCommand);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("password was changed"), run.err.constData());
        const QString changedPassword = botPassword + QStringLiteral("-2");

        // Disabling ends it.
        QCOMPARE(asBot(db, {QStringLiteral("login")}, changedPassword.toUtf8() + '\n').exitCode, 0);
        auto keeper = [&](const QString& action) {
            return cli({QStringLiteral("--db"), db, QStringLiteral("user"), action,
                        QStringLiteral("bot"), QStringLiteral("--as"), QStringLiteral("keeper"),
                        QStringLiteral("--password-stdin")},
                       password.toUtf8() + '\n', env)
                .exitCode;
        };
        QCOMPARE(keeper(QStringLiteral("disable")), 0);
        run = asBot(db, exportCommand);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("disabled"), run.err.constData());
        QCOMPARE(keeper(QStringLiteral("enable")), 0);

        // A lockout (wrong passwords) ends it.
        QCOMPARE(asBot(db, {QStringLiteral("login")}, changedPassword.toUtf8() + '\n').exitCode, 0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(asBot(db, {QStringLiteral("queues")}, "wrong\n").exitCode, 1);
        run = asBot(db, exportCommand);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("locked"), run.err.constData());
        QCOMPARE(endReasons(),
                 (QStringList{QStringLiteral("logout"), QStringLiteral("expired"),
                              QStringLiteral("password_changed"), QStringLiteral("disabled"),
                              QStringLiteral("lockout")}));
        QSqlQuery started(peek);
        QVERIFY(started.exec(QStringLiteral(
                    "SELECT count(*) FROM audit_events WHERE action = 'session.started'")) &&
                started.next());
        QCOMPARE(started.value(0).toInt(), 5);
    }

    void sessionFilesAreGuarded() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString runtime = m_dir.filePath(QStringLiteral("runtime-guarded"));
        QVERIFY(QDir().mkpath(runtime));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner));
        auto init = [&](const QString& name) {
            const QString db = m_dir.filePath(name);
            cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                 QStringLiteral("keeper"), QStringLiteral("--password-stdin")},
                password.toUtf8() + '\n', env);
            return db;
        };
        auto asKeeper = [&](const QString& db, const QString& command, bool withPassword) {
            QStringList arguments{QStringLiteral("--db"),
                                  db,
                                  command,
                                  QStringLiteral("--as"),
                                  QStringLiteral("keeper"),
                                  QStringLiteral("--json")};
            if (withPassword)
                arguments << QStringLiteral("--password-stdin");
            return cli(arguments, withPassword ? password.toUtf8() + '\n' : QByteArray(), env);
        };
        const QString first = init(QStringLiteral("guarded-1.db"));
        const QString second = init(QStringLiteral("guarded-2.db"));
        const QString firstFile =
            asKeeper(first, QStringLiteral("login"), true).json()[u"session_file"].toString();
        const QString secondFile =
            asKeeper(second, QStringLiteral("login"), true).json()[u"session_file"].toString();
        QVERIFY(firstFile != secondFile);
        QCOMPARE(asKeeper(first, QStringLiteral("queues"), false).exitCode, 0);
        QCOMPARE(asKeeper(second, QStringLiteral("queues"), false).exitCode, 0);

        // A file others may read is refused, not used.
        QVERIFY(QFile::setPermissions(firstFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ReadGroup |
                                                     QFileDevice::ReadOther));
        Run run = asKeeper(first, QStringLiteral("queues"), false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("mode 0644"), run.err.constData());
        QVERIFY(run.out.isEmpty());

        // The first database's token does not open the second.
        QVERIFY(QFile::remove(secondFile));
        QVERIFY(QFile::copy(firstFile, secondFile));
        QVERIFY(
            QFile::setPermissions(secondFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        run = asKeeper(second, QStringLiteral("queues"), false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not a session of this database"), run.err.constData());
    }

    void outcomeLeaksAndNearLeaks() {
        // 200 cases: the model's label agrees with the outcome on 150. recid_flag is the
        // outcome, noisy_recid the outcome with 4 flips, reoffence_date a date exactly
        // when the outcome is yes (100 distinct dates: only its emptiness speaks), near
        // the model's label with 20 flips, weak a cycle of three values.
        auto file = [&](const QString& name, const QByteArray& prefix) {
            QByteArray csv = "id,label,confidence,outcome,recid_flag,noisy_recid,reoffence_date,"
                             "near,weak\n";
            for (int i = 0; i < 200; ++i) {
                const bool outcome = i % 2 == 1;
                const bool label = outcome || i % 4 == 0;
                const bool noisy = i % 50 == 7 ? !outcome : outcome;
                const bool near = i % 10 == 3 ? !label : label;
                const QByteArray date =
                    outcome ? QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate).toLatin1() : "";
                csv += prefix + QByteArray::number(i) + ',' + (label ? "yes" : "no") + ",0.9," +
                       (outcome ? "yes" : "no") + ',' + (outcome ? "1" : "0") + ',' +
                       (noisy ? "1" : "0") + ',' + date + ',' + (near ? "y" : "n") + ',' +
                       "abc"[i % 3] + '\n';
            }
            return write(name, csv);
        };
        // Cramér's V (Bergsma) of near against the label from its 2 x 2 table:
        // near y/label yes 130, y/no 0, n/yes 20, n/no 50; phi by the 2 x 2 formula.
        const double a = 130, b = 0, c = 20, d = 50, n = 200;
        const double phi = (a * d - b * c) / std::sqrt((a + b) * (c + d) * (a + c) * (b + d));
        const double expectedNear =
            std::sqrt(std::max(0.0, phi * phi - 1 / (n - 1)) / (1 - 1 / (n - 1)));
        QVERIFY(expectedNear >= 0.7 && expectedNear < 0.9);
        auto casesStored = [&] {
            return cli({QStringLiteral("--db"), m_db, QStringLiteral("queues"),
                        QStringLiteral("--json")})
                .json()
                .value(QStringLiteral("automated"))
                .toInt();
        };
        const int before = casesStored();
        const QStringList mapping{QStringLiteral("--truth-column"), QStringLiteral("outcome"),
                                  QStringLiteral("--audit-rate"), QStringLiteral("0")};

        const Run refused =
            importAsAdmin(QStringList{file(QStringLiteral("outcome-leak.csv"), "ol")} + mapping);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(casesStored(), before);
        QMap<QString, QString> leaked;
        for (const QJsonValue& leak : refused.json().value(QStringLiteral("leaks")).toArray())
            leaked.insert(leak[QStringLiteral("column")].toString(),
                          leak[QStringLiteral("against")].toString());
        QCOMPARE(leaked, (QMap<QString, QString>{
                             {QStringLiteral("recid_flag"), QStringLiteral("outcome")},
                             {QStringLiteral("noisy_recid"), QStringLiteral("outcome")},
                             {QStringLiteral("reoffence_date"), QStringLiteral("outcome")}}));
        for (const char* column : {"'recid_flag'", "'noisy_recid'", "'reoffence_date'"})
            QVERIFY2(refused.err.contains(column), column);
        QVERIFY(refused.err.contains("known outcome"));
        QVERIFY(!refused.err.contains("'near'"));

        const QStringList hidden{QStringLiteral("--hide"),
                                 QStringLiteral("recid_flag,noisy_recid,reoffence_date")};
        const Run stored = importAsAdmin(
            QStringList{file(QStringLiteral("outcome-hidden.csv"), "oh")} + mapping + hidden);
        QCOMPARE(stored.exitCode, 0);
        QCOMPARE(casesStored(), before + 200);
        const QJsonObject json = stored.json();
        QCOMPARE(json.value(QStringLiteral("leaks")).toArray().size(), 0);
        const QJsonArray nearLeaks = json.value(QStringLiteral("near_leaks")).toArray();
        QCOMPARE(nearLeaks.size(), 1);
        QCOMPARE(nearLeaks[0][QStringLiteral("column")].toString(), QStringLiteral("near"));
        QCOMPARE(nearLeaks[0][QStringLiteral("against")].toString(), QStringLiteral("model"));
        QVERIFY(qAbs(nearLeaks[0][QStringLiteral("score")].toDouble() - expectedNear) < 1e-9);
        const QStringList notices =
            json.value(QStringLiteral("notices")).toVariant().toStringList();
        QVERIFY(
            notices.filter(QStringLiteral("'near' is strongly associated with the model's label"))
                .size() == 1);
        QMap<QString, QJsonObject> associations;
        for (const QJsonValue& entry : json.value(QStringLiteral("associations")).toArray())
            associations.insert(entry[QStringLiteral("column")].toString(), entry.toObject());
        QCOMPARE(associations.keys(),
                 (QStringList{QStringLiteral("near"), QStringLiteral("weak")}));
        QCOMPARE(associations[QStringLiteral("near")][QStringLiteral("against")].toString(),
                 QStringLiteral("model"));
        QVERIFY(associations[QStringLiteral("weak")][QStringLiteral("score")].toDouble() < 0.2);
        QVERIFY(associations[QStringLiteral("weak")][QStringLiteral("outcome_score")].isDouble());
        QCOMPARE(associations[QStringLiteral("weak")][QStringLiteral("outcome_n")].toInt(), 200);

        // The same notice in the text output, for a person at a terminal.
        const Run text = cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                         file(QStringLiteral("outcome-text.csv"), "ot")} +
                                 mapping + hidden +
                                 QStringList{QStringLiteral("--as"), QStringLiteral("admin"),
                                             QStringLiteral("--password-stdin")},
                             password.toUtf8() + '\n');
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("note: column 'near' is strongly associated with the model's "
                                  "label (score"));
        QVERIFY(text.out.contains("reviewers may infer it"));
    }

    void usageErrorsExitTwo() {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("queues"), QStringLiteral("--bogus")})
                .exitCode,
            2);
        const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("import")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("usage error"));
        QCOMPARE(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("x.csv"),
                 QStringLiteral("--threshold"), QStringLiteral("high")})
                .exitCode,
            2);
    }

    void initRefusesSecondAdministratorAndMissingAdmin() {
        const Run again =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"),
                 QStringLiteral("eve"), QStringLiteral("--password-stdin")},
                "another-password-long\n");
        QCOMPARE(again.exitCode, 1);
        const Run noAdmin = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("empty.db")),
                                 QStringLiteral("init")});
        QCOMPARE(noAdmin.exitCode, 1);
        QVERIFY(noAdmin.err.contains("--admin"));
    }

    void importJsonContract() {
        const QString file =
            write(QStringLiteral("contract.csv"),
                  "case,decision,conf,age\nk1,yes,0.5,30\nk2,no,0.99,40\nk3,no,oops,50\n");
        const Run run =
            importAsAdmin({file, QStringLiteral("--id-column"), QStringLiteral("case"),
                           QStringLiteral("--label-column"), QStringLiteral("decision"),
                           QStringLiteral("--confidence-column"), QStringLiteral("conf"),
                           QStringLiteral("--audit-rate"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        for (const char* key :
             {"batch", "rows", "accepted", "rejected", "routed", "rejects", "leaks"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("batch")).toString().size(), 36);
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("accepted")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("rejected")).toInt(), 1);
        const QJsonObject routed = json.value(QStringLiteral("routed")).toObject();
        QCOMPARE(keys(routed), (QSet<QString>{QStringLiteral("review"), QStringLiteral("audit"),
                                              QStringLiteral("automated")}));
        QCOMPARE(routed.value(QStringLiteral("review")).toInt(), 1);
        QCOMPARE(routed.value(QStringLiteral("automated")).toInt(), 1);
        QCOMPARE(routed.value(QStringLiteral("audit")).toInt(), 0);
        const QJsonObject reject =
            json.value(QStringLiteral("rejects")).toArray().first().toObject();
        QCOMPARE(keys(reject), (QSet<QString>{QStringLiteral("row"), QStringLiteral("column"),
                                              QStringLiteral("reason")}));
        QCOMPARE(reject.value(QStringLiteral("row")).toInt(), 3);
        QCOMPARE(reject.value(QStringLiteral("column")).toString(), QStringLiteral("conf"));

        const Run queues =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("queues"), QStringLiteral("--json")});
        QCOMPARE(queues.exitCode, 0);
        const QJsonArray list = queues.json().value(QStringLiteral("queues")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject review = list.first().toObject();
        QCOMPARE(keys(review),
                 (QSet<QString>{QStringLiteral("name"), QStringLiteral("pending"),
                                QStringLiteral("in_review"), QStringLiteral("finalized")}));
        QCOMPARE(review.value(QStringLiteral("name")).toString(), QStringLiteral("review"));
        QVERIFY(review.value(QStringLiteral("pending")).toInt() >= 1);
        QVERIFY(queues.json().contains(QStringLiteral("automated")));

        const Run table = cli({QStringLiteral("--db"), m_db, QStringLiteral("queues")});
        QVERIFY(table.out.contains("review"));
        QVERIFY(table.out.contains("pending"));
    }

    void importRequiresTheRightPassword() {
        const QString file = write(QStringLiteral("auth.csv"), "id,label,confidence\nz1,yes,0.5\n");
        const Run missingAs = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), file});
        QCOMPARE(missingAs.exitCode, 1);
        QVERIFY(missingAs.err.contains("--as"));
        const Run wrong = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), file,
                               QStringLiteral("--as"), QStringLiteral("admin"),
                               QStringLiteral("--password-stdin")},
                              "not the password\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("Wrong login or password"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OVERSIGHT_DB"), m_db);
        QProcess process;
        env.insert(QStringLiteral("OVERSIGHT_PASSWORD"), password);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(OVERSIGHT_CLI_PATH),
                      {QStringLiteral("import"), file, QStringLiteral("--as"),
                       QStringLiteral("admin"), QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0); // OVERSIGHT_DB and OVERSIGHT_PASSWORD are honoured
    }

    void importFailuresExitOneAndNameTheProblem() {
        const QString file =
            write(QStringLiteral("missing.csv"), "id,label,confidence\nm1,yes,0.5\n");
        const Run missingColumn =
            importAsAdmin({file, QStringLiteral("--truth-column"), QStringLiteral("outcome")});
        QCOMPARE(missingColumn.exitCode, 1);
        QVERIFY(missingColumn.err.contains("--truth-column names column 'outcome'"));
        QVERIFY(missingColumn.json().value(QStringLiteral("batch")).isNull());

        QByteArray leaking = "id,label,confidence,score\n";
        for (int i = 0; i < 100; ++i)
            leaking += "L" + QByteArray::number(i) + (i % 2 ? ",yes,0.9," : ",no,0.9,") +
                       QByteArray::number(i % 2 ? 0.8 : 0.2) + '\n';
        const Run leak = importAsAdmin({write(QStringLiteral("leak.csv"), leaking)});
        QCOMPARE(leak.exitCode, 1);
        const QJsonArray leaks = leak.json().value(QStringLiteral("leaks")).toArray();
        QCOMPARE(leaks.size(), 1);
        QCOMPARE(leaks.first().toObject().value(QStringLiteral("column")).toString(),
                 QStringLiteral("score"));
        QCOMPARE(leaks.first().toObject().value(QStringLiteral("score")).toDouble(), 1.0);
        QVERIFY(leak.err.contains("'score'"));
    }

    void policyShowAndSet() {
        const Run invalid =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("policy"), QStringLiteral("set"),
                 QStringLiteral("--threshold"), QStringLiteral("1.5"), QStringLiteral("--as"),
                 QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                password.toUtf8());
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY(invalid.err.contains("(0, 1]"));
        const Run set =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("policy"), QStringLiteral("set"),
                 QStringLiteral("--threshold"), QStringLiteral("0.8"), QStringLiteral("--seed"),
                 QStringLiteral("12"), QStringLiteral("--as"), QStringLiteral("admin"),
                 QStringLiteral("--password-stdin")},
                password.toUtf8());
        QCOMPARE(set.exitCode, 0);
        const Run show = cli({QStringLiteral("--db"), m_db, QStringLiteral("policy"),
                              QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json().value(QStringLiteral("threshold")).toDouble(), 0.8);
        QCOMPARE(show.json().value(QStringLiteral("seed")).toInteger(), 12);
        QCOMPARE(show.json().value(QStringLiteral("audit_rate")).toDouble(), 0.05);
        QCOMPARE(show.json().value(QStringLiteral("separation_of_duties")).toBool(), true);
        const Run off = cli({QStringLiteral("--db"), m_db, QStringLiteral("policy"),
                             QStringLiteral("set"), QStringLiteral("--separation-of-duties"),
                             QStringLiteral("off"), QStringLiteral("--as"), QStringLiteral("admin"),
                             QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                            password.toUtf8());
        QCOMPARE(off.exitCode, 0);
        QCOMPARE(off.json().value(QStringLiteral("separation_of_duties")).toBool(), false);
        QCOMPARE(off.json().value(QStringLiteral("threshold")).toDouble(), 0.8); // unchanged
        QCOMPARE(off.json().value(QStringLiteral("lease_minutes")).toInt(), 15);
        auto setLease = [&](const QString& minutes) {
            return cli({QStringLiteral("--db"), m_db, QStringLiteral("policy"),
                        QStringLiteral("set"), QStringLiteral("--lease-minutes"), minutes,
                        QStringLiteral("--as"), QStringLiteral("admin"),
                        QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                       password.toUtf8());
        };
        QCOMPARE(setLease(QStringLiteral("0")).exitCode, 1);
        QCOMPARE(setLease(QStringLiteral("soon")).exitCode, 2);
        const Run lease = setLease(QStringLiteral("30"));
        QCOMPARE(lease.exitCode, 0);
        QCOMPARE(lease.json().value(QStringLiteral("lease_minutes")).toInt(), 30);
        QCOMPARE(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("policy"), QStringLiteral("explode")})
                .exitCode,
            2);
    }

    void commandsOnAMissingDatabaseFail() {
        const Run run = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nope.db")),
                             QStringLiteral("queues")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("No database"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.db"))));
    }

    void demoCreatesAUsableDatabase() {
        const QString db = m_dir.filePath(QStringLiteral("demo.db"));
        const Run demo =
            cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"),
                 QStringLiteral("4000"), QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        const QJsonObject json = demo.json();
        QCOMPARE(json.value(QStringLiteral("accepted")).toInt(), 4000);
        const double reviewShare = json.value(QStringLiteral("routed"))
                                       .toObject()
                                       .value(QStringLiteral("review"))
                                       .toDouble() /
                                   4000;
        QVERIFY2(reviewShare > 0.18 && reviewShare < 0.35,
                 qPrintable(QString::number(reviewShare)));
        QCOMPARE(json.value(QStringLiteral("leaks")).toArray().size(), 0);
        const QString generated = json.value(QStringLiteral("accounts"))
                                      .toObject()
                                      .value(QStringLiteral("demo-admin"))
                                      .toString();
        QCOMPARE(generated.size(), 20);

        // A second demo batch needs the administrator's password.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"),
                      QStringLiteral("2")})
                     .exitCode,
                 1);
        const Run second =
            cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"),
                 QStringLiteral("2"), QStringLiteral("--as"), QStringLiteral("demo-admin"),
                 QStringLiteral("--password-stdin")},
                generated.toUtf8());
        QCOMPARE(second.exitCode, 0);

        const QString out = m_dir.filePath(QStringLiteral("demo.csv"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("10"),
                      QStringLiteral("--out"), out})
                     .exitCode,
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 11);
    }

    // A case fact with terminal control sequences reaches the terminal as visible
    // caret notation, never as commands; --json carries the exact value.
    void controlCharactersInDataDoNotReachTheTerminal() {
        const QString db = m_dir.filePath(QStringLiteral("control.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                      QStringLiteral("boss"), QStringLiteral("--password-stdin")},
                     "boss-password-long\n")
                     .exitCode,
                 0);
        const QString hostile = QStringLiteral("clear\u001B[2J\u001B]0;title\u0007 over\rwrite");
        QFile file(m_dir.filePath(QStringLiteral("control.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,label,confidence,note\nc1,yes,0.5,\"" + hostile.toUtf8() +
                   "\"\nc2,no,0.5,plain\n");
        file.close();
        const QStringList asBoss{QStringLiteral("--as"), QStringLiteral("boss"),
                                 QStringLiteral("--password-stdin")};
        const Run imported =
            cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("import"), file.fileName(),
                            QStringLiteral("--threshold"), QStringLiteral("1")} +
                    asBoss,
                "boss-password-long\n");
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("user"),
                                 QStringLiteral("add"), QStringLiteral("rita"),
                                 QStringLiteral("--role"), QStringLiteral("reviewer")} +
                         asBoss,
                     "boss-password-long\nrita-password-long\n")
                     .exitCode,
                 0);
        const QStringList next{QStringLiteral("--db"),
                               db,
                               QStringLiteral("review"),
                               QStringLiteral("next"),
                               QStringLiteral("--as"),
                               QStringLiteral("rita"),
                               QStringLiteral("--password-stdin")};
        const Run text = cli(next, "rita-password-long\n");
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("clear^[[2J^[]0;title^G over^Mwrite"), text.out.constData());
        for (const char control : {'\x1B', '\x07', '\r'})
            QVERIFY(!text.out.contains(control));
        const Run json = cli(next + QStringList{QStringLiteral("--json")}, "rita-password-long\n");
        QCOMPARE(json.json()
                     .value(QStringLiteral("facts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 hostile);
    }

    // Four eyes from the command line: the policy, two blind reviews per case, an
    // adjudication with the reviews in its JSON, the figures against a hand
    // computation, the export and the report.
    void fourEyesThroughTheCli() {
        const QString db = m_dir.filePath(QStringLiteral("foureyes.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                      QStringLiteral("chief"), QStringLiteral("--password-stdin")},
                     password.toUtf8() + '\n')
                     .exitCode,
                 0);
        const QByteArray reviewerPassword = "reviewer-password-9";
        for (const char* login : {"ann", "bob", "cy"})
            QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                          QString::fromLatin1(login), QStringLiteral("--role"),
                          QStringLiteral("reviewer"), QStringLiteral("--as"),
                          QStringLiteral("chief"), QStringLiteral("--password-stdin")},
                         password.toUtf8() + '\n' + reviewerPassword + '\n')
                         .exitCode,
                     0);
        auto chief = [&](const QStringList& arguments) {
            return cli(QStringList{QStringLiteral("--db"), db} + arguments +
                           QStringList{QStringLiteral("--as"), QStringLiteral("chief"),
                                       QStringLiteral("--password-stdin"),
                                       QStringLiteral("--json")},
                       password.toUtf8() + '\n');
        };
        auto as = [&](const QString& login, const QStringList& arguments) {
            return cli(
                QStringList{QStringLiteral("--db"), db, QStringLiteral("review")} + arguments +
                    QStringList{QStringLiteral("--as"), login, QStringLiteral("--password-stdin"),
                                QStringLiteral("--json")},
                reviewerPassword + '\n');
        };
        const Run policy = chief({QStringLiteral("policy"), QStringLiteral("set"),
                                  QStringLiteral("--queue"), QStringLiteral("review"),
                                  QStringLiteral("--reviews-per-case"), QStringLiteral("2")});
        QVERIFY2(policy.exitCode == 0, policy.err.constData());
        const QJsonArray queues = policy.json().value(QStringLiteral("queues")).toArray();
        QCOMPARE(queues.size(), 1);
        QCOMPARE(queues[0].toObject().value(QStringLiteral("reviews_per_case")).toInt(), 2);
        QCOMPARE(chief({QStringLiteral("policy"), QStringLiteral("set"),
                        QStringLiteral("--reviews-per-case"), QStringLiteral("2")})
                     .exitCode,
                 2); // no queue named

        QByteArray csv = "id,label,confidence,income\n";
        for (int i = 0; i < 4; ++i)
            csv += "c" + QByteArray::number(i) + ',' + (i % 2 ? "decline" : "approve") + ",0.6," +
                   QByteArray::number(1000 + 37 * i) + '\n';
        const Run imported =
            chief({QStringLiteral("import"), write(QStringLiteral("foureyes.csv"), csv),
                   QStringLiteral("--threshold"), QStringLiteral("1")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        // Ann, then Bob, each blind; they differ on c1 only.
        const QStringList anns = {QStringLiteral("approve"), QStringLiteral("approve"),
                                  QStringLiteral("decline"), QStringLiteral("approve")};
        const QStringList bobs = {QStringLiteral("approve"), QStringLiteral("decline"),
                                  QStringLiteral("decline"), QStringLiteral("approve")};
        for (const auto& [login, labels] :
             {std::pair{QStringLiteral("ann"), anns}, std::pair{QStringLiteral("bob"), bobs}}) {
            for (int i = 0; i < 4; ++i) {
                const Run next = as(login, {QStringLiteral("next")});
                QCOMPARE(next.json().value(QStringLiteral("external_id")).toString(),
                         QStringLiteral("c%1").arg(i));
                QCOMPARE(next.json().value(QStringLiteral("stage")).toString(),
                         QStringLiteral("blind"));
                const QString caseId = next.json().value(QStringLiteral("case")).toString();
                QCOMPARE(
                    as(login, {QStringLiteral("commit"), caseId, QStringLiteral("--decision"),
                               labels[i], QStringLiteral("--confidence"), QStringLiteral("70")})
                        .exitCode,
                    0);
                const Run final =
                    as(login, {QStringLiteral("finalize"), caseId, QStringLiteral("--decision"),
                               labels[i], QStringLiteral("--rationale"),
                               QStringLiteral("%1 on c%2").arg(login).arg(i)});
                QCOMPARE(final.exitCode, 0);
                const QString expected = login == u"ann"      ? QStringLiteral("awaiting_reviews")
                                         : anns[i] == bobs[i] ? QStringLiteral("decided")
                                                              : QStringLiteral("adjudication");
                QCOMPARE(final.json().value(QStringLiteral("case_status")).toString(), expected);
            }
        }
        const QStringList adjudication{QStringLiteral("next"), QStringLiteral("--queue"),
                                       QStringLiteral("adjudication")};
        QVERIFY(
            as(QStringLiteral("bob"), adjudication).json().value(QStringLiteral("case")).isNull());
        const Run file = as(QStringLiteral("cy"), adjudication);
        QCOMPARE(file.json().value(QStringLiteral("external_id")).toString(), QStringLiteral("c1"));
        QCOMPARE(file.json().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("adjudication"));
        QCOMPARE(
            file.json().value(QStringLiteral("model")).toObject().value(QStringLiteral("label")),
            QStringLiteral("decline"));
        const QJsonArray reviews = file.json().value(QStringLiteral("reviews")).toArray();
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(reviews[0].toObject().value(QStringLiteral("reviewer")).toString(),
                 QStringLiteral("ann"));
        QCOMPARE(reviews[0].toObject().value(QStringLiteral("final")).toString(),
                 QStringLiteral("approve"));
        QCOMPARE(reviews[1].toObject().value(QStringLiteral("rationale")).toString(),
                 QStringLiteral("bob on c1"));
        const QString adjudicated = file.json().value(QStringLiteral("case")).toString();
        QCOMPARE(as(QStringLiteral("cy"), {QStringLiteral("finalize"), adjudicated,
                                           QStringLiteral("--decision"), QStringLiteral("decline")})
                     .exitCode,
                 1); // a reason is required
        const Run decided =
            as(QStringLiteral("cy"), {QStringLiteral("finalize"), adjudicated,
                                      QStringLiteral("--decision"), QStringLiteral("decline"),
                                      QStringLiteral("--rationale"), QStringLiteral("arrears")});
        QCOMPARE(decided.json().value(QStringLiteral("case_status")).toString(),
                 QStringLiteral("decided"));

        // By hand: (a,a) (a,d) (d,d) (a,a): 3 of 4 agree; Fleiss P = 3/4, P_e = 34/64: 7/15.
        const Run analyze = chief({QStringLiteral("analyze")});
        QCOMPARE(analyze.exitCode, 0);
        const QJsonObject agreement = analyze.json().value(QStringLiteral("agreement")).toObject();
        QCOMPARE(agreement.value(QStringLiteral("cases")).toInt(), 4);
        QCOMPARE(agreement.value(QStringLiteral("reviews_per_case")).toInt(), 2);
        const QJsonObject initial = agreement.value(QStringLiteral("initial")).toObject();
        QCOMPARE(initial.value(QStringLiteral("percent"))
                     .toObject()
                     .value(QStringLiteral("rate"))
                     .toDouble(),
                 0.75);
        QVERIFY(std::abs(initial.value(QStringLiteral("fleiss_kappa")).toDouble() - 7.0 / 15.0) <
                1e-9);
        const QJsonObject settled = agreement.value(QStringLiteral("adjudication")).toObject();
        QCOMPARE(settled.value(QStringLiteral("resolved")).toInt(), 1);
        QCOMPARE(settled.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(settled.value(QStringLiteral("sided_with_model")).toInt(), 1);

        const QString exported = m_dir.filePath(QStringLiteral("foureyes.jsonl"));
        QCOMPARE(chief({QStringLiteral("export"), QStringLiteral("--out"), exported}).exitCode, 0);
        QFile lines(exported);
        QVERIFY(lines.open(QIODevice::ReadOnly));
        QStringList decidedBy;
        for (const QByteArray& line : lines.readAll().split('\n'))
            if (!line.isEmpty())
                decidedBy << QJsonDocument::fromJson(line)
                                 .object()
                                 .value(QStringLiteral("decided_by"))
                                 .toString();
        QCOMPARE(decidedBy.count(QStringLiteral("review")), 3);
        QCOMPARE(decidedBy.count(QStringLiteral("adjudication")), 1);

        const QString pdf = m_dir.filePath(QStringLiteral("foureyes.pdf"));
        const Run report = chief(
            {QStringLiteral("report"), QStringLiteral("--from"),
             QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
             QDate::currentDate().addDays(1).toString(Qt::ISODate), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Independent double review")));
        QVERIFY(text.contains(QStringLiteral("queue review: 2 reviews per case")));
        QVERIFY(text.contains(QString::number(7.0 / 15.0, 'f', 2)));
    }

    void knownAnswersThroughTheCli() {
        const QString db = m_dir.filePath(QStringLiteral("checks.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                      QStringLiteral("chief"), QStringLiteral("--password-stdin")},
                     password.toUtf8() + '\n')
                     .exitCode,
                 0);
        const QByteArray reviewerPassword = "reviewer-password-9";
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                      QStringLiteral("ann"), QStringLiteral("--role"), QStringLiteral("reviewer"),
                      QStringLiteral("--as"), QStringLiteral("chief"),
                      QStringLiteral("--password-stdin")},
                     password.toUtf8() + '\n' + reviewerPassword + '\n')
                     .exitCode,
                 0);
        auto chief = [&](const QStringList& arguments) {
            return cli(QStringList{QStringLiteral("--db"), db} + arguments +
                           QStringList{QStringLiteral("--as"), QStringLiteral("chief"),
                                       QStringLiteral("--password-stdin"),
                                       QStringLiteral("--json")},
                       password.toUtf8() + '\n');
        };
        auto ann = [&](const QStringList& arguments) {
            return cli(
                QStringList{QStringLiteral("--db"), db, QStringLiteral("review")} + arguments +
                    QStringList{QStringLiteral("--as"), QStringLiteral("ann"),
                                QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                reviewerPassword + '\n');
        };
        QByteArray csv = "id,label,confidence,income\n";
        for (int i = 0; i < 3; ++i)
            csv += "c" + QByteArray::number(i) + (i == 1 ? ",decline" : ",approve") + ",0.6," +
                   QByteArray::number(1000 + i) + '\n';
        QCOMPARE(chief({QStringLiteral("import"), write(QStringLiteral("work.csv"), csv),
                        QStringLiteral("--threshold"), QStringLiteral("1")})
                     .exitCode,
                 0);
        const QString checks = write(QStringLiteral("checks.csv"),
                                     "id,label,confidence,income,outcome\nc9,approve,0.7,1900,"
                                     "approve\n");
        // The answers are required.
        QCOMPARE(
            chief({QStringLiteral("import"), checks, QStringLiteral("--known-answers")}).exitCode,
            2);
        const Run set = chief({QStringLiteral("import"), checks, QStringLiteral("--known-answers"),
                               QStringLiteral("--truth-column"), QStringLiteral("outcome")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const QString setId = set.json().value(QStringLiteral("batch")).toString();
        QVERIFY(!setId.isEmpty());
        const Run policy =
            chief({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--queue"),
                   QStringLiteral("review"), QStringLiteral("--known-answer-rate"),
                   QStringLiteral("1"), QStringLiteral("--catch-rate"), QStringLiteral("1"),
                   QStringLiteral("--known-answer-feedback"), QStringLiteral("on")});
        QVERIFY2(policy.exitCode == 0, policy.err.constData());
        const QJsonObject queue =
            policy.json().value(QStringLiteral("queues")).toArray().at(0).toObject();
        QCOMPARE(queue.value(QStringLiteral("known_answer_rate")).toDouble(), 1.0);
        QCOMPARE(queue.value(QStringLiteral("catch_rate")).toDouble(), 1.0);
        QCOMPARE(queue.value(QStringLiteral("known_answer_feedback")).toBool(), true);

        // The check first (rate 1), then production: the same keys, the same notice.
        const Run check = ann({QStringLiteral("next")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QCOMPARE(check.json().value(QStringLiteral("external_id")).toString(),
                 QStringLiteral("c9"));
        QVERIFY(!check.json().value(QStringLiteral("notice")).toString().isEmpty());
        const QString checkId = check.json().value(QStringLiteral("case")).toString();
        const Run committed =
            ann({QStringLiteral("commit"), checkId, QStringLiteral("--decision"),
                 QStringLiteral("approve"), QStringLiteral("--confidence"), QStringLiteral("80")});
        QVERIFY2(committed.exitCode == 0, committed.err.constData());
        const Run revealed = ann({QStringLiteral("next")});
        QCOMPARE(revealed.json().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("revealed"));
        // Planted: the other label, at the row's own confidence.
        const QJsonObject shown = revealed.json().value(QStringLiteral("model")).toObject();
        QCOMPARE(shown.value(QStringLiteral("label")).toString(), QStringLiteral("decline"));
        QCOMPARE(shown.value(QStringLiteral("confidence")).toDouble(), 0.7);
        const Run finalized = ann({QStringLiteral("finalize"), checkId,
                                   QStringLiteral("--decision"), QStringLiteral("approve"),
                                   QStringLiteral("--rationale"), QStringLiteral("income")});
        QVERIFY2(finalized.exitCode == 0, finalized.err.constData());
        const QJsonObject feedback =
            finalized.json().value(QStringLiteral("known_answer")).toObject();
        QCOMPARE(feedback.value(QStringLiteral("truth")).toString(), QStringLiteral("approve"));
        QCOMPARE(feedback.value(QStringLiteral("planted")).toBool(), true);

        const Run production = ann({QStringLiteral("next")});
        QCOMPARE(production.json().value(QStringLiteral("external_id")).toString(),
                 QStringLiteral("c0"));
        QCOMPARE(keys(production.json()), keys(check.json()));
        for (const QString& key : keys(check.json()))
            QCOMPARE(production.json().value(key).type(), check.json().value(key).type());
        QCOMPARE(production.json().value(QStringLiteral("notice")),
                 check.json().value(QStringLiteral("notice")));
        QCOMPARE(production.json().value(QStringLiteral("labels")),
                 check.json().value(QStringLiteral("labels")));
        const QJsonArray productionFacts =
            production.json().value(QStringLiteral("facts")).toArray();
        const QJsonArray checkFacts = check.json().value(QStringLiteral("facts")).toArray();
        QCOMPARE(productionFacts.size(), checkFacts.size());
        for (qsizetype i = 0; i < checkFacts.size(); ++i)
            QCOMPARE(keys(productionFacts[i].toObject()), keys(checkFacts[i].toObject()));

        const QString productionId = production.json().value(QStringLiteral("case")).toString();
        QCOMPARE(
            ann({QStringLiteral("commit"), productionId, QStringLiteral("--decision"),
                 QStringLiteral("approve"), QStringLiteral("--confidence"), QStringLiteral("60")})
                .exitCode,
            0);
        const Run decided = ann({QStringLiteral("finalize"), productionId,
                                 QStringLiteral("--decision"), QStringLiteral("approve")});
        QVERIFY2(decided.exitCode == 0, decided.err.constData());
        QVERIFY(!decided.json().contains(QStringLiteral("known_answer")));

        // Administrators see the set and how often it was served; analyze has the figures;
        // the export never hands the check on.
        const Run sets = chief({QStringLiteral("known-answers"), QStringLiteral("list")});
        QVERIFY2(sets.exitCode == 0, sets.err.constData());
        const QJsonObject listed =
            sets.json().value(QStringLiteral("sets")).toArray()[0].toObject();
        QCOMPARE(listed.value(QStringLiteral("id")).toString(), setId);
        QCOMPARE(listed.value(QStringLiteral("served")).toInt(), 1);
        QCOMPARE(listed.value(QStringLiteral("finalized")).toInt(), 1);
        const Run analyzed = chief({QStringLiteral("analyze")});
        const QJsonObject overall = analyzed.json()
                                        .value(QStringLiteral("known_answers"))
                                        .toObject()
                                        .value(QStringLiteral("overall"))
                                        .toObject();
        QCOMPARE(overall.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(overall.value(QStringLiteral("catch_trials")).toInt(), 1);
        QCOMPARE(overall.value(QStringLiteral("catch_deference"))
                     .toObject()
                     .value(QStringLiteral("rate"))
                     .toDouble(),
                 0.0);
        QCOMPARE(
            analyzed.json().value(QStringLiteral("overall")).toObject().value(QStringLiteral("n")),
            QJsonValue(1)); // c0 alone: the check is no production review
        const QString exportFile = m_dir.filePath(QStringLiteral("checks-export.jsonl"));
        const Run exported = chief({QStringLiteral("export"), QStringLiteral("--out"), exportFile});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile handedOn(exportFile);
        QVERIFY(handedOn.open(QIODevice::ReadOnly));
        const QByteArray records = handedOn.readAll();
        QVERIFY(records.contains("\"c0\"")); // the production decision is there
        QVERIFY(!records.contains("\"c9\""));
        const Run retired = chief({QStringLiteral("known-answers"), QStringLiteral("retire"), setId,
                                   QStringLiteral("--reason"), QStringLiteral("replaced")});
        QVERIFY2(retired.exitCode == 0, retired.err.constData());
        QVERIFY(!retired.json()
                     .value(QStringLiteral("sets"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("retired_at"))
                     .isNull());
        const Run verified = chief({QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 0);

        // The report discloses the policy and names the figures.
        const QString pdf = m_dir.filePath(QStringLiteral("checks.pdf"));
        const Run report = chief(
            {QStringLiteral("report"), QStringLiteral("--from"),
             QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
             QDate::currentDate().addDays(1).toString(Qt::ISODate), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(QStringLiteral("Known answers")));
        QVERIFY(text.contains(QStringLiteral("queue review: known-answer rate 1, catch rate 1")));
        QVERIFY(text.contains(QStringLiteral("1 checks on 1 known-answer cases, 1 catch trials")));
        QVERIFY(text.contains(QStringLiteral("Catch deference")));
    }

    void appealsThroughTheCli() {
        const QString db = m_dir.filePath(QStringLiteral("appeals.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                      QStringLiteral("chief"), QStringLiteral("--password-stdin")},
                     password.toUtf8() + '\n')
                     .exitCode,
                 0);
        const QByteArray reviewerPassword = "reviewer-password-9";
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                      QStringLiteral("ann"), QStringLiteral("--role"), QStringLiteral("reviewer"),
                      QStringLiteral("--as"), QStringLiteral("chief"),
                      QStringLiteral("--password-stdin")},
                     password.toUtf8() + '\n' + reviewerPassword + '\n')
                     .exitCode,
                 0);
        auto chief = [&](const QStringList& arguments) {
            return cli(QStringList{QStringLiteral("--db"), db} + arguments +
                           QStringList{QStringLiteral("--as"), QStringLiteral("chief"),
                                       QStringLiteral("--password-stdin"),
                                       QStringLiteral("--json")},
                       password.toUtf8() + '\n');
        };
        auto ann = [&](const QStringList& arguments) {
            return cli(
                QStringList{QStringLiteral("--db"), db, QStringLiteral("review")} + arguments +
                    QStringList{QStringLiteral("--as"), QStringLiteral("ann"),
                                QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                reviewerPassword + '\n');
        };
        // Two decisions taken by the model at import, confidence 0.9.
        const Run imported =
            chief({QStringLiteral("import"),
                   write(QStringLiteral("decided.csv"),
                         "id,label,confidence,income\nd1,approve,0.9,1000\nd2,decline,0.9,2000\n"),
                   QStringLiteral("--threshold"), QStringLiteral("0.5"),
                   QStringLiteral("--audit-rate"), QStringLiteral("0")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const qint64 since = chief({QStringLiteral("export"), QStringLiteral("--out"),
                                    m_dir.filePath(QStringLiteral("appeals-before.jsonl"))})
                                 .json()
                                 .value(QStringLiteral("next_cursor"))
                                 .toInteger();

        QCOMPARE(chief({QStringLiteral("appeal"), QStringLiteral("d1")}).exitCode, 2);
        const Run filed =
            chief({QStringLiteral("appeal"), QStringLiteral("d1"), QStringLiteral("--reason"),
                   QStringLiteral("My income was misread."), QStringLiteral("--requested-by"),
                   QStringLiteral("the applicant")});
        QVERIFY2(filed.exitCode == 0, filed.err.constData());
        QCOMPARE(filed.json().value(QStringLiteral("original_decider")).toString(),
                 QStringLiteral("model"));
        QCOMPARE(filed.json().value(QStringLiteral("original_decision")).toString(),
                 QStringLiteral("approve"));
        QVERIFY(filed.json().value(QStringLiteral("outcome")).isNull());
        // Once per case.
        QCOMPARE(chief({QStringLiteral("appeal"), QStringLiteral("d1"), QStringLiteral("--reason"),
                        QStringLiteral("again")})
                     .exitCode,
                 1);

        // Blind: the facts and the statement; the commit reveals the model and the appeal.
        const Run next =
            ann({QStringLiteral("next"), QStringLiteral("--queue"), QStringLiteral("appeal")});
        QVERIFY2(next.exitCode == 0, next.err.constData());
        const QJsonObject blind = next.json();
        QCOMPARE(blind.value(QStringLiteral("queue")).toString(), QStringLiteral("appeal"));
        QVERIFY(!blind.contains(QStringLiteral("model")));
        QVERIFY(!blind.contains(QStringLiteral("appeal")));
        const QJsonArray facts = blind.value(QStringLiteral("facts")).toArray();
        QCOMPARE(facts.last().toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("My income was misread."));
        QVERIFY(!next.out.contains("original"));
        const QString caseId = blind.value(QStringLiteral("case")).toString();
        const Run commit =
            ann({QStringLiteral("commit"), caseId, QStringLiteral("--decision"),
                 QStringLiteral("decline"), QStringLiteral("--confidence"), QStringLiteral("70")});
        QVERIFY2(commit.exitCode == 0, commit.err.constData());
        const QJsonObject appeal = commit.json().value(QStringLiteral("appeal")).toObject();
        QCOMPARE(appeal.value(QStringLiteral("original_decision")).toString(),
                 QStringLiteral("approve"));
        QCOMPARE(appeal.value(QStringLiteral("statement")).toString(),
                 QStringLiteral("My income was misread."));
        QCOMPARE(ann({QStringLiteral("finalize"), caseId, QStringLiteral("--decision"),
                      QStringLiteral("decline")})
                     .exitCode,
                 1);
        const Run finalized = ann({QStringLiteral("finalize"), caseId, QStringLiteral("--decision"),
                                   QStringLiteral("decline"), QStringLiteral("--rationale"),
                                   QStringLiteral("Income below the limit.")});
        QVERIFY2(finalized.exitCode == 0, finalized.err.constData());
        QCOMPARE(finalized.json().value(QStringLiteral("appeal")).toString(),
                 QStringLiteral("reversed"));

        // The reversal is handed on, superseding the model's record of d1.
        const QString after = m_dir.filePath(QStringLiteral("appeals-after.jsonl"));
        QCOMPARE(chief({QStringLiteral("export"), QStringLiteral("--since"), QString::number(since),
                        QStringLiteral("--out"), after})
                     .json()
                     .value(QStringLiteral("records"))
                     .toInteger(),
                 1);
        QFile file(after);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(record.value(QStringLiteral("decided_by")).toString(), QStringLiteral("appeal"));
        QCOMPARE(record.value(QStringLiteral("decision")).toString(), QStringLiteral("decline"));
        QCOMPARE(record.value(QStringLiteral("reviewer")).toString(), QStringLiteral("ann"));
        QCOMPARE(record.value(QStringLiteral("supersedes")).toInteger(),
                 1); // d1, first of the batch

        const QJsonArray listed =
            chief({QStringLiteral("appeals")}).json().value(QStringLiteral("appeals")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("reversed"));
        QCOMPARE(listed[0].toObject().value(QStringLiteral("rationale")).toString(),
                 QStringLiteral("Income below the limit."));
        const QJsonObject figures =
            chief({QStringLiteral("analyze")}).json().value(QStringLiteral("appeals")).toObject();
        QCOMPARE(figures.value(QStringLiteral("filed")).toInteger(), 1);
        QCOMPARE(figures.value(QStringLiteral("resolved")).toInteger(), 1);
        QCOMPARE(figures.value(QStringLiteral("reversal"))
                     .toObject()
                     .value(QStringLiteral("rate"))
                     .toDouble(),
                 1.0);
        // The dossier tells the story, with the head to check it against.
        const QString pdf = m_dir.filePath(QStringLiteral("d1.pdf"));
        const Run dossier = chief({QStringLiteral("report"), QStringLiteral("case"),
                                   QStringLiteral("d1"), QStringLiteral("--format"),
                                   QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(dossier.exitCode == 0, dossier.err.constData());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        for (const QString& expected :
             {QStringLiteral("Case dossier: d1"), QStringLiteral("My income was misread."),
              QStringLiteral("Income below the limit."), QStringLiteral("appeal.resolved"),
              QStringLiteral("reversed"), QStringLiteral("ann")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // The head's hash may wrap at the end of a line.
        QVERIFY2(QString(text).remove(u' ').contains(
                     dossier.json().value(QStringLiteral("head_hash")).toString()),
                 qPrintable(text));
        const QString copy = m_dir.filePath(QStringLiteral("d1.json"));
        QCOMPARE(chief({QStringLiteral("report"), QStringLiteral("case"), QStringLiteral("d1"),
                        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                        copy, QStringLiteral("--pseudonymise")})
                     .exitCode,
                 0);
        QFile copyFile(copy);
        QVERIFY(copyFile.open(QIODevice::ReadOnly));
        const QByteArray copyText = copyFile.readAll();
        QVERIFY(!copyText.contains("\"ann\"") && !copyText.contains("\"chief\""));
        QVERIFY(copyText.contains("Income below the limit."));
        QCOMPARE(chief({QStringLiteral("report"), QStringLiteral("case"), QStringLiteral("nope"),
                        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                        m_dir.filePath(QStringLiteral("nope.json"))})
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.json"))));
        const Run policy = chief({QStringLiteral("policy"), QStringLiteral("set"),
                                  QStringLiteral("--appeal-window-days"), QStringLiteral("30"),
                                  QStringLiteral("--appeal-deadline-days"), QStringLiteral("7")});
        QVERIFY2(policy.exitCode == 0, policy.err.constData());
        QCOMPARE(policy.json().value(QStringLiteral("appeal_window_days")).toInt(), 30);
        QCOMPARE(policy.json().value(QStringLiteral("appeal_deadline_days")).toInt(), 7);
        QCOMPARE(chief({QStringLiteral("verify")}).exitCode, 0);
    }

    void reviewThroughTheCli() {
        const QString db = m_dir.filePath(QStringLiteral("review.db"));
        const Run demo =
            cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"),
                 QStringLiteral("200"), QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        const QByteArray reviewerPassword = demo.json()
                                                .value(QStringLiteral("accounts"))
                                                .toObject()
                                                .value(QStringLiteral("demo-reviewer"))
                                                .toString()
                                                .toUtf8();
        auto review = [&](const QStringList& arguments) {
            return cli(
                QStringList{QStringLiteral("--db"), db, QStringLiteral("review")} + arguments +
                    QStringList{QStringLiteral("--as"), QStringLiteral("demo-reviewer"),
                                QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                reviewerPassword + '\n');
        };
        auto sqlValue = [&](const QString& sql) {
            QSqlDatabase connection =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            connection.setDatabaseName(db);
            QVariant value;
            if (connection.open()) {
                QSqlQuery query(connection);
                if (query.exec(sql) && query.next())
                    value = query.value(0);
            }
            connection.close();
            connection = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            return value;
        };

        const Run next = review({QStringLiteral("next")});
        QCOMPARE(next.exitCode, 0);
        const QJsonObject blind = next.json();
        QCOMPARE(keys(blind),
                 (QSet<QString>{QStringLiteral("case"), QStringLiteral("external_id"),
                                QStringLiteral("queue"), QStringLiteral("facts"),
                                QStringLiteral("labels"), QStringLiteral("lease_expires"),
                                QStringLiteral("stage")}));
        const QString caseId = blind.value(QStringLiteral("case")).toString();
        const QString modelLabel =
            sqlValue(QStringLiteral("SELECT s.model_label FROM case_sealed s JOIN cases c ON "
                                    "c.seq = s.case_seq WHERE c.id = '%1'")
                         .arg(caseId))
                .toString();
        const QString confidence =
            sqlValue(QStringLiteral("SELECT s.confidence FROM case_sealed s JOIN cases c ON "
                                    "c.seq = s.case_seq WHERE c.id = '%1'")
                         .arg(caseId))
                .toString();
        QVERIFY(!modelLabel.isEmpty() && !confidence.isEmpty());
        // Nothing but the label options names the model's answer; the confidence is nowhere.
        QJsonObject withoutOptions = blind;
        withoutOptions.remove(QStringLiteral("labels"));
        const QByteArray text = QJsonDocument(withoutOptions).toJson();
        QVERIFY(!text.contains(modelLabel.toUtf8()));
        QVERIFY(!text.contains(confidence.toUtf8()));
        for (const QJsonValue fact : blind.value(QStringLiteral("facts")).toArray())
            QCOMPARE(keys(fact.toObject()),
                     (QSet<QString>{QStringLiteral("name"), QStringLiteral("value")}));

        const QString disagree =
            modelLabel == u"approve" ? QStringLiteral("decline") : QStringLiteral("approve");
        QCOMPARE(review({QStringLiteral("commit"), caseId, QStringLiteral("--decision"), disagree,
                         QStringLiteral("--confidence"), QStringLiteral("150")})
                     .exitCode,
                 2);
        const Run commit = review({QStringLiteral("commit"), caseId, QStringLiteral("--decision"),
                                   disagree, QStringLiteral("--confidence"), QStringLiteral("80")});
        QCOMPARE(commit.exitCode, 0);
        QCOMPARE(commit.json().value(QStringLiteral("initial")).toString(), disagree);
        const QJsonObject model = commit.json().value(QStringLiteral("model")).toObject();
        QCOMPARE(model.value(QStringLiteral("label")).toString(), modelLabel);
        QCOMPARE(model.value(QStringLiteral("probabilities")).toObject().size(), 2);
        // Committed once, for good.
        QCOMPARE(review({QStringLiteral("commit"), caseId, QStringLiteral("--decision"), modelLabel,
                         QStringLiteral("--confidence"), QStringLiteral("80")})
                     .exitCode,
                 1);

        // Switching to the model needs a rationale; without one nothing is stored.
        const Run bare =
            review({QStringLiteral("finalize"), caseId, QStringLiteral("--decision"), modelLabel});
        QCOMPARE(bare.exitCode, 1);
        QVERIFY(bare.err.contains("rationale"));
        QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM reviews WHERE finalized_at IS NOT "
                                         "NULL"))
                     .toInt(),
                 0);
        // Before finalizing, `next` gives the same case back at the reveal stage.
        const Run again = review({QStringLiteral("next")});
        QCOMPARE(again.json().value(QStringLiteral("case")).toString(), caseId);
        QCOMPARE(again.json().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("revealed"));
        const Run final =
            review({QStringLiteral("finalize"), caseId, QStringLiteral("--decision"), modelLabel,
                    QStringLiteral("--rationale"), QStringLiteral("missed the arrears")});
        QCOMPARE(final.exitCode, 0);
        QCOMPARE(keys(final.json()),
                 (QSet<QString>{QStringLiteral("case"), QStringLiteral("final"),
                                QStringLiteral("override"), QStringLiteral("case_status")}));
        QCOMPARE(final.json().value(QStringLiteral("override")).toBool(), false);
        QCOMPARE(final.json().value(QStringLiteral("case_status")).toString(),
                 QStringLiteral("decided"));

        const QString second =
            review({QStringLiteral("next")}).json().value(QStringLiteral("case")).toString();
        QVERIFY(second != caseId);
        QCOMPARE(review({QStringLiteral("release"), second}).exitCode, 2); // --reason missing
        QCOMPARE(review({QStringLiteral("release"), second, QStringLiteral("--reason"),
                         QStringLiteral("conflict of interest")})
                     .exitCode,
                 0);
        const QString third =
            review({QStringLiteral("next")}).json().value(QStringLiteral("case")).toString();
        QVERIFY(third != second);
        const Run escalated = review({QStringLiteral("escalate"), third, QStringLiteral("--to"),
                                      QStringLiteral("senior"), QStringLiteral("--note"),
                                      QStringLiteral("needs a second look")});
        QCOMPARE(escalated.exitCode, 0);
        QCOMPARE(escalated.json().value(QStringLiteral("escalated_to")).toString(),
                 QStringLiteral("senior"));
        // The escalating reviewer does not get it back; an empty queue is not an error.
        const Run empty =
            review({QStringLiteral("next"), QStringLiteral("--queue"), QStringLiteral("senior")});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.json().contains(QStringLiteral("case")));
        QVERIFY(empty.json().value(QStringLiteral("case")).isNull());

        // Only reviewers review.
        const QByteArray adminPassword = demo.json()
                                             .value(QStringLiteral("accounts"))
                                             .toObject()
                                             .value(QStringLiteral("demo-admin"))
                                             .toString()
                                             .toUtf8();
        const Run asAdmin = cli({QStringLiteral("--db"), db, QStringLiteral("review"),
                                 QStringLiteral("next"), QStringLiteral("--as"),
                                 QStringLiteral("demo-admin"), QStringLiteral("--password-stdin")},
                                adminPassword + '\n');
        QCOMPARE(asAdmin.exitCode, 1);
        QVERIFY(asAdmin.err.contains("reviewer"));
    }

    void analyzeAndImportReviewsContract() {
        const QString db = m_dir.filePath(QStringLiteral("analyze.db"));
        const Run demo =
            cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"),
                 QStringLiteral("100"), QStringLiteral("--reviews"), QStringLiteral("3000"),
                 QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().value(QStringLiteral("reviews")).toInt(), 3000);
        const QJsonObject accounts = demo.json().value(QStringLiteral("accounts")).toObject();
        auto as = [&](const QString& login, const QStringList& arguments) {
            return cli(QStringList{QStringLiteral("--db"), db} + arguments +
                           QStringList{QStringLiteral("--as"), login,
                                       QStringLiteral("--password-stdin"),
                                       QStringLiteral("--json")},
                       accounts.value(login).toString().toUtf8() + '\n');
        };
        const Run analyze =
            as(QStringLiteral("demo-compliance"),
               {QStringLiteral("analyze"), QStringLiteral("--tz"), QStringLiteral("UTC")});
        QCOMPARE(analyze.exitCode, 0);
        const QJsonObject report = analyze.json();
        for (const char* key :
             {"overall", "by_reviewer", "by_hour", "by_day", "workload", "accuracy", "warnings"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
        const QJsonObject overall = report.value(QStringLiteral("overall")).toObject();
        for (const char* key : {"n", "override_rate", "ci_low", "ci_high", "disagreement_rate",
                                "deference_rate", "changed_mind_rate"})
            QVERIFY2(overall.contains(QLatin1String(key)), key);
        QCOMPARE(overall.value(QStringLiteral("n")).toInt(), 3000);
        const QJsonArray reviewers = report.value(QStringLiteral("by_reviewer")).toArray();
        QCOMPARE(reviewers.size(), 8);
        // The simulated rubber-stamper has the lowest override rate.
        QCOMPARE(reviewers.first().toObject().value(QStringLiteral("reviewer")).toString(),
                 QStringLiteral("demo-rev-03"));
        const QJsonObject hour =
            report.value(QStringLiteral("by_hour")).toArray().first().toObject();
        QVERIFY(hour.value(QStringLiteral("hour")).isDouble());
        const QJsonObject workload = report.value(QStringLiteral("workload")).toObject();
        for (const char* key : {"high_volume_override_rate", "low_volume_override_rate",
                                "by_ordinal", "by_since_break"})
            QVERIFY2(workload.contains(QLatin1String(key)), key);
        for (const QJsonValue warning : report.value(QStringLiteral("warnings")).toArray()) {
            QVERIFY(!warning.toObject().value(QStringLiteral("code")).toString().isEmpty());
            QVERIFY(!warning.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }

        // No data: null, never 0.
        const Run none =
            as(QStringLiteral("demo-compliance"),
               {QStringLiteral("analyze"), QStringLiteral("--reviewer"), QStringLiteral("nobody")});
        QCOMPARE(none.exitCode, 0);
        const QJsonObject empty = none.json().value(QStringLiteral("overall")).toObject();
        QCOMPARE(empty.value(QStringLiteral("n")).toInt(), 0);
        QVERIFY(empty.value(QStringLiteral("override_rate")).isNull());
        QVERIFY(empty.value(QStringLiteral("ci_low")).isNull());
        QCOMPARE(as(QStringLiteral("demo-compliance"),
                    {QStringLiteral("analyze"), QStringLiteral("--from"), QStringLiteral("March")})
                     .exitCode,
                 2);
        QCOMPARE(as(QStringLiteral("demo-reviewer"), {QStringLiteral("analyze")}).exitCode, 1);

        // A review log with a bad row: named by row and column; the good rows count.
        const QString log = write(QStringLiteral("log.csv"),
                                  "reviewer_id,timestamp,case_id,final_decision,ai_label\n"
                                  "x,2026-01-05T10:00:00+01:00,k1,approve,approve\n"
                                  "x,not a time,k2,approve,decline\n");
        const Run imported =
            as(QStringLiteral("demo-admin"), {QStringLiteral("import-reviews"), log});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().value(QStringLiteral("accepted")).toInt(), 1);
        const QJsonObject reject =
            imported.json().value(QStringLiteral("rejects")).toArray().first().toObject();
        QCOMPARE(reject.value(QStringLiteral("row")).toInt(), 2);
        QCOMPARE(reject.value(QStringLiteral("column")).toString(), QStringLiteral("timestamp"));
        const Run again = as(QStringLiteral("demo-admin"), {QStringLiteral("import-reviews"), log});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already imported"));
    }

    void reportAndVerifyContract() {
        const QString db = m_dir.filePath(QStringLiteral("report.db"));
        const Run demo =
            cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"),
                 QStringLiteral("100"), QStringLiteral("--reviews"), QStringLiteral("2000"),
                 QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        const QJsonObject accounts = demo.json().value(QStringLiteral("accounts")).toObject();
        // No display and no platform variable: the PDF is drawn offscreen by itself.
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        bare.remove(QStringLiteral("QT_QPA_PLATFORM"));
        bare.remove(QStringLiteral("DISPLAY"));
        bare.remove(QStringLiteral("WAYLAND_DISPLAY"));
        auto as = [&](const QString& login, const QStringList& arguments) {
            return cli(
                QStringList{QStringLiteral("--db"), db} + arguments +
                    QStringList{QStringLiteral("--as"), login, QStringLiteral("--password-stdin")},
                accounts.value(login).toString().toUtf8() + '\n', bare);
        };
        const QString from = QDate::currentDate().addDays(-40).toString(Qt::ISODate);
        const QString to = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        auto report = [&](const QString& format, const QString& file) {
            return as(QStringLiteral("demo-compliance"),
                      {QStringLiteral("report"), QStringLiteral("--from"), from,
                       QStringLiteral("--to"), to, QStringLiteral("--format"), format,
                       QStringLiteral("--out"), m_dir.filePath(file)});
        };
        const Run pdf = report(QStringLiteral("pdf"), QStringLiteral("r.pdf"));
        QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
        QVERIFY(pdf.err.isEmpty());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), m_dir.filePath(QStringLiteral("r.pdf")),
                         QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Period: %1 to %2").arg(from, to)));

        const Run analyze = as(QStringLiteral("demo-compliance"),
                               {QStringLiteral("analyze"), QStringLiteral("--from"), from,
                                QStringLiteral("--to"), to, QStringLiteral("--json")});
        const QJsonObject overall = analyze.json().value(QStringLiteral("overall")).toObject();
        const double rate = overall.value(QStringLiteral("override_rate")).toDouble();
        QVERIFY(text.contains(QLocale().toString(rate * 100, 'f', 1) + QStringLiteral(" %")));
        for (const QJsonValue reviewer :
             analyze.json().value(QStringLiteral("by_reviewer")).toArray())
            QVERIFY(
                text.contains(reviewer.toObject().value(QStringLiteral("reviewer")).toString()));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.contains(QStringLiteral("intact")) &&
                !text.contains(QStringLiteral("FAILED")));

        QCOMPARE(report(QStringLiteral("csv"), QStringLiteral("r.csv")).exitCode, 0);
        QFile csv(m_dir.filePath(QStringLiteral("r.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n") - 1,
                 overall.value(QStringLiteral("n")).toInt()); // no rationale spans lines here
        QCOMPARE(report(QStringLiteral("json"), QStringLiteral("r.json")).exitCode, 0);
        // A model card per model version: together they hold the demo's 100 decisions.
        QFile json(m_dir.filePath(QStringLiteral("r.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray cards = QJsonDocument::fromJson(json.readAll())[u"model_cards"].toArray();
        QVERIFY(!cards.isEmpty());
        qint64 decisions = 0;
        for (const QJsonValue& card : cards) {
            decisions += card[u"decisions"].toInteger();
            QVERIFY(
                text.contains(QStringLiteral("Model card: ") + card[u"model_version"].toString()));
        }
        QCOMPARE(decisions, 100);
        QCOMPARE(report(QStringLiteral("html"), QStringLiteral("r.html")).exitCode, 2);
        QCOMPARE(as(QStringLiteral("demo-reviewer"),
                    {QStringLiteral("report"), QStringLiteral("--from"), from,
                     QStringLiteral("--to"), to, QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no.csv"))})
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no.csv"))));

        const Run intact = as(QStringLiteral("demo-compliance"),
                              {QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(intact.json().value(QStringLiteral("intact")).toBool(), true);
        const QString anchor =
            QStringLiteral("%1:%2")
                .arg(intact.json().value(QStringLiteral("head_seq")).toInteger())
                .arg(intact.json().value(QStringLiteral("head_hash")).toString());
        QCOMPARE(as(QStringLiteral("demo-compliance"),
                    {QStringLiteral("verify"), QStringLiteral("--anchor"), anchor})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("demo-compliance"),
                    {QStringLiteral("verify"), QStringLiteral("--anchor"),
                     QStringLiteral("3:") + QString(64, u'a')})
                     .exitCode,
                 3);

        // An imported review edited behind Oversight's back: exit 3, named.
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE review_facts SET final = CASE final WHEN 'approve' THEN 'decline' "
                "ELSE 'approve' END WHERE seq = 7")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run broken = as(QStringLiteral("demo-compliance"),
                              {QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(broken.exitCode, 3);
        QCOMPARE(broken.json().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("content_differs"));
        QVERIFY(broken.json().value(QStringLiteral("first_bad_seq")).toInteger() > 0);
        QVERIFY(broken.err.contains("audit trail broken"));
    }

    void zoneAliasesUseTheRollups() {
        // The analytics zone is fixed by the machine that records the first review.
        auto demoIn = [&](const QString& name, const QString& zone) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("TZ"), zone);
            const QString db = m_dir.filePath(name);
            const Run demo =
                cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"),
                     QStringLiteral("100"), QStringLiteral("--reviews"), QStringLiteral("400"),
                     QStringLiteral("--json")},
                    {}, env);
            return std::pair{db, demo.json().value(QStringLiteral("accounts")).toObject()};
        };
        auto analyze = [&](const std::pair<QString, QJsonObject>& database,
                           const QStringList& extra) {
            return cli(QStringList{QStringLiteral("--db"), database.first,
                                   QStringLiteral("analyze"), QStringLiteral("--as"),
                                   QStringLiteral("demo-compliance"),
                                   QStringLiteral("--password-stdin"), QStringLiteral("--json")} +
                           extra,
                       database.second.value(QStringLiteral("demo-compliance"))
                               .toString()
                               .toUtf8() +
                           '\n')
                .json();
        };
        const auto utc = demoIn(QStringLiteral("zone-utc.db"), QStringLiteral("Etc/UTC"));
        const QJsonObject own = analyze(utc, {});
        QCOMPARE(own[QStringLiteral("time_zone")][QStringLiteral("analytics_zone")].toString(),
                 QStringLiteral("Etc/UTC"));
        QCOMPARE(own[QStringLiteral("time_zone")][QStringLiteral("rollups")].toBool(), true);
        for (const QString& alias :
             {QStringLiteral("UTC"), QStringLiteral("Etc/Universal"), QStringLiteral("Zulu")}) {
            const QJsonObject aliased = analyze(utc, {QStringLiteral("--tz"), alias});
            QCOMPARE(aliased[QStringLiteral("time_zone")][QStringLiteral("zone")].toString(),
                     alias);
            QVERIFY2(aliased[QStringLiteral("time_zone")][QStringLiteral("rollups")].toBool(),
                     qPrintable(alias));
            // The same figures computed from the raw facts in the alias's own zone.
            const QJsonObject facts =
                analyze(utc, {QStringLiteral("--tz"), alias, QStringLiteral("--from-facts")});
            QCOMPARE(facts[QStringLiteral("time_zone")][QStringLiteral("rollups")].toBool(), false);
            QCOMPARE(aliased[QStringLiteral("overall")], facts[QStringLiteral("overall")]);
            QCOMPARE(aliased[QStringLiteral("by_hour")], facts[QStringLiteral("by_hour")]);
        }
        const QJsonObject berlin =
            analyze(utc, {QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
        QCOMPARE(berlin[QStringLiteral("time_zone")][QStringLiteral("rollups")].toBool(), false);
        QCOMPARE(berlin[QStringLiteral("overall")][QStringLiteral("n")].toInt(), 400);

        // A zone of its own name whose offsets agree over the data's days.
        const auto paris = demoIn(QStringLiteral("zone-paris.db"), QStringLiteral("Europe/Paris"));
        const QJsonObject berlinOnParis =
            analyze(paris, {QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
        QCOMPARE(berlinOnParis[QStringLiteral("time_zone")][QStringLiteral("rollups")].toBool(),
                 true);
        QCOMPARE(berlinOnParis[QStringLiteral("by_hour")],
                 analyze(paris, {QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                                 QStringLiteral("--from-facts")})[QStringLiteral("by_hour")]);
        const QJsonObject londonOnParis =
            analyze(paris, {QStringLiteral("--tz"), QStringLiteral("Europe/London")});
        QCOMPARE(londonOnParis[QStringLiteral("time_zone")][QStringLiteral("rollups")].toBool(),
                 false);

        const auto kolkata =
            demoIn(QStringLiteral("zone-kolkata.db"), QStringLiteral("Asia/Kolkata"));
        const QJsonObject calcutta =
            analyze(kolkata, {QStringLiteral("--tz"), QStringLiteral("Asia/Calcutta")});
        QCOMPARE(calcutta[QStringLiteral("time_zone")][QStringLiteral("analytics_zone")].toString(),
                 QStringLiteral("Asia/Kolkata"));
        QCOMPARE(calcutta[QStringLiteral("time_zone")][QStringLiteral("rollups")].toBool(), true);
    }

    // Two people's computers on one file: one saw the newest verification, the
    // other did not. Removing that event (and letting the next run take its number)
    // passes the chain, and only the computer that saw it raises the alarm.
    void witnessedHeadsCatchARewrittenEnd() {
        const QString db = m_dir.filePath(QStringLiteral("witnessed.db"));
        const Run demo =
            cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"),
                 QStringLiteral("60"), QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        const QJsonObject accounts = demo.json()[QStringLiteral("accounts")].toObject();
        auto computer = [&](const QString& name) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(name));
            return env;
        };
        const QProcessEnvironment mine = computer(QStringLiteral("home-mine"));
        const QProcessEnvironment theirs = computer(QStringLiteral("home-theirs"));
        auto as = [&](const QString& login, const QStringList& command,
                      const QProcessEnvironment& env) {
            return cli(QStringList{QStringLiteral("--db"), db} + command +
                           QStringList{QStringLiteral("--as"), login,
                                       QStringLiteral("--password-stdin"),
                                       QStringLiteral("--json")},
                       accounts[login].toString().toUtf8() + '\n', env);
        };
        const QString compliance = QStringLiteral("demo-compliance");
        const Run seen = as(compliance, {QStringLiteral("verify")}, mine);
        QCOMPARE(seen.exitCode, 0);
        auto newestEvent = [&] {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newest"));
            raw.setDatabaseName(db);
            std::pair<qint64, QString> newest;
            if (raw.open()) {
                QSqlQuery query(raw);
                if (query.exec(QStringLiteral(
                        "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")) &&
                    query.next())
                    newest = {query.value(0).toLongLong(), query.value(1).toString()};
            }
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("newest"));
            return newest;
        };
        const auto [verifiedSeq, verifiedHash] = newestEvent();
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("truncate"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_events_not_deleted")));
            QVERIFY(query.exec(
                QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(verifiedSeq)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("truncate"));

        // The other computer never saw the event: the chain alone passes.
        const Run unseen = as(compliance, {QStringLiteral("verify")}, theirs);
        QCOMPARE(unseen.exitCode, 0);
        QVERIFY(!unseen.err.contains("TAMPER"));
        QVERIFY(newestEvent().first >= verifiedSeq);
        QVERIFY(newestEvent().second != verifiedHash);

        // Mine warns at every open, and verify names the event and exits 3.
        const Run queues = cli({QStringLiteral("--db"), db, QStringLiteral("queues")}, {}, mine);
        QCOMPARE(queues.exitCode, 0);
        QVERIFY2(queues.err.contains("TAMPER ALARM"), queues.err.constData());
        const Run alarmed = as(compliance, {QStringLiteral("verify")}, mine);
        QCOMPARE(alarmed.exitCode, 3);
        QCOMPARE(alarmed.json()[QStringLiteral("problem")].toString(),
                 QStringLiteral("witnessed_head_lost"));
        QCOMPARE(alarmed.json()[QStringLiteral("first_bad_seq")].toInteger(), verifiedSeq);
        QVERIFY(
            alarmed.json()[QStringLiteral("message")].toString().contains(verifiedHash.left(16)));

        auto eventsOf = [&](const QString& action) {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            raw.setDatabaseName(db);
            qint64 count = -1;
            if (raw.open()) {
                QSqlQuery query(raw);
                query.prepare(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"));
                query.addBindValue(action);
                if (query.exec() && query.next())
                    count = query.value(0).toLongLong();
            }
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("count"));
            return count;
        };
        QCOMPARE(eventsOf(QStringLiteral("audit.head_alarm")), 1); // once, however often seen

        // A restore is acknowledged by an administrator, on record; then it verifies.
        const QStringList acknowledge{QStringLiteral("verify"),
                                      QStringLiteral("--acknowledge-restore"),
                                      QStringLiteral("restored last night's backup")};
        QCOMPARE(as(compliance, acknowledge, mine).exitCode, 1);
        QCOMPARE(eventsOf(QStringLiteral("audit.restore_acknowledged")), 0);
        const Run acknowledged = as(QStringLiteral("demo-admin"), acknowledge, mine);
        QCOMPARE(acknowledged.exitCode, 0);
        QCOMPARE(acknowledged.json()[QStringLiteral("intact")].toBool(), true);
        QCOMPARE(eventsOf(QStringLiteral("audit.restore_acknowledged")), 1);
        QCOMPARE(as(compliance, {QStringLiteral("verify")}, mine).exitCode, 0);
    }

    void verifyNamesATamperedRollup() {
        const QString db = m_dir.filePath(QStringLiteral("rollup-tamper.db"));
        const Run demo =
            cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"),
                 QStringLiteral("100"), QStringLiteral("--reviews"), QStringLiteral("300"),
                 QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        const QByteArray secret =
            demo.json()[QStringLiteral("accounts")][QStringLiteral("demo-compliance")]
                .toString()
                .toUtf8();
        auto verify = [&] {
            return cli({QStringLiteral("--db"), db, QStringLiteral("verify"),
                        QStringLiteral("--as"), QStringLiteral("demo-compliance"),
                        QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                       secret + '\n');
        };
        QCOMPARE(verify().exitCode, 0);

        // One hour's override count raised by one, as an edit of the file would.
        QString day;
        int hour = -1;
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rollup"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral(
                "SELECT local_day, local_hour FROM rollup_by_hour ORDER BY local_day, local_hour "
                "LIMIT 1")));
            QVERIFY(query.next());
            day = query.value(0).toString();
            hour = query.value(1).toInt();
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE rollup_by_hour SET overrides = overrides + 1 WHERE (local_day, "
                "local_hour, queue, model) IN (SELECT local_day, local_hour, queue, model FROM "
                "rollup_by_hour ORDER BY local_day, local_hour LIMIT 1)")));
            QCOMPARE(query.numRowsAffected(), 1);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rollup"));
        const Run broken = verify();
        QCOMPARE(broken.exitCode, 3);
        QCOMPARE(broken.json()[QStringLiteral("problem")].toString(),
                 QStringLiteral("rollup_differs"));
        QCOMPARE(broken.json()[QStringLiteral("subject")].toString(),
                 QStringLiteral("rollup_by_hour"));
        const QString message = broken.json()[QStringLiteral("message")].toString();
        QVERIFY2(message.contains(QStringLiteral("local_day %1, local_hour %2").arg(day).arg(hour)),
                 qPrintable(message));
        QVERIFY2(message.contains(u"overrides is"), qPrintable(message));
    }

    void userManagement() {
        auto asAdmin = [&](const QStringList& arguments, const QByteArray& extraStdin = {}) {
            return cli(
                QStringList{QStringLiteral("--db"), m_db, QStringLiteral("user")} + arguments +
                    QStringList{QStringLiteral("--as"), QStringLiteral("admin"),
                                QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                password.toUtf8() + '\n' + extraStdin);
        };
        const Run added =
            asAdmin({QStringLiteral("add"), QStringLiteral("rita"), QStringLiteral("--role"),
                     QStringLiteral("reviewer"), QStringLiteral("--display-name"),
                     QStringLiteral("Rita Reviewer")},
                    "rita-first-password\n");
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json().value(QStringLiteral("roles")).toArray().first().toString(),
                 QStringLiteral("reviewer"));
        QCOMPARE(asAdmin({QStringLiteral("add"), QStringLiteral("short"), QStringLiteral("--role"),
                          QStringLiteral("reviewer")},
                         "tiny\n")
                     .exitCode,
                 1);
        QCOMPARE(asAdmin({QStringLiteral("add"), QStringLiteral("nobody")}).exitCode,
                 2); // no --role

        const Run list = asAdmin({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QStringList logins;
        for (const QJsonValue& user : list.json().value(QStringLiteral("users")).toArray())
            logins << user.toObject().value(QStringLiteral("login")).toString();
        QVERIFY(logins.contains(QStringLiteral("rita")) &&
                logins.contains(QStringLiteral("admin")));

        // A reviewer may not list or add users, and may change only their own password.
        const Run refused = cli({QStringLiteral("--db"), m_db, QStringLiteral("user"),
                                 QStringLiteral("list"), QStringLiteral("--as"),
                                 QStringLiteral("rita"), QStringLiteral("--password-stdin")},
                                "rita-first-password\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("needs the role admin"));
        const Run own =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("user"), QStringLiteral("passwd"),
                 QStringLiteral("rita"), QStringLiteral("--as"), QStringLiteral("rita"),
                 QStringLiteral("--password-stdin")},
                "rita-first-password\nrita-second-password\n");
        QCOMPARE(own.exitCode, 0);

        QCOMPARE(asAdmin({QStringLiteral("disable"), QStringLiteral("rita")}).exitCode, 0);
        const Run disabled = cli({QStringLiteral("--db"), m_db, QStringLiteral("policy"),
                                  QStringLiteral("show"), QStringLiteral("--as"),
                                  QStringLiteral("rita"), QStringLiteral("--password-stdin")},
                                 "rita-second-password\n");
        // policy show needs no sign-in, but an identity given is always checked.
        QCOMPARE(disabled.exitCode, 1);
        const Run signIn =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("user"), QStringLiteral("passwd"),
                 QStringLiteral("rita"), QStringLiteral("--as"), QStringLiteral("rita"),
                 QStringLiteral("--password-stdin")},
                "rita-second-password\nrita-third-password\n");
        QCOMPARE(signIn.exitCode, 1);
        QVERIFY(signIn.err.contains("Wrong login or password"));
        QCOMPARE(asAdmin({QStringLiteral("enable"), QStringLiteral("rita")}).exitCode, 0);
        QCOMPARE(asAdmin({QStringLiteral("passwd"), QStringLiteral("rita")}, "reset-by-the-admin\n")
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("user"),
                      QStringLiteral("passwd"), QStringLiteral("rita"), QStringLiteral("--as"),
                      QStringLiteral("rita"), QStringLiteral("--password-stdin")},
                     "reset-by-the-admin\nrita-fourth-password\n")
                     .exitCode,
                 0);
    }

    // A reviewer works through a large import: every action succeeds, and write
    // actions complete while the import still runs (a single import transaction
    // would hold them all until its end). The latency budget is the benchmark's
    // (tests/benchmarks/bench-import-contention), not a timed test's.
    void aReviewerKeepsWorkingThroughAnImport() {
        const QString db = m_dir.filePath(QStringLiteral("contention.db"));
        const Run demo =
            cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"),
                 QStringLiteral("2000"), QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        const QJsonObject accounts = demo.json().value(QStringLiteral("accounts")).toObject();
        const QByteArray adminPassword =
            accounts.value(QStringLiteral("demo-admin")).toString().toUtf8();
        const QByteArray reviewerPassword =
            accounts.value(QStringLiteral("demo-reviewer")).toString().toUtf8();
        auto asReviewer = [&](const QStringList& arguments) {
            return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"),
                                   QStringLiteral("demo-reviewer")} +
                       arguments);
        };
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("login"), QStringLiteral("--as"),
                      QStringLiteral("demo-reviewer"), QStringLiteral("--password-stdin")},
                     reviewerPassword + '\n')
                     .exitCode,
                 0);
        const QString file = m_dir.filePath(QStringLiteral("contention.csv"));
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300000"),
                 QStringLiteral("--seed"), QStringLiteral("78"), QStringLiteral("--out"), file})
                .exitCode,
            0);

        QProcess import;
        import.start(QStringLiteral(OVERSIGHT_CLI_PATH),
                     {QStringLiteral("--db"), db, QStringLiteral("import"), file,
                      QStringLiteral("--id-column"), QStringLiteral("application_id"),
                      QStringLiteral("--label-column"), QStringLiteral("decision"),
                      QStringLiteral("--proba-columns"),
                      QStringLiteral("approve=p_approve,decline=p_decline"), QStringLiteral("--as"),
                      QStringLiteral("demo-admin"), QStringLiteral("--password-stdin")});
        import.write(adminPassword + '\n');
        import.closeWriteChannel();
        QVERIFY(import.waitForStarted());
        // The process's end reaches its state through the event loop.
        auto importRuns = [&import] {
            QCoreApplication::processEvents();
            return import.state() != QProcess::NotRunning;
        };
        int actions = 0;
        int writesDuringImport = 0;
        while (importRuns()) {
            const Run next = asReviewer(
                {QStringLiteral("review"), QStringLiteral("next"), QStringLiteral("--json")});
            QVERIFY2(next.exitCode == 0, next.err.constData());
            ++actions;
            const QString caseId = next.json().value(QStringLiteral("case")).toString();
            QVERIFY2(!caseId.isEmpty(), qPrintable(QStringLiteral("after %1 actions: %2")
                                                       .arg(actions)
                                                       .arg(QString::fromUtf8(next.out))));
            const QString label =
                next.json().value(QStringLiteral("labels")).toArray().first().toString();
            const Run commit = asReviewer({QStringLiteral("review"), QStringLiteral("commit"),
                                           caseId, QStringLiteral("--decision"), label,
                                           QStringLiteral("--confidence"), QStringLiteral("70")});
            QVERIFY2(commit.exitCode == 0, commit.err.constData());
            const Run finalize =
                asReviewer({QStringLiteral("review"), QStringLiteral("finalize"), caseId,
                            QStringLiteral("--decision"), label, QStringLiteral("--rationale"),
                            QStringLiteral("checked during an import")});
            QVERIFY2(finalize.exitCode == 0, finalize.err.constData());
            actions += 2;
            if (importRuns())
                writesDuringImport += 2;
        }
        QCOMPARE(import.exitStatus(), QProcess::NormalExit);
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        qInfo("%d reviewer actions, %d writes completed while the import ran", actions,
              writesDuringImport);
        QVERIFY(writesDuringImport >= 2);
        const Run verify =
            cli({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--as"),
                 QStringLiteral("demo-admin"), QStringLiteral("--password-stdin")},
                adminPassword + '\n');
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
    }

    // The same for a review log: killed while its facts are staged, no figure
    // shows any of them, and the next open removes them.
    void reviewLogImportKilledHalfWayIsRemovedAtTheNextOpen() {
        const QString log = m_dir.filePath(QStringLiteral("big-log.csv"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("1000"),
                      QStringLiteral("--reviews"), QStringLiteral("300000"),
                      QStringLiteral("--reviews-out"), log})
                     .exitCode,
                 0);
        const QString db = m_dir.filePath(QStringLiteral("kill-log.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                      QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                     password.toUtf8())
                     .exitCode,
                 0);
        killOnceWriting(db, {QStringLiteral("import-reviews"), log, QStringLiteral("--tz"),
                             QStringLiteral("UTC")});
        if (QTest::currentTestFailed())
            return;

        auto counts = [&](const QString& sql) {
            QSqlDatabase check =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(db);
            qint64 value = -1;
            if (check.open()) {
                QSqlQuery query(check);
                if (query.exec(sql) && query.next())
                    value = query.value(0).toLongLong();
            }
            check.close();
            check = {};
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
            return value;
        };
        QVERIFY(counts(QStringLiteral("SELECT count(*) FROM review_facts")) > 0);
        QCOMPARE(counts(QStringLiteral("SELECT count(*) FROM review_logs WHERE staging = 0")), 0);
        const Run analyzed = cli({QStringLiteral("--db"), db, QStringLiteral("analyze"),
                                  QStringLiteral("--json"), QStringLiteral("--as"),
                                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                 password.toUtf8() + '\n');
        QVERIFY2(analyzed.exitCode == 0, analyzed.err.constData());
        QCOMPARE(counts(QStringLiteral("SELECT (SELECT count(*) FROM review_facts) + (SELECT "
                                       "count(*) FROM review_logs)")),
                 0);
        const Run verified =
            cli({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--as"),
                 QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                password.toUtf8() + '\n');
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
    }

    // Killed while staging: what it stored is invisible (no published batch, no
    // queued case anyone can count or claim) and the next open removes it.
    void importKilledHalfWayLeavesTheDatabaseAsBefore() {
        const QString file = m_dir.filePath(QStringLiteral("big.csv"));
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("400000"),
                 QStringLiteral("--seed"), QStringLiteral("77"), QStringLiteral("--out"), file})
                .exitCode,
            0);
        const QString db = m_dir.filePath(QStringLiteral("kill.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                      QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                     password.toUtf8())
                     .exitCode,
                 0);

        killOnceWriting(db, {QStringLiteral("import"), file, QStringLiteral("--id-column"),
                             QStringLiteral("application_id"), QStringLiteral("--label-column"),
                             QStringLiteral("decision"), QStringLiteral("--proba-columns"),
                             QStringLiteral("approve=p_approve,decline=p_decline")});
        if (QTest::currentTestFailed())
            return;

        {
            QSqlDatabase check =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(db);
            QVERIFY(check.open());
            QSqlQuery query(check);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM import_batches WHERE "
                                              "staging = 0")) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            // The kill came after rows were written: they are there, staged.
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM cases")) && query.next());
            QVERIFY(query.value(0).toInt() > 0);
            check.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        const Run queues = cli({QStringLiteral("--db"), db, QStringLiteral("queues"),
                                QStringLiteral("--json"), QStringLiteral("--as"),
                                QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                               password.toUtf8() + '\n');
        QCOMPARE(queues.exitCode, 0);
        const QJsonObject depths = QJsonDocument::fromJson(queues.out).object();
        QVERIFY2(!depths.isEmpty(), queues.out.constData());
        for (const QJsonValue queue : depths.value(QStringLiteral("queues")).toArray())
            QCOMPARE(queue.toObject().value(QStringLiteral("pending")).toInt(), 0);
        {
            QSqlDatabase check =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(db);
            QVERIFY(check.open());
            QSqlQuery query(check);
            QVERIFY(
                query.exec(QStringLiteral(
                    "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM case_sealed) + "
                    "(SELECT count(*) FROM import_batches) + (SELECT count(*) FROM "
                    "model_versions)")) &&
                query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            check.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
