#include "storage/rowstream.h"

#include "storage/dialect.h"

#include <QSqlError>
#include <atomic>

namespace oversight {

namespace {

constexpr int rowsPerFetch = 10000;

QString withKeysWritten(const QString& sql, const QList<qint64>& keys) {
    QString statement;
    statement.reserve(sql.size() + keys.size() * 20);
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == u'?' && next < keys.size())
            statement += QString::number(keys[next++]);
        else
            statement += c;
    }
    return statement;
}

} // namespace

RowStream::RowStream(QSqlDatabase db, QString cursorName)
    : m_db(std::move(db))
    , m_query(m_db)
    , m_cursorName(std::move(cursorName)) {}

RowStream::~RowStream() {
    if (!m_cursorName.isEmpty() && !m_exhausted) {
        m_query.finish();
        QSqlQuery(m_db).exec(QStringLiteral("CLOSE ") + m_cursorName);
    }
}

Result<std::unique_ptr<RowStream>> RowStream::open(QSqlDatabase db, const QString& sql,
                                                   const QList<qint64>& keys) {
    if (engineOf(db) == Engine::Sqlite) {
        std::unique_ptr<RowStream> stream(new RowStream(db, QString()));
        stream->m_query.setForwardOnly(true);
        if (!stream->m_query.prepare(sql))
            return Error{stream->m_query.lastError().text()};
        for (qint64 key : keys)
            stream->m_query.addBindValue(key);
        if (!stream->m_query.exec())
            return Error{stream->m_query.lastError().text()};
        return stream;
    }
    static std::atomic<int> cursorCount{0};
    const QString name = QStringLiteral("oversight_rows_%1").arg(++cursorCount);
    std::unique_ptr<RowStream> stream(new RowStream(db, name));
    QSqlQuery declare(db);
    if (!declare.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2")
                          .arg(name, withKeysWritten(sql, keys))))
        return Error{declare.lastError().text()};
    if (!stream->fetchChunk())
        return Error{stream->m_error};
    return stream;
}

bool RowStream::fetchChunk() {
    m_query.finish();
    if (!m_query.exec(
            QStringLiteral("FETCH FORWARD %1 FROM %2").arg(rowsPerFetch).arg(m_cursorName))) {
        m_error = m_query.lastError().text();
        return false;
    }
    m_rowsInChunk = m_query.size();
    return true;
}

bool RowStream::next() {
    if (m_exhausted)
        return false;
    if (m_query.next())
        return true;
    if (m_cursorName.isEmpty()) {
        if (m_query.lastError().isValid())
            m_error = m_query.lastError().text();
        m_exhausted = true;
        return false;
    }
    // A short chunk was the last one.
    if (m_rowsInChunk < rowsPerFetch || !fetchChunk() || !m_query.next()) {
        m_exhausted = true;
        m_query.finish();
        QSqlQuery(m_db).exec(QStringLiteral("CLOSE ") + m_cursorName);
        return false;
    }
    return true;
}

} // namespace oversight
