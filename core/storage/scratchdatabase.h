#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace oversight {

// A private in-memory SQLite database, for work kept apart from the real one
// while it is busy (such as summing rows on the thread that reads them). Opened
// without Qt, which ties a connection to the thread that made it: this one may
// be handed from thread to thread, used by one at a time.
class ScratchDatabase {
public:
    static Result<std::unique_ptr<ScratchDatabase>> open();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    sqlite3* handle() const { return m_handle; }
    Status exec(const QString& sql);
    // The memory its pages take.
    qint64 bytes() const;
    // Appends every row of `select`, run here, to `table` of `target`, an SQLite
    // connection: values go across as they are, column by column in order.
    Status copyRows(const QString& select, const QSqlDatabase& target, const QString& table);

private:
    explicit ScratchDatabase(sqlite3* handle)
        : m_handle(handle) {}
    sqlite3* m_handle;
};

} // namespace oversight
