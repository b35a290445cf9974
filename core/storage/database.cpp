#include "storage/database.h"

#include "common/ids.h"
#include "storage/dialect.h"
#include "storage/keptquery.h"
#include "storage/migrations.h"
#include "storage/writefailure.h"

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
#include <sqlite3.h>

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

// The version the schema is at: SQLite keeps it in the file header, PostgreSQL
// in schema_migrations (0 when that table does not exist yet).
int readSchemaVersion(const QSqlDatabase& db) {
    QSqlQuery query(db);
    if (engineOf(db) == Engine::Sqlite) {
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            return query.value(0).toInt();
        return -1;
    }
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) ||
        !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) &&
        query.next())
        return query.value(0).toInt();
    return -1;
}

// Tables of another application in a database that has no Oversight schema.
bool holdsOtherTables(const QSqlDatabase& db) {
    QSqlQuery probe(db);
    const QString sql =
        engineOf(db) == Engine::Sqlite
            ? QStringLiteral("SELECT count(*) FROM sqlite_schema")
            : QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
    return probe.exec(sql) && probe.next() && probe.value(0).toInt() > 0;
}

Status applyMigration(QSqlDatabase& db, const Migration& migration, bool seed) {
    const Engine engine = engineOf(db);
    if (!db.transaction())
        return Error{Text::tr("Cannot start the schema upgrade: %1").arg(db.lastError().text())};
    auto fail = [&](const QString& reason) -> Status {
        db.rollback();
        return Error{
            Text::tr("Schema upgrade to version %1 failed: %2").arg(migration.version).arg(reason)};
    };
    if (engine == Engine::Postgres) {
        // Several clients may open a new database at once: one migrates, the
        // others wait here and then find the work done.
        if (Status locked = lockForAppend(db, "schema_migrations"); !locked)
            return fail(locked.error().message);
        if (readSchemaVersion(db) >= migration.version) {
            db.commit();
            return success();
        }
    }
    QSqlQuery query(db);
    for (const QString& statement : migration.statementsFor(engine)) {
        if (!query.exec(statement))
            return fail(query.lastError().text());
    }
    if (migration.finish && seed) {
        if (Status finished = migration.finish(db); !finished)
            return fail(finished.error().message);
    }
    query.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(QString::fromUtf8(migration.description));
    query.addBindValue(utcNow());
    if (!query.exec())
        return fail(query.lastError().text());
    // user_version lives in the SQLite file header and is written in the same transaction.
    if (engine == Engine::Sqlite &&
        !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
        return fail(query.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    return success();
}

Status configureSession(QSqlDatabase db) {
    QSqlQuery query(db);
    QStringList statements;
    if (engineOf(db) == Engine::Sqlite) {
        statements = {QStringLiteral("PRAGMA journal_mode = WAL"),
                      QStringLiteral("PRAGMA foreign_keys = ON"),
                      QStringLiteral("PRAGMA synchronous = FULL"),
                      // 64 MiB of page cache (the default is 2 MiB): a million-row import
                      // updates indexes keyed by random UUIDs, which thrash a small cache.
                      QStringLiteral("PRAGMA cache_size = -65536"),
                      QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)};
    } else {
        statements = {QStringLiteral("SET client_min_messages = warning"),
                      // A lock wait as long as SQLite's busy timeout, then a clear error.
                      QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs)};
    }
    for (const QString& statement : statements) {
        if (Status status = exec(query, statement); !status)
            return status;
    }
    return success();
}

} // namespace

Database::Database(QString connectionName, ConnectionSpec spec)
    : m_connectionName(std::move(connectionName))
    , m_spec(std::move(spec)) {}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_spec(std::move(other.m_spec)) {}

Database::~Database() {
    if (m_connectionName.isEmpty())
        return;
    forgetKeptQueries(m_connectionName);
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
    return readSchemaVersion(connection());
}

QString Database::exposureWarning() const {
    if (m_spec.engine != Engine::Sqlite)
        return {};
    const QFileDevice::Permissions permissions = QFileInfo(m_spec.path).permissions();
    if (permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                       QFileDevice::WriteOther))
        return Text::tr("%1 can be read by other users of this computer; it holds decisions and "
                        "people's work. Restrict it with: chmod 600 '%1'")
            .arg(m_spec.path);
    return {};
}

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("oversight.db"));
}

Result<Database> Database::open(const QString& location, OpenMode mode) {
    Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    if (!spec)
        return spec.error();
    return open(spec.value(), mode);
}

Result<Database> Database::open(const ConnectionSpec& spec, OpenMode mode) {
    return openImpl(spec, mode, latestSchemaVersion());
}

Result<Database> Database::openAtVersion(const QString& path, int targetVersion) {
    Result<ConnectionSpec> spec = ConnectionSpec::parse(path);
    if (!spec)
        return spec.error();
    return openImpl(spec.value(), OpenMode::CreateIfMissing, targetVersion);
}

Result<Database> Database::openEmptyForCopy(const ConnectionSpec& spec) {
    return openImpl(spec, OpenMode::CreateIfMissing, latestSchemaVersion(), Seed::No);
}

Result<Database> Database::connectSqlite(const ConnectionSpec& spec, OpenMode mode) {
    // Before SQLite's first use: no allocation statistics, which take one
    // process-wide lock per allocation and so serialise connections working
    // on two threads (an analysis beside the figures by group).
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
    const QString& path = spec.path;
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return Error{Text::tr("%1 is a directory, not a database file.").arg(path)};
        if (!looksLikeSqlite(path))
            return Error{
                Text::tr("%1 is not an Oversight database (not an SQLite file).").arg(path)};
        // Every sign-in writes, and SQLite keeps its -wal and -shm files beside the
        // database: both the file and its folder must be writable.
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return Error{Text::tr("%1 is read-only for this user (the file, or its folder %2, "
                                  "where the database keeps its -wal and -shm files). Oversight "
                                  "needs to write to its database; ask for write access, or copy "
                                  "the file to a folder of your own.")
                             .arg(path, info.absolutePath())};
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

    Database database(nextConnectionName(), spec);
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return Error{Text::tr("Cannot open %1: %2").arg(path, db.lastError().text())};
    return database;
}

Result<Database> Database::connectPostgres(const ConnectionSpec& spec) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{Text::tr("This installation has no PostgreSQL driver for Qt (Debian: "
                              "apt-get install libqt6sql6-psql).")};
    Database database(nextConnectionName(), spec);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database.m_connectionName);
    db.setHostName(spec.host);
    if (spec.port > 0)
        db.setPort(spec.port);
    db.setUserName(spec.user);
    db.setPassword(spec.password);
    db.setDatabaseName(spec.database);
    QStringList options{QStringLiteral("application_name=oversight"),
                        QStringLiteral("connect_timeout=10")};
    for (const auto& [name, value] : spec.options)
        options << name + u'=' + value;
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return Error{Text::tr("Cannot connect to %1: %2")
                         .arg(spec.displayName(), db.lastError().text().trimmed())};
    return database;
}

Result<Database> Database::openImpl(const ConnectionSpec& spec, OpenMode mode, int targetVersion,
                                    Seed seed) {
    Result<Database> connected =
        spec.engine == Engine::Sqlite ? connectSqlite(spec, mode) : connectPostgres(spec);
    if (!connected)
        return connected.error();
    Database database = std::move(connected).value();
    QSqlDatabase db = database.connection();
    const QString name = spec.displayName();

    // Read the version before anything writes: a newer schema must stay untouched.
    const int found = database.schemaVersion();
    if (found < 0) // a full disk can stop SQLite from opening its shared-memory file
        return Error{describeWriteFailure(
            db, QSqlError(), Text::tr("%1 is not a readable Oversight database.").arg(name))};
    if (found > latestSchemaVersion())
        return Error{Text::tr("%1 has schema version %2, but this program knows versions up to %3. "
                              "Use a newer Oversight; the database was not changed.")
                         .arg(name)
                         .arg(found)
                         .arg(latestSchemaVersion())};
    if (found == 0 && holdsOtherTables(db))
        return Error{
            Text::tr("%1 is a database of another application; it was not changed.").arg(name)};
    if (seed == Seed::No && found != 0)
        return Error{Text::tr("%1 already holds an Oversight database; a copy needs an empty one.")
                         .arg(name)};

    if (Status configured = configureSession(db); !configured)
        return configured.error();

    for (const Migration& migration : allMigrations()) {
        if (migration.version <= found || migration.version > targetVersion)
            continue;
        if (Status status = applyMigration(db, migration, seed == Seed::Yes); !status)
            return status.error();
    }
    if (seed == Seed::No) {
        QSqlQuery query(db);
        for (const QString& table : {QStringLiteral("routing_policy"), QStringLiteral("settings")})
            if (Status cleared = exec(query, QStringLiteral("DELETE FROM ") + table); !cleared)
                return cleared.error();
    }
    return database;
}

Status reconnect(QSqlDatabase db) {
    if (engineOf(db) != Engine::Postgres)
        return success();
    forgetKeptQueries(db.connectionName());
    db.close();
    if (!db.open())
        return Error{Text::tr("The database server cannot be reached: %1")
                         .arg(db.lastError().text().trimmed())};
    return configureSession(db);
}

bool isConnectionAlive(QSqlDatabase db) {
    if (engineOf(db) != Engine::Postgres)
        return true;
    // Outside a transaction `SELECT 1` fails only on a connection that is gone.
    QSqlQuery ping(db);
    return db.isOpen() && ping.exec(QStringLiteral("SELECT 1"));
}

Status ensureConnected(QSqlDatabase db, int waitMs) {
    if (isConnectionAlive(db))
        return success();
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        Status reconnected = reconnect(db);
        if (reconnected || waited.elapsed() >= waitMs)
            return reconnected;
        QThread::msleep(200);
    }
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (engineOf(m_db) == Engine::Postgres) {
        m_active = m_db.transaction();
        if (!m_active && isConnectionLost(m_db, m_db.lastError()) && reconnect(m_db))
            m_active = m_db.transaction();
        if (!m_active)
            m_error = m_db.lastError().text().trimmed();
        return;
    }
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

ReadSnapshot::ReadSnapshot(QSqlDatabase db)
    : m_db(std::move(db)) {
    QSqlQuery begin(m_db);
    m_active = begin.exec(engineOf(m_db) == Engine::Postgres
                              ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN DEFERRED"));
    if (!m_active)
        m_error = begin.lastError().text().trimmed();
}

ReadSnapshot::~ReadSnapshot() {
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
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
        const QSqlError error = m_db.lastError();
        // Described before the rollback, which clears SQLite's own error code.
        const QString message = describeWriteFailure(
            m_db, error,
            QCoreApplication::translate("Database", "Saving failed: %1").arg(error.text()));
        m_db.rollback();
        return Error{message};
    }
    return success();
}

BulkWriteSettings::BulkWriteSettings(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (engineOf(m_db) != Engine::Sqlite)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

BulkWriteSettings::~BulkWriteSettings() {
    if (engineOf(m_db) != Engine::Sqlite)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
}

UnsyncedStagingCommits::UnsyncedStagingCommits(QSqlDatabase db)
    : m_db(std::move(db)) {
    QSqlQuery query(m_db);
    if (engineOf(m_db) == Engine::Postgres) {
        m_relaxed = query.exec(QStringLiteral("SET synchronous_commit = off"));
        return;
    }
    // Only in WAL mode is a commit that skips the sync safe from corruption (a
    // rollback journal could be left half-written); elsewhere commits keep waiting.
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next() &&
        query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0) {
        query.finish();
        m_relaxed = query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
}

UnsyncedStagingCommits::~UnsyncedStagingCommits() {
    if (!m_relaxed)
        return;
    QSqlQuery query(m_db);
    // As configureSession sets it.
    query.exec(engineOf(m_db) == Engine::Sqlite ? QStringLiteral("PRAGMA synchronous = FULL")
                                                : QStringLiteral("RESET synchronous_commit"));
}

} // namespace oversight
