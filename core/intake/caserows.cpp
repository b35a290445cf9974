#include "intake/caserows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CopiedCaseRows)
};

void textOrNull(CopyRows& rows, QByteArrayView value) {
    if (value.isEmpty())
        rows.null();
    else
        rows.text(value);
}

// Emptied at every commit, so an import that fails leaves nothing in it.
const char* const createRowTable =
    "CREATE TEMP TABLE IF NOT EXISTS import_case_rows (source_row BIGINT NOT NULL, id TEXT, "
    "external_id TEXT, facts TEXT, route TEXT, queue TEXT, state TEXT, model_label TEXT, "
    "confidence DOUBLE PRECISION, probabilities TEXT, truth TEXT, hidden TEXT, route_reason "
    "TEXT, groups TEXT) ON COMMIT DELETE ROWS";

const char* const copyRows =
    "COPY import_case_rows (source_row, id, external_id, facts, route, queue, state, model_label, "
    "confidence, probabilities, truth, hidden, route_reason, groups) FROM STDIN";

// Source rows are unique within a file, so they tie each stored case to its row.
const char* const storeRows =
    "WITH stored AS (INSERT INTO cases (id, external_id, batch_seq, source_row, facts, route, "
    "queue, state) SELECT id, external_id, ?, source_row, facts, route, queue, state FROM "
    "import_case_rows ORDER BY source_row ON CONFLICT (external_id) DO NOTHING RETURNING seq, "
    "source_row), sealed AS (INSERT INTO case_sealed (case_seq, model_label, confidence, "
    "probabilities, truth, hidden, route_reason, groups) SELECT s.seq, r.model_label, "
    "r.confidence, r.probabilities, r.truth, r.hidden, r.route_reason, r.groups FROM stored s "
    "JOIN import_case_rows r ON r.source_row = s.source_row) SELECT seq, source_row FROM stored";

} // namespace

void CopiedCaseRows::add(const CaseRow& row) {
    m_rows.integer(row.sourceRow);
    m_rows.text(row.id);
    m_rows.text(row.externalId);
    m_rows.text(row.facts);
    m_rows.text(row.route);
    textOrNull(m_rows, row.queue);
    m_rows.text(row.state);
    m_rows.text(row.modelLabel);
    m_rows.real(row.confidence);
    textOrNull(m_rows, row.probabilities);
    textOrNull(m_rows, row.truth);
    m_rows.text(row.hidden);
    m_rows.text(row.routeReason);
    textOrNull(m_rows, row.groups);
    m_rows.endRow();
    m_sourceRows.push_back(row.sourceRow);
}

Result<std::vector<qint64>> CopiedCaseRows::store(const QSqlDatabase& db, qint64 batchSeq) {
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(createRowTable)))
        return Error{Text::tr("Cannot prepare the rows' table: %1").arg(query.lastError().text())};
    if (Status copied = copyIn(db, QString::fromLatin1(copyRows), m_rows); !copied)
        return copied.error();
    query.prepare(QString::fromLatin1(storeRows));
    query.addBindValue(batchSeq);
    if (!query.exec())
        return Error{Text::tr("Cannot store the rows: %1").arg(query.lastError().text())};
    QHash<qint64, qint64> seqBySourceRow;
    seqBySourceRow.reserve(static_cast<qsizetype>(m_sourceRows.size()));
    while (query.next())
        seqBySourceRow.insert(query.value(1).toLongLong(), query.value(0).toLongLong());
    std::vector<qint64> seqs;
    seqs.reserve(m_sourceRows.size());
    for (qint64 sourceRow : m_sourceRows)
        seqs.push_back(seqBySourceRow.value(sourceRow, 0));
    m_rows.clear();
    m_sourceRows.clear();
    return seqs;
}

} // namespace oversight
