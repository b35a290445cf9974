#include "storage/bulkstatement.h"

#include "storage/dialect.h"
#include "storage/sqlitehandle.h"
#include "storage/writefailure.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BulkStatement)
};

class SqliteBulkStatement final : public BulkStatement {
public:
    SqliteBulkStatement(sqlite3* handle, sqlite3_stmt* statement)
        : m_handle(handle)
        , m_statement(statement) {}
    ~SqliteBulkStatement() override { sqlite3_finalize(m_statement); }

    void bindText(int index, QByteArrayView utf8) override {
        sqlite3_bind_text64(m_statement, index + 1, utf8.data(),
                            static_cast<sqlite3_uint64>(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
    }
    void bindDouble(int index, double value) override {
        sqlite3_bind_double(m_statement, index + 1, value);
    }
    void bindInteger(int index, qint64 value) override {
        sqlite3_bind_int64(m_statement, index + 1, value);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_statement, index + 1); }

    Result<qint64> execute() override {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
            sqlite3_reset(m_statement);
            return static_cast<qint64>(sqlite3_changes64(m_handle));
        }
        const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
        const QString storage = storageWriteFailure(
            QString::fromUtf8(sqlite3_db_filename(m_handle, "main")), rc & 0xFF, detail);
        sqlite3_reset(m_statement);
        return Error{storage.isEmpty() ? detail : storage};
    }

    Result<std::optional<qint64>> executeInsert() override {
        const Result<qint64> changed = execute();
        if (!changed)
            return changed.error();
        if (changed.value() == 0)
            return std::optional<qint64>();
        return std::optional<qint64>(sqlite3_last_insert_rowid(m_handle));
    }

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
};

class QueryBulkStatement final : public BulkStatement {
public:
    QueryBulkStatement(QSqlQuery query, bool returnsKey)
        : m_query(std::move(query))
        , m_returnsKey(returnsKey) {}

    void bindText(int index, QByteArrayView utf8) override {
        m_query.bindValue(index, QString::fromUtf8(utf8));
    }
    void bindDouble(int index, double value) override { m_query.bindValue(index, value); }
    void bindInteger(int index, qint64 value) override { m_query.bindValue(index, value); }
    void bindNull(int index) override { m_query.bindValue(index, QVariant()); }

    Result<qint64> execute() override {
        if (!m_query.exec())
            return Error{m_query.lastError().text()};
        return static_cast<qint64>(m_query.numRowsAffected());
    }

    Result<std::optional<qint64>> executeInsert() override {
        if (!m_query.exec())
            return Error{m_query.lastError().text()};
        if (m_returnsKey) {
            if (!m_query.next())
                return std::optional<qint64>();
            return std::optional<qint64>(m_query.value(0).toLongLong());
        }
        if (m_query.numRowsAffected() == 0)
            return std::optional<qint64>();
        return std::optional<qint64>(m_query.lastInsertId().toLongLong());
    }

private:
    QSqlQuery m_query;
    bool m_returnsKey;
};

} // namespace

namespace {

Result<std::unique_ptr<BulkStatement>> prepareStatement(const QSqlDatabase& db, const QString& sql,
                                                        const QString& keyColumn) {
    if (sqlite3* handle = sqliteHandleOf(db))
        return BulkStatement::prepare(handle, sql);
    QSqlQuery query(db);
    streamRows(query);
    const bool returnsKey = !keyColumn.isEmpty();
    if (!query.prepare(returnsKey ? sql + QStringLiteral(" RETURNING ") + keyColumn : sql))
        return Error{Text::tr("Cannot prepare a statement: %1").arg(query.lastError().text())};
    return std::unique_ptr<BulkStatement>(new QueryBulkStatement(std::move(query), returnsKey));
}

} // namespace

Result<std::unique_ptr<BulkStatement>> BulkStatement::prepare(sqlite3* handle, const QString& sql) {
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &statement,
                           nullptr) != SQLITE_OK)
        return Error{Text::tr("Cannot prepare a statement: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
    return std::unique_ptr<BulkStatement>(new SqliteBulkStatement(handle, statement));
}

Result<std::unique_ptr<BulkStatement>> BulkStatement::prepare(const QSqlDatabase& db,
                                                              const QString& sql) {
    return prepareStatement(db, sql, {});
}

Result<std::unique_ptr<BulkStatement>>
BulkStatement::prepareInsert(const QSqlDatabase& db, const QString& sql, const QString& keyColumn) {
    return prepareStatement(db, sql, keyColumn);
}

} // namespace oversight
