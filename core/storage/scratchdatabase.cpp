#include "storage/scratchdatabase.h"

#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QStringList>
#include <sqlite3.h>
#include <utility>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScratchDatabase)
};

Error failure(sqlite3* handle) {
    return Error{
        Text::tr("The scratch database failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
}

// Finalizes a statement however the scope is left.
struct Statement {
    sqlite3_stmt* statement = nullptr;
    ~Statement() { sqlite3_finalize(statement); }
    bool prepare(sqlite3* handle, const QString& sql) {
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()),
                                  &statement, nullptr) == SQLITE_OK;
    }
};

} // namespace

Result<std::unique_ptr<ScratchDatabase>> ScratchDatabase::open() {
    sqlite3* handle = nullptr;
    // No mutex of SQLite's own: the owner hands it on only between uses.
    const int opened =
        sqlite3_open_v2(":memory:", &handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        const Error error = handle ? failure(handle)
                                   : Error{Text::tr("The scratch database failed: %1")
                                               .arg(QString::fromUtf8(sqlite3_errstr(opened)))};
        sqlite3_close(handle);
        return error;
    }
    return std::unique_ptr<ScratchDatabase>(new ScratchDatabase(handle));
}

ScratchDatabase::~ScratchDatabase() {
    sqlite3_close(m_handle);
}

Status ScratchDatabase::exec(const QString& sql) {
    if (sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(m_handle);
    return success();
}

qint64 ScratchDatabase::bytes() const {
    qint64 pages = 0;
    qint64 pageSize = 0;
    for (auto [pragma, value] :
         {std::pair{"PRAGMA page_count", &pages}, std::pair{"PRAGMA page_size", &pageSize}}) {
        Statement read;
        if (read.prepare(m_handle, QString::fromLatin1(pragma)) &&
            sqlite3_step(read.statement) == SQLITE_ROW)
            *value = sqlite3_column_int64(read.statement, 0);
    }
    return pages * pageSize;
}

Status ScratchDatabase::copyRows(const QString& select, const QSqlDatabase& target,
                                 const QString& table) {
    sqlite3* targetHandle = sqliteHandleOf(target);
    if (!targetHandle)
        return Error{Text::tr("Scratch rows can only be copied into an SQLite database.")};
    Statement read;
    if (!read.prepare(m_handle, select))
        return failure(m_handle);
    const int columns = sqlite3_column_count(read.statement);
    QStringList placeholders;
    for (int i = 0; i < columns; ++i)
        placeholders << QStringLiteral("?");
    Statement write;
    if (!write.prepare(targetHandle, QStringLiteral("INSERT INTO %1 VALUES (%2)")
                                         .arg(table, placeholders.join(QStringLiteral(", ")))))
        return failure(targetHandle);
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(read.statement)) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i)
            sqlite3_bind_value(write.statement, i + 1, sqlite3_column_value(read.statement, i));
        if (sqlite3_step(write.statement) != SQLITE_DONE)
            return failure(targetHandle);
        sqlite3_reset(write.statement);
    }
    if (stepped != SQLITE_DONE)
        return failure(m_handle);
    return success();
}

} // namespace oversight
