#include "intake/jsonlreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace oversight {

namespace {

// A line may hold every field at its maximum size, and not much more.
constexpr qint64 maxLineBytes = 16 * 1024 * 1024;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonlReader)
};

qsizetype skipSpace(QByteArrayView s, qsizetype i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        ++i;
    return i;
}

// Index one past the closing quote of the string starting at s[i] == '"'.
qsizetype skipString(QByteArrayView s, qsizetype i) {
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

QByteArray valueAsText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Double:
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QList<QString> jsonObjectKeysInOrder(QByteArrayView s) {
    QList<QString> keys;
    // Qt's parser skips a byte-order mark; so must this, or a line that starts with
    // one (files joined end to end) is said to repeat its keys.
    qsizetype i = skipSpace(s, s.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    if (i >= s.size() || s[i] != '{')
        return {};
    i = skipSpace(s, i + 1);
    while (i < s.size() && s[i] == '"') {
        const qsizetype end = skipString(s, i);
        if (end < 0)
            return {};
        // Let Qt unescape the key: wrap it in an array.
        const QByteArray wrapped = '[' + s.sliced(i, end - i).toByteArray() + ']';
        keys << QJsonDocument::fromJson(wrapped).array().at(0).toString();
        i = skipSpace(s, end);
        if (i >= s.size() || s[i] != ':')
            return {};
        // Skip the value: nested brackets counted, strings jumped over.
        int depth = 0;
        for (i = skipSpace(s, i + 1); i < s.size(); ++i) {
            const char c = s[i];
            if (c == '"') {
                i = skipString(s, i);
                if (i < 0)
                    return {};
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (i < s.size() && s[i] == ',')
            i = skipSpace(s, i + 1);
    }
    return keys;
}

bool JsonlReader::readLine(QByteArray& line, bool& tooLong) {
    // QIODevice::readLine(maxSize) allocates maxSize bytes for every line; reading
    // through one reused piece buffer keeps a million short lines cheap.
    constexpr qint64 pieceBytes = 64 * 1024;
    if (m_piece.size() != pieceBytes)
        m_piece.resize(pieceBytes);
    for (;;) {
        line.resize(0);
        tooLong = false;
        bool any = false;
        for (;;) {
            const qint64 n = m_device->readLine(m_piece.data(), pieceBytes);
            if (n <= 0)
                break;
            any = true;
            m_consumed += n;
            if (!tooLong && line.size() + n <= maxLineBytes)
                line.append(m_piece.constData(), n);
            else
                tooLong = true; // the rest of the over-long line is drained, not kept
            if (m_piece[n - 1] == '\n')
                break;
        }
        if (!any)
            return false;
        if (m_consumed == line.size() && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (tooLong) {
            line.clear();
            return true;
        }
        if (!line.trimmed().isEmpty())
            return true;
    }
}

bool JsonlReader::readHeader(QList<QString>& columns, QString& error) {
    bool tooLong = false;
    if (!readLine(m_pending, tooLong)) {
        error = Text::tr("the file is empty: no JSON object to take the columns from");
        return false;
    }
    if (tooLong) {
        error = Text::tr("the first line is longer than %1 MiB").arg(maxLineBytes >> 20);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument first = QJsonDocument::fromJson(m_pending, &parseError);
    if (parseError.error != QJsonParseError::NoError || !first.isObject()) {
        error =
            Text::tr("the first line is not a JSON object (%1); the columns are taken from it")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : Text::tr("another JSON value"));
        return false;
    }
    m_columns = jsonObjectKeysInOrder(m_pending);
    for (int i = 0; i < m_columns.size(); ++i)
        m_index.insert(m_columns[i], i);
    m_hasPending = true;
    columns = m_columns;
    return true;
}

bool JsonlReader::next(Record& record) {
    record.clear();
    QByteArray line;
    bool tooLong = false;
    if (m_hasPending) {
        line = std::move(m_pending);
        m_hasPending = false;
    } else if (!readLine(line, tooLong)) {
        return false;
    }
    record.row = ++m_rows;
    if (tooLong) {
        record.setProblem(Text::tr("line is longer than %1 MiB").arg(maxLineBytes >> 20));
        return true;
    }
    parse(line, record);
    return true;
}

void JsonlReader::parse(const QByteArray& line, Record& record) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        record.setProblem(Text::tr("not valid JSON: %1 at offset %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    } else if (!document.isObject()) {
        record.setProblem(Text::tr("not a JSON object"));
    }
    const QJsonObject object = document.object();
    if (record.problem().isEmpty()) {
        const QList<QString> keys = jsonObjectKeysInOrder(line);
        if (keys.size() != object.size()) {
            record.setProblem(Text::tr("a key appears more than once"));
        } else {
            for (const QString& key : keys) {
                if (!m_index.contains(key)) {
                    record.setProblem(
                        Text::tr("key '%1' is not among the columns of the first line").arg(key));
                    break;
                }
            }
        }
    }
    for (const QString& column : std::as_const(m_columns)) {
        const auto it = object.constFind(column);
        if (it != object.constEnd())
            record.append(valueAsText(*it));
        record.endField();
    }
}

} // namespace oversight
