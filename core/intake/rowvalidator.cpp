#include "intake/rowvalidator.h"

#include "common/jsontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cmath>

namespace oversight {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RowValidator)
};

QByteArrayView trimmed(QByteArrayView text) {
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

QString quoted(QByteArrayView text) {
    constexpr qsizetype shown = 40;
    QString value = QString::fromUtf8(text.first(std::min(text.size(), shown)));
    if (text.size() > shown)
        value += QStringLiteral("...");
    return u'"' + value + u'"';
}
} // namespace

std::optional<double> parseFiniteNumber(QByteArrayView text) {
    text = trimmed(text);
    if (text.isEmpty())
        return std::nullopt;
    double value = 0.0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString RowValidator::columnName(int index) const {
    return index >= 0 && index < m_header.names.size() ? m_header.names[index] : QString();
}

bool RowValidator::validate(const Record& record, ParsedRow& row, QList<Reject>& rejects) const {
    const qsizetype before = rejects.size();
    const qint64 n = record.row;
    if (!record.problem().isEmpty()) {
        rejects << Reject{n, columnName(record.problemColumn()), record.problem()};
        return false;
    }
    if (record.fieldCount() != m_header.names.size()) {
        rejects << Reject{n, QString(),
                          Text::tr("the row has %1 fields, the header has %2")
                              .arg(record.fieldCount())
                              .arg(m_header.names.size())};
        return false;
    }
    for (int i = 0; i < record.fieldCount(); ++i) {
        const QByteArrayView field = record.field(i);
        if (field.size() > maxFieldBytes)
            rejects << Reject{n, columnName(i),
                              Text::tr("field is longer than %1 KiB").arg(maxFieldBytes / 1024)};
        else if (!isValidUtf8(field))
            rejects << Reject{n, columnName(i), Text::tr("not valid UTF-8")};
        else if (field.contains('\0'))
            rejects << Reject{n, columnName(i), Text::tr("contains a NUL character")};
    }
    if (rejects.size() > before)
        return false;

    row.externalId = trimmed(record.field(m_map.id));
    if (row.externalId.isEmpty())
        rejects << Reject{n, columnName(m_map.id), Text::tr("missing case id")};
    row.label = trimmed(record.field(m_map.label));
    if (row.label.isEmpty())
        rejects << Reject{n, columnName(m_map.label), Text::tr("missing model label")};

    row.probabilitiesJson.clear();
    if (m_map.confidence >= 0) {
        const QByteArrayView text = record.field(m_map.confidence);
        const std::optional<double> value = parseFiniteNumber(text);
        if (!value)
            rejects << Reject{n, columnName(m_map.confidence),
                              Text::tr("confidence %1 is not a number").arg(quoted(text))};
        else if (*value < 0.0 || *value > 1.0)
            rejects << Reject{n, columnName(m_map.confidence),
                              Text::tr("confidence %1 is outside [0, 1]").arg(quoted(text))};
        else
            row.confidence = *value;
    } else {
        checkProbabilities(record, row, rejects);
    }
    row.truth = m_map.truth >= 0 ? trimmed(record.field(m_map.truth)) : QByteArrayView();
    return rejects.size() == before;
}

void RowValidator::checkProbabilities(const Record& record, ParsedRow& row,
                                      QList<Reject>& rejects) const {
    const qint64 n = record.row;
    double sum = 0.0;
    double top = -1.0;
    double labelProbability = -1.0;
    bool allValid = true;
    for (const auto& [label, column] : m_map.probabilities) {
        const QByteArrayView text = record.field(column);
        const std::optional<double> value = parseFiniteNumber(text);
        if (!value) {
            rejects << Reject{n, columnName(column),
                              Text::tr("probability %1 is not a number").arg(quoted(text))};
            allValid = false;
            continue;
        }
        if (*value < 0.0 || *value > 1.0) {
            rejects << Reject{n, columnName(column),
                              Text::tr("probability %1 is outside [0, 1]").arg(quoted(text))};
            allValid = false;
            continue;
        }
        sum += *value;
        top = std::max(top, *value);
        if (label == row.label)
            labelProbability = *value;
        row.probabilitiesJson.append(row.probabilitiesJson.isEmpty() ? '{' : ',');
        appendJsonString(row.probabilitiesJson, label);
        row.probabilitiesJson.append(':');
        row.probabilitiesJson.append(
            QByteArray::number(*value, 'g', QLocale::FloatingPointShortest));
    }
    row.probabilitiesJson.append('}');
    if (!allValid)
        return;
    const QString labelText = QString::fromUtf8(row.label);
    if (std::abs(sum - 1.0) > probabilitySumTolerance) {
        rejects << Reject{n, QString(),
                          Text::tr("probabilities sum to %1, not 1 (tolerance %2)")
                              .arg(sum, 0, 'g', 10)
                              .arg(probabilitySumTolerance)};
    } else if (!row.label.isEmpty() && labelProbability < 0) {
        rejects << Reject{n, columnName(m_map.label),
                          Text::tr("label '%1' has no probability column").arg(labelText)};
    } else if (!row.label.isEmpty() && labelProbability < top) {
        rejects << Reject{
            n, columnName(m_map.label),
            Text::tr("label '%1' has probability %2, but the highest is %3: the label "
                     "must be the most probable class")
                .arg(labelText)
                .arg(labelProbability)
                .arg(top)};
    }
    row.confidence = top;
}

} // namespace oversight
