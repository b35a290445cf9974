// When the disk is full or the database is read-only, the CLI says so in words
// and stores nothing half-way: the database stays intact, verifies, and takes the
// same work once there is room again. A full disk is made with a file size limit
// (RLIMIT_FSIZE, with SIGXFSZ ignored, so a write fails as it does on a full disk);
// a read-only database by running the CLI as another user (or chmod when not root).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

enum class Limit { None, FileSize, OtherUser };

Run runCli(const QStringList& arguments, const QByteArray& input, Limit limit = Limit::None,
           qint64 fileSizeLimit = 0, const QString& program = QStringLiteral(OVERSIGHT_CLI_PATH)) {
    QProcess process;
    process.setChildProcessModifier([limit, fileSizeLimit] {
        if (limit == Limit::FileSize) {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG
            const rlimit size{static_cast<rlim_t>(fileSizeLimit),
                              static_cast<rlim_t>(fileSizeLimit)};
            setrlimit(RLIMIT_FSIZE, &size);
        } else if (limit == Limit::OtherUser) {
            const gid_t nogroup = 65534;
            if (setgroups(0, nullptr) != 0 || setgid(nogroup) != 0 || setuid(65534) != 0)
                _exit(99);
        }
    });
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QVariant peek(const QString& path, const QString& sql) {
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("%s failed", qPrintable(sql));
        if (query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStorageFailure : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_password;

    QStringList asAdmin(const QStringList& arguments) const {
        return QStringList{QStringLiteral("--db"), m_db} + arguments +
               QStringList{QStringLiteral("--as"), QStringLiteral("demo-admin"),
                           QStringLiteral("--password-stdin")};
    }

    QString writeDecisions(const QString& name, int rows) const {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        QByteArray text = "id,label,confidence,age,city\n";
        for (int i = 0; i < rows; ++i)
            text += name.toUtf8() + '-' + QByteArray::number(i) + ',' +
                    (i % 3 ? "approve" : "deny") + ",0." + QByteArray::number(50 + i % 50) + ',' +
                    QByteArray::number(20 + i % 61) + ",\"city " + QByteArray::number(i % 41) +
                    "\"\n";
        file.write(text);
        return path;
    }

    // Writes everything into the database file and empties the write-ahead log, so
    // the next write must grow a file.
    void checkpoint() {
        QCOMPARE(peek(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt(), 0);
    }

    void expectIntactAndVerified() {
        QCOMPARE(peek(m_db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        const Run verify = runCli(asAdmin({QStringLiteral("verify")}), m_password + '\n');
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = m_dir.filePath(QStringLiteral("limits.db"));
        const Run demo =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--cases"),
                    QStringLiteral("300"), QStringLiteral("--json")},
                   {});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_password = QJsonDocument::fromJson(demo.out)
                         .object()
                         .value(QStringLiteral("accounts"))
                         .toObject()
                         .value(QStringLiteral("demo-admin"))
                         .toString()
                         .toUtf8();
        QVERIFY(!m_password.isEmpty());
    }

    void fullDiskDuringImportStoresNothingAndSaysWhy() {
        const QString file = writeDecisions(QStringLiteral("big.csv"), 20000);
        checkpoint();
        const qint64 cases = peek(m_db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
        const qint64 events =
            peek(m_db, QStringLiteral("SELECT max(seq) FROM audit_events")).toLongLong();
        const qint64 room = QFileInfo(m_db).size() + 200 * 1024;
        const Run full = runCli(asAdmin({QStringLiteral("import"), file}), m_password + '\n',
                                Limit::FileSize, room);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("the disk is full"), full.err.constData());
        QVERIFY2(full.err.contains(m_db.toUtf8()), full.err.constData());
        QVERIFY2(full.err.contains("Nothing of this change was stored"), full.err.constData());
        QCOMPARE(peek(m_db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong(), cases);
        QCOMPARE(peek(m_db, QStringLiteral("SELECT group_concat(action) FROM audit_events WHERE "
                                           "seq > %1")
                                .arg(events))
                     .toString(),
                 QStringLiteral("account.login")); // the sign-in, before the import
        QCOMPARE(peek(m_db, QStringLiteral("SELECT count(*) FROM import_batches WHERE "
                                           "source_name = 'big.csv'"))
                     .toLongLong(),
                 0);
        expectIntactAndVerified();

        // With room again, the same file imports whole.
        const Run again = runCli(asAdmin({QStringLiteral("import"), file}), m_password + '\n');
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(peek(m_db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong(),
                 cases + 20000);
        expectIntactAndVerified();
    }

    void fullDiskDuringSignInSaysWhy() {
        // Signing in records an event: even that small write fails clearly. The
        // limit is per file, so it must be below what the write-ahead log needs.
        checkpoint();
        const QByteArray before = fileBytes(m_db);
        const Run full =
            runCli(asAdmin({QStringLiteral("queues")}), m_password + '\n', Limit::FileSize, 1024);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("the disk is full"), full.err.constData());
        QCOMPARE(fileBytes(m_db), before);
        expectIntactAndVerified();
    }

    void readOnlyDatabaseIsRefusedUntouched() {
        checkpoint();
        // The other user runs a copy of the CLI from the readable folder: the build
        // folder may be private to this user.
        const QString cli = m_dir.filePath(QStringLiteral("oversight-cli"));
        QVERIFY(QFile::copy(QStringLiteral(OVERSIGHT_CLI_PATH), cli));
        QVERIFY(QFile::setPermissions(cli, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                               QFileDevice::ExeOther));
        const QByteArray before = fileBytes(m_db);
        const bool root = geteuid() == 0;
        // Another user may read the file and its folder, but not write them.
        QVERIFY(QFile::setPermissions(
            m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(
            m_db, root ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                       : QFileDevice::ReadOwner));
        if (!root)
            QVERIFY(QFile::setPermissions(m_dir.path(),
                                          QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const Run refused = runCli(asAdmin({QStringLiteral("queues")}), m_password + '\n',
                                   root ? Limit::OtherUser : Limit::None, 0, cli);
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner);
        QFile::remove(cli);
        QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("is read-only for this user"), refused.err.constData());
        QVERIFY2(refused.err.contains(m_db.toUtf8()), refused.err.constData());
        QCOMPARE(fileBytes(m_db), before);
        expectIntactAndVerified();
    }
};

QTEST_GUILESS_MAIN(TestStorageFailure)
#include "tst_storagefailure.moc"
