#include "intake/csvreader.h"

#include <QCoreApplication>
#include <algorithm>

namespace oversight {

namespace {

constexpr qint64 chunkSize = 1 << 20;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

} // namespace

bool CsvReader::fill() {
    if (m_eof)
        return false;
    // One buffer for the whole file: a device that returns a few bytes per read
    // (a pipe) must not cost an allocation of a whole chunk each time.
    m_buffer.resize(chunkSize);
    const qint64 got = m_device->read(m_buffer.data(), chunkSize);
    m_buffer.resize(std::max<qint64>(got, 0));
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed += 3;
        }
    }
    return true;
}

int CsvReader::peek() {
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    if (m_pos >= m_buffer.size())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

bool CsvReader::next(Record& record) {
    record.clear();
    State state = State::FieldStart;
    bool anyContent = false;
    bool storing = true; // false once the current field passed the size limit

    auto appendRun = [&](QByteArrayView run) {
        if (!storing)
            return;
        const qsizetype room = maxFieldBytes - record.currentFieldSize();
        if (run.size() > room) {
            record.append(run.first(room));
            storing = false;
            record.setProblem(Text::tr("field is longer than %1 KiB").arg(maxFieldBytes / 1024),
                              record.fieldCount());
            return;
        }
        record.append(run);
    };
    auto append = [&](char c) { appendRun(QByteArrayView(&c, 1)); };
    auto endField = [&]() {
        storing = true;
        if (record.fieldCount() < maxFieldsPerRecord)
            record.endField();
        else
            record.setProblem(Text::tr("more than %1 fields").arg(maxFieldsPerRecord));
    };

    for (;;) {
        // Fast path: inside a field, take every ordinary byte up to the next one
        // that can end it in a single append.
        if ((state == State::Unquoted || state == State::Quoted) && m_pos < m_buffer.size()) {
            const char* begin = m_buffer.constData() + m_pos;
            const char* end = m_buffer.constData() + m_buffer.size();
            const char* p = begin;
            if (state == State::Unquoted) {
                while (p < end && *p != ',' && *p != '\n' && *p != '\r')
                    ++p;
            } else {
                while (p < end && *p != '"')
                    ++p;
            }
            if (p > begin) {
                appendRun(QByteArrayView(begin, p - begin));
                m_pos += p - begin;
                m_consumed += p - begin;
                continue;
            }
        }
        const int c = peek();
        if (c < 0) {
            if (state == State::Quoted)
                record.setProblem(Text::tr("quoted field is never closed (the rest of the file was "
                                           "read as part of it)"),
                                  record.fieldCount());
            if (!anyContent)
                return false;
            endField();
            record.row = ++m_rows;
            return true;
        }
        ++m_pos;
        ++m_consumed;
        const char ch = static_cast<char>(c);
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
        case State::QuoteInQuoted:
            if (ch == ',') {
                anyContent = true;
                endField();
                state = State::FieldStart;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') {
                    ++m_pos;
                    ++m_consumed;
                }
                if (!anyContent && state == State::FieldStart)
                    continue; // a line with no characters
                endField();
                record.row = ++m_rows;
                return true;
            } else if (ch == '"' && state == State::FieldStart) {
                anyContent = true;
                state = State::Quoted;
            } else if (ch == '"' && state == State::QuoteInQuoted) {
                append('"');
                state = State::Quoted;
            } else {
                anyContent = true;
                if (state == State::QuoteInQuoted)
                    record.setProblem(Text::tr("text after a closing quote"), record.fieldCount());
                append(ch);
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (ch == '"')
                state = State::QuoteInQuoted;
            else
                append(ch);
            break;
        }
    }
}

bool CsvReader::readHeader(QList<QString>& columns, QString& error) {
    Record header;
    if (!next(header)) {
        error = Text::tr("the file is empty: no header line");
        return false;
    }
    m_rows = 0; // data rows are numbered from 1
    if (!header.problem().isEmpty()) {
        error = Text::tr("the header line is malformed: %1").arg(header.problem());
        return false;
    }
    columns.clear();
    for (int i = 0; i < header.fieldCount(); ++i) {
        if (!isValidUtf8(header.field(i))) {
            error = Text::tr("the header line is not valid UTF-8 (column %1)").arg(i + 1);
            return false;
        }
        columns << QString::fromUtf8(header.field(i)).trimmed();
    }
    return true;
}

} // namespace oversight
