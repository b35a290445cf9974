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
        QVariantList values;
        for (qint64 key : keys)
            values << key;
        Result<std::unique_ptr<BulkRead>> read = BulkRead::run(db, sql, values);
        if (!read)
            return read.error();
        stream->m_sqlite = std::move(read).value();
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

qint64 RowStream::integer(int column) const {
    return m_sqlite ? m_sqlite->integer(column) : m_query.value(column).toLongLong();
}

QByteArrayView RowStream::utf8(int column) {
    if (m_sqlite)
        return m_sqlite->utf8(column);
    m_utf8 = m_query.value(column).toString().toUtf8();
    return m_utf8;
}

bool RowStream::isNull(int column) const {
    return m_sqlite ? m_sqlite->isNull(column) : m_query.isNull(column);
}

QString RowStream::error() const {
    return m_sqlite ? m_sqlite->error() : m_error;
}

bool RowStream::next() {
    if (m_sqlite)
        return m_sqlite->next();
    if (m_exhausted)
        return false;
    if (m_query.next())
        return true;
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
