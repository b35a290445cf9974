#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <future>

namespace oversight {

// SHA-256 over rows of fields, each field a netstring ("<length>:<bytes>,"), NULL
// as "~", each row ended by a newline. An import records the digest of what it
// stored; verification reads the rows back and recomputes it, so an edit of any
// stored case, model output or imported review shows.
class ContentDigest {
public:
    ContentDigest() = default;
    ContentDigest(const ContentDigest&) = delete;
    ContentDigest& operator=(const ContentDigest&) = delete;

    void addText(QByteArrayView utf8);
    void addNull();
    void addInteger(qint64 value);
    void addReal(double value);
    // A value as the SQL driver returns it: the same bytes as the typed adders.
    void addValue(const QVariant& value);
    void endRow();

    qint64 rows() const { return m_rows; }
    // The digest of every row added; adding more afterwards is not allowed.
    QString finish();

private:
    void hashPendingInBackground();
    char* reserve(qsizetype bytes);

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_rows = 0;
    // Rows are gathered into chunks that another thread hashes while this one
    // goes on: a million-row import does not wait for SHA-256.
    QByteArray m_pending;
    qsizetype m_used = 0;
    QByteArray m_inFlight;
    std::future<void> m_hashing; // last member: joined first on destruction
};

// The digest of one import batch's cases with their sealed model output, in the
// order they were stored: the columns below, the same as the importer adds them.
// external_id, source_row, route, facts, model_label, confidence, probabilities,
// truth, hidden, route_reason. Not the queue: an escalation moves a case to
// another queue, and records that as its own event.
Result<QString> batchContentDigest(QSqlDatabase db, qint64 batchSeq);

// The digest of one imported review log's rows of review_facts, in stored order.
Result<QString> reviewLogContentDigest(QSqlDatabase db, qint64 logSeq);

} // namespace oversight
