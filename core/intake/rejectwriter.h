#pragma once

#include "intake/record.h"
#include "intake/rowvalidator.h"

#include <QSaveFile>
#include <memory>

namespace oversight {

// Writes rejected rows to a CSV file: row number, the columns and reasons, then
// the row's own fields under the original header, so the file can be mended and
// imported again. Written atomically: the file appears whole or not at all.
class RejectWriter {
public:
    // An empty path writes nothing.
    RejectWriter(const QString& path, const QList<QString>& header);

    bool open();
    bool write(const Record& record, const QList<Reject>& rejects);
    bool commit();
    QString error() const { return m_error; }

private:
    void writeField(QByteArrayView utf8);

    QString m_path;
    QList<QString> m_header;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_line;
    QString m_error;
};

} // namespace oversight
