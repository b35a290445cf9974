#include "storage/database.h"

#include "common/ids.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace oversight {

namespace {

constexpr int busyTimeoutMs = 10000;

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("oversight-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

Status exec(QSqlQuery& query, const QString& sql) {
    if (!query.exec(sql))
        return Error{Text::tr("Database statement failed: %1").arg(query.lastError().text())};
    return success();
}

bool looksLikeSqlite(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true; // an empty file becomes a new database
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

Status applyMigration(QSqlDatabase& db, const Migration& migration) {
    if (!db.transaction())
        return Error{Text::tr("Cannot start the schema upgrade: %1").arg(db.lastError().text())};
    QSqlQuery query(db);
    for (const QString& statement : migration.statements) {
        if (!query.exec(statement)) {
            const QString reason = query.lastError().text();
            db.rollback();
            return Error{Text::tr("Schema upgrade to version %1 failed: %2")
                             .arg(migration.version)
                             .arg(reason)};
        }
    }
    if (migration.finish) {
        if (Status finished = migration.finish(db); !finished) {
            db.rollback();
            return Error{Text::tr("Schema upgrade to version %1 failed: %2")
                             .arg(migration.version)
                             .arg(finished.error().message)};
        }
    }
    query.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(QString::fromUtf8(migration.description));
    query.addBindValue(utcNow());
    bool ok = query.exec();
    // user_version lives in the file header and is written in the same transaction.
    ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
    if (!ok || !db.commit()) {
        const QString reason = query.lastError().text();
        db.rollback();
        return Error{
            Text::tr("Schema upgrade to version %1 failed: %2").arg(migration.version).arg(reason)};
    }
    return success();
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path)) {}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_path(std::move(other.m_path)) {}

Database::~Database() {
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString Database::exposureWarning() const {
    const QFileDevice::Permissions permissions = QFileInfo(m_path).permissions();
    if (permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                       QFileDevice::WriteOther))
        return Text::tr("%1 can be read by other users of this computer; it holds decisions and "
                        "people's work. Restrict it with: chmod 600 '%1'")
            .arg(m_path);
    return {};
}

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("oversight.db"));
}

Result<Database> Database::open(const QString& path, OpenMode mode) {
    return openImpl(path, mode, latestSchemaVersion());
}

Result<Database> Database::openAtVersion(const QString& path, int targetVersion) {
    return openImpl(path, OpenMode::CreateIfMissing, targetVersion);
}

Result<Database> Database::openImpl(const QString& path, OpenMode mode, int targetVersion) {
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return Error{Text::tr("%1 is a directory, not a database file.").arg(path)};
        if (!looksLikeSqlite(path))
            return Error{
                Text::tr("%1 is not an Oversight database (not an SQLite file).").arg(path)};
    } else if (mode == OpenMode::MustExist) {
        return Error{
            Text::tr(
                "No database at %1. Create one with 'oversight-cli --db %1 init --admin NAME'.")
                .arg(path)};
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error{Text::tr("Cannot create the folder %1.").arg(info.absolutePath())};
    } else {
        // Created empty and private before SQLite opens it; SQLite gives its -wal and
        // -shm files the same mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{Text::tr("Cannot create %1: %2").arg(path, file.errorString())};
    }

    Database database(nextConnectionName(), path);
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return Error{Text::tr("Cannot open %1: %2").arg(path, db.lastError().text())};

    // Read the version before anything writes: a newer schema must stay untouched.
    const int found = database.schemaVersion();
    if (found < 0)
        return Error{Text::tr("%1 is not a readable SQLite database.").arg(path)};
    if (found > latestSchemaVersion())
        return Error{Text::tr("%1 has schema version %2, but this program knows versions up to %3. "
                              "Use a newer Oversight; the file was not changed.")
                         .arg(path)
                         .arg(found)
                         .arg(latestSchemaVersion())};
    if (found == 0) {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && probe.next() &&
            probe.value(0).toInt() > 0)
            return Error{
                Text::tr("%1 is an SQLite database of another application; it was not changed.")
                    .arg(path)};
    }

    QSqlQuery query(db);
    for (const QString& pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA synchronous = FULL"),
          // 64 MiB of page cache (the default is 2 MiB): a million-row import updates
          // indexes keyed by random UUIDs, which thrash a small cache.
          QStringLiteral("PRAGMA cache_size = -65536"),
          QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)}) {
        if (Status status = exec(query, pragma); !status)
            return status.error();
    }

    for (const Migration& migration : allMigrations()) {
        if (migration.version <= found || migration.version > targetVersion)
            continue;
        if (Status status = applyMigration(db, migration); !status)
            return status.error();
    }
    return database;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so a
    // writer never fails half-way when another process started writing first.
    // SQLite answers some conflicts with SQLITE_BUSY at once instead of calling the
    // busy handler (in WAL mode, e.g. while another process resets the log; seen in
    // the cross-process claim test under load): retry within the same time limit.
    QSqlQuery begin(m_db);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (m_active)
            return;
        const QString code = begin.lastError().nativeErrorCode();
        const bool busy = code == u"5" || code == u"6" || (code.toInt() & 0xff) == 5;
        if (!busy || waited.elapsed() >= busyTimeoutMs)
            break;
        QThread::msleep(2);
    }
    m_error = begin.lastError().text();
}

Transaction::~Transaction() {
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit() {
    if (!m_active)
        return Error{
            QCoreApplication::translate("Database", "The database is busy or read-only: %1")
                .arg(m_error)};
    m_active = false;
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return Error{QCoreApplication::translate("Database", "Saving failed: %1").arg(reason)};
    }
    return success();
}

BulkWriteSettings::BulkWriteSettings(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (m_db.driverName() != u"QSQLITE")
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

BulkWriteSettings::~BulkWriteSettings() {
    if (m_db.driverName() != u"QSQLITE")
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
}

} // namespace oversight
