#pragma once

#include "analytics/analyticszone.h"
#include "analytics/timestamps.h"
#include "fairness/groupattributes.h"
#include "intake/columnmap.h"
#include "intake/record.h"
#include "intake/rowvalidator.h"
#include "workload/workposition.h"

#include <QByteArray>
#include <QHash>
#include <array>
#include <vector>

namespace oversight {

struct ReviewLogOptions;
struct ReviewLogReport;

// One review as it will be stored in review_facts: its text in the chunk's one
// buffer, so a million rows allocate almost nothing per row.
struct StagedFact {
    enum TextField {
        Reviewer,
        FinalizedAt,
        LocalDay,
        Queue,
        CaseRef,
        Initial,
        ModelLabel,
        Final,
        Truth,
        Groups,
        TextFieldCount
    };
    std::array<qsizetype, TextFieldCount> begin{};
    std::array<qsizetype, TextFieldCount> size{}; // -1: NULL
    qint64 slot = 0;
    int localHour = 0;
    int statedConfidence = -1; // -1: none
    WorkPosition position;
};

class StagedFactChunk {
public:
    void clear() {
        m_text.resize(0);
        m_facts.clear();
    }
    std::size_t size() const { return m_facts.size(); }
    bool empty() const { return m_facts.empty(); }
    const std::vector<StagedFact>& facts() const { return m_facts; }
    // A null view for a NULL field.
    QByteArrayView text(const StagedFact& fact, StagedFact::TextField field) const {
        return fact.size[field] < 0
                   ? QByteArrayView()
                   : QByteArrayView(m_text.constData() + fact.begin[field], fact.size[field]);
    }

private:
    friend class ReviewLogRows;
    QByteArray m_text;
    std::vector<StagedFact> m_facts;
};

// Where the log's columns are in its header; -1 when an optional one is not named.
struct ReviewLogColumns {
    int reviewer = -1;
    int time = -1;
    int caseRef = -1;
    int final = -1;
    int ai = -1;
    int initial = -1;
    int initialConfidence = -1;
    int aiConfidence = -1;
    int truth = -1;
    int queue = -1;
    QList<int> groups;
};

// Turns the records of a review log into facts, in file order: every field
// checked (rejects counted and listed in the report), timestamps read in the
// log's zone, the calendar day and hour taken in the analytics zone, and each
// reviewer's position in the day and since a break while the log stays in time
// order (after that the importer derives them from the stored rows).
class ReviewLogRows {
public:
    ReviewLogRows(const ReviewLogOptions& options, Header header, ReviewLogColumns columns,
                  const QTimeZone& analyticsZone);

    enum class Outcome { ChunkFull, EndOfFile, Failed };
    // Reads records into `chunk` (cleared first) until it holds `limit` facts or the
    // file ends. Failed: the whole import must stop, `error` says why.
    Outcome fill(RecordReader& reader, StagedFactChunk& chunk, std::size_t limit,
                 ReviewLogReport& report, QString& error);

    bool inTimeOrder() const { return m_inTimeOrder; }

private:
    bool read(const Record& record, StagedFactChunk& chunk, QList<Reject>& problems,
              QString& error);

    const ReviewLogOptions& m_options;
    Header m_header;
    ReviewLogColumns m_columns;
    TimestampReader m_timestamps;
    LocalSlotCache m_analyticsSlots;
    LocalSlotCache m_workSlots; // days in the log's own zone, for the ordinals
    GroupAssigner m_groupAssigner;
    QByteArray m_groupsJson;
    QList<QByteArrayView> m_groupCells;
    QHash<QByteArray, PreviousWorkInstant> m_lastOf;
    bool m_inTimeOrder = true;
};

} // namespace oversight
