#include "intake/rejectwriter.h"

#include <QCoreApplication>

namespace oversight {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RejectWriter)
};
} // namespace

RejectWriter::RejectWriter(const QString& path, const QList<QString>& header)
    : m_path(path)
    , m_header(header) {}

void RejectWriter::writeField(QByteArrayView utf8) {
    if (!m_line.isEmpty())
        m_line.append(',');
    const bool needsQuotes =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!needsQuotes) {
        m_line.append(utf8);
        return;
    }
    m_line.append('"');
    for (const char c : utf8) {
        if (c == '"')
            m_line.append('"');
        m_line.append(c);
    }
    m_line.append('"');
}

bool RejectWriter::open() {
    if (m_path.isEmpty())
        return true;
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error =
            Text::tr("Cannot write the rejects file %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    m_line.clear();
    writeField("row");
    writeField("column");
    writeField("reason");
    for (const QString& name : std::as_const(m_header))
        writeField(name.toUtf8());
    m_line.append("\r\n");
    m_file->write(m_line);
    return true;
}

bool RejectWriter::write(const Record& record, const QList<Reject>& rejects) {
    if (!m_file)
        return true;
    QStringList columns;
    QStringList reasons;
    for (const Reject& reject : rejects) {
        columns << reject.column;
        reasons << reject.reason;
    }
    m_line.clear();
    writeField(QByteArray::number(record.row));
    writeField(columns.join(QStringLiteral("; ")).toUtf8());
    writeField(reasons.join(QStringLiteral("; ")).toUtf8());
    for (int i = 0; i < record.fieldCount(); ++i) {
        const QByteArrayView field = record.field(i);
        // Invalid bytes become U+FFFD so the rejects file itself is valid UTF-8.
        writeField(isValidUtf8(field) ? field.toByteArray() : QString::fromUtf8(field).toUtf8());
    }
    m_line.append("\r\n");
    if (m_file->write(m_line) != m_line.size()) {
        m_error =
            Text::tr("Cannot write the rejects file %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    return true;
}

bool RejectWriter::commit() {
    if (!m_file)
        return true;
    if (!m_file->commit()) {
        m_error =
            Text::tr("Cannot write the rejects file %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    m_file.reset();
    return true;
}

} // namespace oversight
