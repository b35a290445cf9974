#include "storage/bulkread.h"

#include "storage/dialect.h"
#include "storage/sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace oversight {

namespace {

class SqliteBulkRead final : public BulkRead {
public:
    SqliteBulkRead(sqlite3* handle, sqlite3_stmt* statement)
        : m_handle(handle)
        , m_statement(statement) {}
    ~SqliteBulkRead() override { sqlite3_finalize(m_statement); }

    bool next() override {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const override {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }
    QByteArrayView utf8(int column) override {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
    }
    bool isNull(int column) const override {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QString error() const override { return m_error; }

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
    QString m_error;
};

class QueryBulkRead final : public BulkRead {
public:
    explicit QueryBulkRead(QSqlQuery query)
        : m_query(std::move(query)) {}

    bool next() override {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            m_error = m_query.lastError().text();
        return false;
    }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    double real(int column) const override { return m_query.value(column).toDouble(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    QByteArrayView utf8(int column) override {
        m_utf8 = text(column).toUtf8();
        return m_utf8;
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    QString error() const override { return m_error; }

private:
    QSqlQuery m_query;
    QString m_error;
    QByteArray m_utf8;
};

} // namespace

Result<std::unique_ptr<BulkRead>> BulkRead::run(const QSqlDatabase& db, const QString& sql,
                                                const QVariantList& values) {
    if (sqlite3* handle = sqliteHandleOf(db)) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &statement,
                               nullptr) != SQLITE_OK)
            return Error{QString::fromUtf8(sqlite3_errmsg(handle))};
        std::unique_ptr<BulkRead> read(new SqliteBulkRead(handle, statement));
        int index = 1;
        for (const QVariant& value : values) {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
                sqlite3_bind_int64(statement, index++, value.toLongLong());
                break;
            case QMetaType::Double:
                sqlite3_bind_double(statement, index++, value.toDouble());
                break;
            default: {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text64(statement, index++, text.constData(),
                                    static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                    SQLITE_UTF8);
            }
            }
        }
        return read;
    }
    QSqlQuery query(db);
    streamRows(query);
    if (!query.prepare(sql))
        return Error{query.lastError().text()};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{query.lastError().text()};
    return std::unique_ptr<BulkRead>(new QueryBulkRead(std::move(query)));
}

} // namespace oversight
