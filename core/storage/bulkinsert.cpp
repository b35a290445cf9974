#include "storage/bulkinsert.h"

#include "storage/bulkstatement.h"
#include "storage/copyin.h"
#include "storage/dialect.h"

namespace oversight {

namespace {

class StatementInsert final : public BulkInsert {
public:
    explicit StatementInsert(std::unique_ptr<BulkStatement> statement)
        : m_statement(std::move(statement)) {}

    void text(QByteArrayView utf8) override { m_statement->bindText(m_next++, utf8); }
    void integer(qint64 value) override { m_statement->bindInteger(m_next++, value); }
    void null() override { m_statement->bindNull(m_next++); }
    Status endRow() override {
        m_next = 0;
        const Result<qint64> stored = m_statement->execute();
        if (!stored)
            return stored.error();
        return success();
    }
    Status flush() override { return success(); }

private:
    std::unique_ptr<BulkStatement> m_statement;
    int m_next = 0;
};

class CopyInsert final : public BulkInsert {
public:
    CopyInsert(QSqlDatabase db, QString copyStatement)
        : m_db(std::move(db))
        , m_copyStatement(std::move(copyStatement)) {}

    void text(QByteArrayView utf8) override { m_rows.text(utf8); }
    void integer(qint64 value) override { m_rows.integer(value); }
    void null() override { m_rows.null(); }
    Status endRow() override {
        m_rows.endRow();
        return success();
    }
    Status flush() override {
        if (m_rows.rows() == 0)
            return success();
        Status copied = copyIn(m_db, m_copyStatement, m_rows);
        m_rows.clear();
        return copied;
    }

private:
    QSqlDatabase m_db;
    QString m_copyStatement;
    CopyRows m_rows;
};

} // namespace

namespace {

QString insertStatement(const QString& table, const QStringList& columns) {
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
}

Result<std::unique_ptr<BulkInsert>>
statementInsert(Result<std::unique_ptr<BulkStatement>> statement) {
    if (!statement)
        return statement.error();
    return std::unique_ptr<BulkInsert>(new StatementInsert(std::move(statement).value()));
}

} // namespace

Result<std::unique_ptr<BulkInsert>> BulkInsert::create(const QSqlDatabase& db, const QString& table,
                                                       const QStringList& columns) {
    if (engineOf(db) == Engine::Postgres)
        return std::unique_ptr<BulkInsert>(
            new CopyInsert(db, QStringLiteral("COPY %1 (%2) FROM STDIN")
                                   .arg(table, columns.join(QStringLiteral(", ")))));
    return statementInsert(BulkStatement::prepare(db, insertStatement(table, columns)));
}

Result<std::unique_ptr<BulkInsert>> BulkInsert::create(sqlite3* handle, const QString& table,
                                                       const QStringList& columns) {
    return statementInsert(BulkStatement::prepare(handle, insertStatement(table, columns)));
}

} // namespace oversight
