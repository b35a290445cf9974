#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace oversight {

// One data record as raw UTF-8 bytes: the unescaped fields laid end to end in one
// buffer, so reading a million rows allocates almost nothing per row.
class Record {
public:
    void clear() {
        m_data.resize(0);
        m_ends.clear();
        m_problem.clear();
        m_problemColumn = -1;
    }

    int fieldCount() const { return static_cast<int>(m_ends.size()); }
    QByteArrayView field(int index) const {
        const qsizetype begin = index == 0 ? 0 : m_ends[static_cast<size_t>(index - 1)];
        return QByteArrayView(m_data.constData() + begin,
                              m_ends[static_cast<size_t>(index)] - begin);
    }

    void append(QByteArrayView bytes) { m_data.append(bytes); }
    void endField() { m_ends.push_back(m_data.size()); }
    qsizetype currentFieldSize() const {
        return m_data.size() - (m_ends.empty() ? 0 : m_ends.back());
    }

    // A structural problem the reader found (unterminated quote, over-long field,
    // not a JSON object); the row is rejected with it. Column -1 means the whole row.
    void setProblem(const QString& problem, int column = -1) {
        if (m_problem.isEmpty()) {
            m_problem = problem;
            m_problemColumn = column;
        }
    }
    const QString& problem() const { return m_problem; }
    int problemColumn() const { return m_problemColumn; }

    qint64 row = 0; // 1 for the first data record

private:
    QByteArray m_data;
    std::vector<qsizetype> m_ends;
    QString m_problem;
    int m_problemColumn = -1;
};

// A source of records: a header, then one record at a time.
class RecordReader {
public:
    virtual ~RecordReader() = default;

    // Reads the header; false with an error message when the file has none.
    virtual bool readHeader(QList<QString>& columns, QString& error) = 0;
    // Fills the next record; false at the end of the input.
    virtual bool next(Record& record) = 0;
    // For progress: bytes consumed so far.
    virtual qint64 bytesRead() const = 0;
};

// Largest field accepted, in bytes.
constexpr qsizetype maxFieldBytes = 64 * 1024;

bool isValidUtf8(QByteArrayView bytes);

} // namespace oversight
