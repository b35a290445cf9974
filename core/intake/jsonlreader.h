#pragma once

#include "intake/record.h"

#include <QHash>
#include <QIODevice>

namespace oversight {

// JSON Lines: one object per line. The columns are the first object's keys in the
// order the file gives them; values are read as text (numbers in their shortest
// exact form, null as empty, nested values as compact JSON).
class JsonlReader final : public RecordReader {
public:
    explicit JsonlReader(QIODevice* device)
        : m_device(device) {}

    bool readHeader(QList<QString>& columns, QString& error) override;
    bool next(Record& record) override;
    qint64 bytesRead() const override { return m_consumed; }

private:
    bool readLine(QByteArray& line, bool& tooLong);
    void parse(const QByteArray& line, Record& record);

    QIODevice* m_device;
    QList<QString> m_columns;
    QHash<QString, int> m_index;
    QByteArray m_piece;   // what readLine reads into, reused
    QByteArray m_pending; // the first line, read for the header, is also the first record
    bool m_hasPending = false;
    qint64 m_consumed = 0;
    qint64 m_rows = 0;
};

// The keys of a JSON object text in the order written, or an empty list if the text
// is not an object. Qt's QJsonObject sorts its keys, so file order needs this.
QList<QString> jsonObjectKeysInOrder(QByteArrayView json);

} // namespace oversight
