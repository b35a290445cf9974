#include "storage/cursorquery.h"

#include "storage/dialect.h"

#include <QSqlDriver>
#include <QSqlField>
#include <atomic>

namespace oversight {

namespace {

constexpr int rowsPerFetch = 10000;

QString withValuesWritten(const QSqlDriver& driver, const QString& sql,
                          const QVariantList& values) {
    QString statement;
    statement.reserve(sql.size() + values.size() * 20);
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == u'?' && next < values.size()) {
            const QVariant& value = values[next++];
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            statement += driver.formatValue(field);
        } else {
            statement += c;
        }
    }
    return statement;
}

} // namespace

CursorQuery::CursorQuery(QSqlDatabase db)
    : m_db(std::move(db))
    , m_query(m_db) {}

CursorQuery::~CursorQuery() {
    close();
}

void CursorQuery::close() {
    if (m_cursorName.isEmpty())
        return;
    m_query.finish();
    QSqlQuery(m_db).exec(QStringLiteral("CLOSE ") + m_cursorName);
    m_cursorName.clear();
}

bool CursorQuery::exec(const QString& sql, const QVariantList& values) {
    close();
    m_error = QSqlError();
    if (engineOf(m_db) == Engine::Sqlite) {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            return false;
        for (const QVariant& value : values)
            m_query.addBindValue(value);
        return m_query.exec();
    }
    static std::atomic<int> cursorCount{0};
    const QString name = QStringLiteral("oversight_cursor_%1").arg(++cursorCount);
    QSqlQuery declare(m_db);
    if (!declare.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2")
                          .arg(name, withValuesWritten(*m_db.driver(), sql, values)))) {
        m_error = declare.lastError();
        return false;
    }
    m_cursorName = name;
    return fetchChunk();
}

bool CursorQuery::fetchChunk() {
    m_query.finish();
    if (!m_query.exec(
            QStringLiteral("FETCH FORWARD %1 FROM %2").arg(rowsPerFetch).arg(m_cursorName))) {
        m_error = m_query.lastError();
        return false;
    }
    m_rowsInChunk = m_query.size();
    return true;
}

bool CursorQuery::next() {
    if (m_query.next())
        return true;
    // A short chunk was the last one.
    if (m_cursorName.isEmpty() || m_rowsInChunk < rowsPerFetch || !fetchChunk() ||
        !m_query.next()) {
        close();
        return false;
    }
    return true;
}

} // namespace oversight
