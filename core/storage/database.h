#pragma once

#include "common/result.h"
#include "storage/connectionspec.h"

#include <QSqlDatabase>
#include <QString>

namespace oversight {

// One open connection to an Oversight database (an SQLite file or a PostgreSQL
// database), with its schema at the version this program knows. Each instance has
// its own Qt connection name, so several may be open at once (tests, worker threads).
class Database {
public:
    enum class OpenMode {
        MustExist, // refuse a path where no database file is
        CreateIfMissing,
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) = delete;

    // Opens (or creates) the database, refuses a schema newer than this program
    // knows without touching it, configures the connection (SQLite: WAL, foreign
    // keys, busy timeout) and applies pending migrations, each in its own
    // transaction. A location is a file path or a postgresql:// URL.
    static Result<Database> open(const QString& location, OpenMode mode);
    static Result<Database> open(const ConnectionSpec& spec, OpenMode mode);

    // For tests of upgrades: stop migrating at targetVersion.
    static Result<Database> openAtVersion(const QString& path, int targetVersion);

    // The target of a copy (oversight-cli migrate): a database with no tables yet
    // gets the schema without the rows a new database starts with (policy,
    // settings, the first audit event), because the copy brings its own.
    static Result<Database> openEmptyForCopy(const ConnectionSpec& spec);

    QSqlDatabase connection() const;
    const ConnectionSpec& spec() const { return m_spec; }
    Engine engine() const { return m_spec.engine; }
    // The SQLite file; empty for a server.
    QString path() const { return m_spec.path; }
    QString displayName() const { return m_spec.displayName(); }
    QString identity() const { return m_spec.identity(); }
    int schemaVersion() const;

    // Non-empty when the SQLite file is readable or writable by group or others.
    QString exposureWarning() const;

    // The default location: the user's application data directory.
    static QString defaultPath();

private:
    enum class Seed { Yes, No };
    Database(QString connectionName, ConnectionSpec spec);
    static Result<Database> openImpl(const ConnectionSpec& spec, OpenMode mode, int targetVersion,
                                     Seed seed = Seed::Yes);
    static Result<Database> connectSqlite(const ConnectionSpec& spec, OpenMode mode);
    static Result<Database> connectPostgres(const ConnectionSpec& spec);

    QString m_connectionName;
    ConnectionSpec m_spec;
};

// After the server went away (restart, network): closes and re-opens the
// connection with its session settings. SQLite connections are left alone.
Status reconnect(QSqlDatabase db);

// False when the connection to the server is gone (SQLite: always true).
bool isConnectionAlive(QSqlDatabase db);

// After an operation failed: true when the connection works (the failure was
// the operation's own), else re-connects, trying for up to waitMs while the
// server restarts. An error when the server stays unreachable. A face calls
// this before it retries work that failed, keeping what the person entered.
Status ensureConnected(QSqlDatabase db, int waitMs = 30000);

// A write transaction; rolls back unless commit() is called. On SQLite it is
// BEGIN IMMEDIATE (the write lock up front); on PostgreSQL a READ COMMITTED
// transaction, re-connecting first when the server went away in between.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool begun() const { return m_active; }
    QString beginError() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

// A read-only view of the database as of one moment, for work that reads several
// tables and must see them agree (rows written meanwhile by others stay out of
// sight until it ends): a deferred transaction on SQLite, REPEATABLE READ on
// PostgreSQL. Ends, writing nothing, when destroyed.
class ReadSnapshot {
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    bool begun() const { return m_active; }
    QString beginError() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

// Connection settings for a bulk write whose code creates both ends of every
// reference itself (the import: the batch, then its cases, then their sealed
// rows). While it lives, SQLite does not re-check foreign keys row by row and
// keeps temporary files in memory: an immediate foreign key makes every INSERT
// open a statement journal, which costs more than the insert. Must be created
// outside a transaction. No-op on other databases.
class BulkWriteSettings {
public:
    explicit BulkWriteSettings(QSqlDatabase db);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings&) = delete;
    BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;

private:
    QSqlDatabase m_db;
};

// While it lives, a commit does not wait for the disk (SQLite, in WAL mode only:
// synchronous = NORMAL; PostgreSQL: synchronous_commit off). For the chunks of a
// staged import only: a power cut may lose the last of them, which the next open
// removes as abandoned anyway (intake/stagedbatches.h). Publishing commits after
// it is gone, with the full wait, and that also makes every earlier chunk durable:
// both engines write their log in order. Must be created outside a transaction.
class UnsyncedStagingCommits {
public:
    explicit UnsyncedStagingCommits(QSqlDatabase db);
    ~UnsyncedStagingCommits();
    UnsyncedStagingCommits(const UnsyncedStagingCommits&) = delete;
    UnsyncedStagingCommits& operator=(const UnsyncedStagingCommits&) = delete;

private:
    QSqlDatabase m_db;
    bool m_relaxed = false;
};

} // namespace oversight
