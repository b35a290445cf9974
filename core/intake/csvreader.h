#pragma once

#include "intake/record.h"

#include <QIODevice>

namespace oversight {

// Streaming RFC 4180 reader: quoted fields with embedded commas, quotes and line
// breaks, UTF-8 with or without a byte-order mark, CRLF or LF. Reads the device in
// chunks, never holding the file whole. Lines with no characters are skipped.
class CsvReader final : public RecordReader {
public:
    explicit CsvReader(QIODevice* device)
        : m_device(device) {}

    bool readHeader(QList<QString>& columns, QString& error) override;
    bool next(Record& record) override;
    qint64 bytesRead() const override { return m_consumed; }

private:
    bool fill();
    int peek();

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_rows = 0;
};

// Upper bound on fields in one record, against a line of a million commas.
constexpr int maxFieldsPerRecord = 10000;

} // namespace oversight
