// When the disk is full or the database is read-only, the CLI says so in words
// and stores nothing half-way: the database stays intact, verifies, and takes the
// same work once there is room again. A full disk is made with a file size limit
// (RLIMIT_FSIZE, with SIGXFSZ ignored, so a write fails as it does on a full disk);
// a read-only database by running the CLI as another user (or chmod when not root).
#include "clisupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace oversight::test;

namespace {

// In the child: writes past `bytes` fail with EFBIG, as on a full disk.
CliControl fileSizeLimit(qint64 bytes) {
    CliControl control;
    control.inChild = [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit size{static_cast<rlim_t>(bytes), static_cast<rlim_t>(bytes)};
        setrlimit(RLIMIT_FSIZE, &size);
    };
    return control;
}

// `program` run by the unprivileged user nobody when this test runs as root, else
// by this user.
CliControl asAnotherUser(const QString& program, bool root) {
    CliControl control;
    control.program = program;
    if (root)
        control.inChild = [] {
            const gid_t nogroup = 65534;
            if (setgroups(0, nullptr) != 0 || setgid(nogroup) != 0 || setuid(65534) != 0)
                _exit(99);
        };
    return control;
}

QVariant peek(const QString& path, const QString& sql) {
    return SqlitePeek(path).value(sql);
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
        writeDecisionsCsv(path, name, rows);
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
        const CliRun verify = runCli(asAdmin({QStringLiteral("verify")}), m_password + '\n');
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = m_dir.filePath(QStringLiteral("limits.db"));
        const CliRun demo =
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
        const CliRun full = runCli(asAdmin({QStringLiteral("import"), file}), m_password + '\n',
                                   fileSizeLimit(room));
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("the disk is full"), full.err.constData());
        QVERIFY2(full.err.contains(m_db.toUtf8()), full.err.constData());
        QVERIFY2(full.err.contains("Nothing of this change was stored"), full.err.constData());
        // Rows staged before the disk filled stay invisible (their batch is never
        // published) until the next open removes them.
        QCOMPARE(peek(m_db, QStringLiteral("SELECT count(*) FROM cases WHERE batch_seq IN "
                                           "(SELECT seq FROM import_batches WHERE staging = 0)"))
                     .toLongLong(),
                 cases);
        QCOMPARE(peek(m_db, QStringLiteral("SELECT group_concat(action) FROM audit_events WHERE "
                                           "seq > %1")
                                .arg(events))
                     .toString(),
                 QStringLiteral("account.login")); // the sign-in, before the import
        QCOMPARE(peek(m_db, QStringLiteral("SELECT count(*) FROM import_batches WHERE "
                                           "source_name = 'big.csv' AND staging = 0"))
                     .toLongLong(),
                 0);
        expectIntactAndVerified();
        QCOMPARE(peek(m_db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong(), cases);
        QCOMPARE(peek(m_db, QStringLiteral("SELECT count(*) FROM import_batches WHERE "
                                           "source_name = 'big.csv'"))
                     .toLongLong(),
                 0);

        // With room again, the same file imports whole.
        const CliRun again = runCli(asAdmin({QStringLiteral("import"), file}), m_password + '\n');
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
        const CliRun full =
            runCli(asAdmin({QStringLiteral("queues")}), m_password + '\n', fileSizeLimit(1024));
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
        const CliRun refused = runCli(asAdmin({QStringLiteral("queues")}), m_password + '\n',
                                      asAnotherUser(cli, root));
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
