#include "storage/copyin.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>
#include <memory>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CopyIn)
};

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultHandle = std::unique_ptr<PGresult, ResultDeleter>;

QString connectionError(PGconn* connection) {
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

void CopyRows::separate() {
    if (m_rowStarted)
        m_data.append('\t');
    m_rowStarted = true;
}

void CopyRows::text(QByteArrayView utf8) {
    separate();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_data.append("\\\\", 2);
            break;
        case '\t':
            m_data.append("\\t", 2);
            break;
        case '\n':
            m_data.append("\\n", 2);
            break;
        case '\r':
            m_data.append("\\r", 2);
            break;
        default:
            m_data.append(c);
        }
    }
}

void CopyRows::integer(qint64 value) {
    separate();
    m_data.append(QByteArray::number(value));
}

void CopyRows::real(double value) {
    separate();
    // Shortest text that reads back as the same double.
    m_data.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void CopyRows::null() {
    separate();
    m_data.append("\\N", 2);
}

void CopyRows::endRow() {
    m_data.append('\n');
    m_rowStarted = false;
    ++m_rows;
}

void CopyRows::clear() {
    m_data.resize(0);
    m_rows = 0;
    m_rowStarted = false;
}

Status copyIn(const QSqlDatabase& db, const QString& copyStatement, const CopyRows& rows) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || db.driverName() != u"QPSQL")
        return Error{Text::tr("COPY needs a PostgreSQL connection.")};
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    if (connection == nullptr)
        return Error{Text::tr("The database connection is closed.")};
    ResultHandle started(PQexec(connection, copyStatement.toUtf8().constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        return Error{Text::tr("Cannot start copying rows: %1").arg(connectionError(connection))};
    const QByteArray& data = rows.data();
    // libpq takes an int per call: send large buffers in pieces.
    constexpr qsizetype piece = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += piece) {
        const int length = static_cast<int>(std::min(piece, data.size() - at));
        if (PQputCopyData(connection, data.constData() + at, length) != 1)
            return Error{Text::tr("Cannot copy rows: %1").arg(connectionError(connection))};
    }
    if (PQputCopyEnd(connection, nullptr) != 1)
        return Error{Text::tr("Cannot copy rows: %1").arg(connectionError(connection))};
    QString failure;
    while (PGresult* raw = PQgetResult(connection)) {
        const ResultHandle result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = QString::fromUtf8(PQresultErrorMessage(raw)).trimmed();
    }
    if (!failure.isEmpty())
        return Error{Text::tr("Cannot copy rows: %1").arg(failure)};
    return success();
}

} // namespace oversight
