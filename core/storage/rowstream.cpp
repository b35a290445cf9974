#include "storage/rowstream.h"

#include "storage/dialect.h"

#include <QSqlError>

namespace oversight {

Result<std::unique_ptr<RowStream>> RowStream::open(QSqlDatabase db, const QString& sql,
                                                   const QList<qint64>& keys) {
    std::unique_ptr<RowStream> stream(new RowStream);
    QVariantList values;
    for (qint64 key : keys)
        values << key;
    if (engineOf(db) == Engine::Sqlite) {
        Result<std::unique_ptr<BulkRead>> read = BulkRead::run(db, sql, values);
        if (!read)
            return read.error();
        stream->m_sqlite = std::move(read).value();
        return stream;
    }
    stream->m_cursor = std::make_unique<CursorQuery>(db);
    if (!stream->m_cursor->exec(sql, values))
        return Error{stream->m_cursor->lastError().text()};
    return stream;
}

RowStream::~RowStream() = default;

qint64 RowStream::integer(int column) const {
    return m_sqlite ? m_sqlite->integer(column) : m_cursor->value(column).toLongLong();
}

QByteArrayView RowStream::utf8(int column) {
    if (m_sqlite)
        return m_sqlite->utf8(column);
    m_utf8 = m_cursor->value(column).toString().toUtf8();
    return m_utf8;
}

bool RowStream::isNull(int column) const {
    return m_sqlite ? m_sqlite->isNull(column) : m_cursor->isNull(column);
}

QString RowStream::error() const {
    if (m_sqlite)
        return m_sqlite->error();
    const QSqlError error = m_cursor->lastError();
    return error.isValid() ? error.text() : QString();
}

bool RowStream::next() {
    return m_sqlite ? m_sqlite->next() : m_cursor->next();
}

} // namespace oversight
