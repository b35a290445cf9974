#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace oversight {

// One open connection to an Oversight database, with its schema at the version
// this program knows. Each instance has its own Qt connection name, so several
// may be open at once (tests, worker threads).
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

    // Opens (or creates) the SQLite file, refuses a schema newer than this program
    // knows without touching it, then sets WAL, foreign keys and the busy timeout
    // and applies pending migrations, each in its own transaction.
    static Result<Database> open(const QString& path, OpenMode mode);

    // For tests of upgrades: stop migrating at targetVersion.
    static Result<Database> openAtVersion(const QString& path, int targetVersion);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Non-empty when the file is readable or writable by group or others.
    QString exposureWarning() const;

    // The default location: the user's application data directory.
    static QString defaultPath();

private:
    Database(QString connectionName, QString path);
    static Result<Database> openImpl(const QString& path, OpenMode mode, int targetVersion);

    QString m_connectionName;
    QString m_path;
};

// A write transaction (BEGIN IMMEDIATE); rolls back unless commit() is called.
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

} // namespace oversight
