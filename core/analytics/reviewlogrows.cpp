#include "analytics/reviewlogrows.h"

#include "analytics/counts.h"
#include "analytics/reviewlogimporter.h"
#include "intake/importer.h"

#include <QCoreApplication>
#include <charconv>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewLogImporter)
};

QByteArrayView trimmed(QByteArrayView text) {
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
    };
    while (!text.isEmpty() && space(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && space(text.back()))
        text.chop(1);
    return text;
}

QByteArrayView fieldOf(const Record& record, int column) {
    return column < 0 || column >= record.fieldCount() ? QByteArrayView()
                                                       : trimmed(record.field(column));
}

} // namespace

ReviewLogRows::ReviewLogRows(const ReviewLogOptions& options, Header header,
                             ReviewLogColumns columns, const QTimeZone& analyticsZone)
    : m_options(options)
    , m_header(std::move(header))
    , m_columns(std::move(columns))
    , m_timestamps(options.zone)
    , m_analyticsSlots(analyticsZone)
    , m_workSlots(options.zone)
    , m_groupAssigner(options.groups.columns, options.groups.bands) {}

ReviewLogRows::Outcome ReviewLogRows::fill(RecordReader& reader, StagedFactChunk& chunk,
                                           std::size_t limit, ReviewLogReport& report,
                                           QString& error) {
    chunk.clear();
    Record record;
    QList<Reject> problems;
    while (chunk.size() < limit) {
        if (!reader.next(record))
            return Outcome::EndOfFile;
        ++report.rows;
        problems.clear();
        if (!read(record, chunk, problems, error)) {
            if (!error.isEmpty())
                return Outcome::Failed;
            ++report.rejected;
            for (const Reject& reject : std::as_const(problems))
                if (report.rejects.size() < maxListedRejects)
                    report.rejects << reject;
            continue;
        }
        ++report.accepted;
    }
    return Outcome::ChunkFull;
}

bool ReviewLogRows::read(const Record& record, StagedFactChunk& chunk, QList<Reject>& problems,
                         QString& error) {
    const qint64 row = record.row;
    auto columnName = [&](int column) { return m_header.names.value(column); };
    if (!record.problem().isEmpty())
        problems << Reject{
            row, record.problemColumn() >= 0 ? columnName(record.problemColumn()) : QString(),
            record.problem()};
    // A field's text, checked: NULL (a null view) when it is empty.
    auto optional = [&](int column) {
        const QByteArrayView value = fieldOf(record, column);
        if (!isValidUtf8(value)) {
            problems << Reject{row, columnName(column), Text::tr("not valid UTF-8")};
            return QByteArrayView();
        }
        return value.isEmpty() ? QByteArrayView() : value;
    };
    auto required = [&](int column) {
        const QByteArrayView value = fieldOf(record, column);
        if (value.isEmpty())
            problems << Reject{row, columnName(column),
                               /*: Why a row was rejected: a required field has no value. */
                               Text::tr("empty")};
        else if (!isValidUtf8(value))
            problems << Reject{row, columnName(column), Text::tr("not valid UTF-8")};
        return value;
    };
    const QByteArrayView reviewer = required(m_columns.reviewer);
    const QByteArrayView timeText = required(m_columns.time);
    const QByteArrayView caseRef = required(m_columns.caseRef);
    const QByteArrayView final = required(m_columns.final);
    const QByteArrayView ai = required(m_columns.ai);
    std::optional<qint64> time;
    if (!timeText.isEmpty()) {
        time = m_timestamps.utcMilliseconds(timeText);
        if (!time)
            problems << Reject{
                row, columnName(m_columns.time),
                Text::tr("'%1' is not an ISO 8601 date and time (or does not "
                         "exist in %2)")
                    .arg(QString::fromUtf8(timeText), QString::fromUtf8(m_options.zone.id()))};
    }
    if (m_columns.aiConfidence >= 0) {
        const QByteArrayView confidence = fieldOf(record, m_columns.aiConfidence);
        const std::optional<double> value = parseFiniteNumber(confidence);
        if (!confidence.isEmpty() && (!value || *value < 0 || *value > 1))
            problems << Reject{
                row, columnName(m_columns.aiConfidence),
                Text::tr("'%1' is not a number from 0 to 1").arg(QString::fromUtf8(confidence))};
    }
    int stated = -1;
    if (m_columns.initialConfidence >= 0) {
        const QByteArrayView text = fieldOf(record, m_columns.initialConfidence);
        if (!text.isEmpty()) {
            const QByteArrayView digits =
                text.startsWith('+') ? text.sliced(1) : text; // as QString::toInt reads it
            int value = -1;
            const auto [end, failure] =
                std::from_chars(digits.data(), digits.data() + digits.size(), value);
            if (failure != std::errc() || end != digits.data() + digits.size() || value < 0 ||
                value > 100)
                problems << Reject{row, columnName(m_columns.initialConfidence),
                                   Text::tr("'%1' is not a whole number from 0 to 100")
                                       .arg(QString::fromUtf8(text))};
            else
                stated = value;
        }
    }
    QByteArrayView queue = m_columns.queue >= 0 ? optional(m_columns.queue) : QByteArrayView();
    if (queue.isEmpty())
        queue = "review";
    const QByteArrayView initial = optional(m_columns.initial);
    const QByteArrayView truth = optional(m_columns.truth);
    if (!m_columns.groups.isEmpty()) {
        m_groupCells.clear();
        for (int index : std::as_const(m_columns.groups))
            m_groupCells << record.field(index);
        QString field;
        QString problem;
        if (!m_groupAssigner.assign(m_groupCells, m_groupsJson, field, problem)) {
            problems << Reject{row, field, problem};
        } else if (const QString tooMany = m_groupAssigner.tooManyGroups(); !tooMany.isEmpty()) {
            error = Text::tr("%1: %2. Nothing was stored.").arg(m_options.filePath, tooMany);
            return false;
        }
    }
    if (!problems.isEmpty())
        return false;

    StagedFact fact;
    auto keep = [&](StagedFact::TextField field, QByteArrayView text) {
        if (text.isNull()) {
            fact.size[field] = -1;
            return;
        }
        fact.begin[field] = chunk.m_text.size();
        fact.size[field] = text.size();
        chunk.m_text.append(text);
    };
    const LocalSlotCache::Slot& local = m_analyticsSlots.at(*time);
    keep(StagedFact::Reviewer, reviewer);
    keep(StagedFact::FinalizedAt, utcIsoText(*time));
    keep(StagedFact::LocalDay, local.day);
    keep(StagedFact::Queue, queue);
    keep(StagedFact::CaseRef, caseRef);
    keep(StagedFact::Initial, initial);
    keep(StagedFact::ModelLabel, ai);
    keep(StagedFact::Final, final);
    keep(StagedFact::Truth, truth);
    keep(StagedFact::Groups, m_columns.groups.isEmpty() ? QByteArrayView() : m_groupsJson);
    fact.slot = *time / 1000 / slotSeconds; // as QDateTime::toSecsSinceEpoch() / slotSeconds
    fact.localHour = local.hour;
    fact.statedConfidence = stated;
    if (m_inTimeOrder) {
        const WorkInstant now{*time, m_workSlots.at(*time).julianDay};
        const auto previous =
            m_lastOf.find(QByteArray::fromRawData(reviewer.data(), reviewer.size()));
        if (previous != m_lastOf.end() && *time < previous->finalized.utcMilliseconds) {
            m_inTimeOrder = false;
        } else if (previous != m_lastOf.end()) {
            fact.position = nextWorkPosition(*previous, *time, now);
            *previous = PreviousWorkInstant{now, fact.position};
        } else {
            fact.position = nextWorkPosition(std::nullopt, *time, now);
            m_lastOf.insert(reviewer.toByteArray(), PreviousWorkInstant{now, fact.position});
        }
    }
    chunk.m_facts.push_back(fact);
    return true;
}

} // namespace oversight
