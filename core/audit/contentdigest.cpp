#include "audit/contentdigest.h"

#include "storage/dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <charconv>
#include <cstring>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ContentDigest)
};

Result<QString> digestOf(QSqlDatabase db, const QString& sql, qint64 key) {
    QSqlQuery query(db);
    streamRowsAlone(query);
    query.prepare(sql);
    query.addBindValue(key);
    if (!query.exec())
        return Error{Text::tr("Cannot read stored content: %1").arg(query.lastError().text())};
    ContentDigest digest;
    const int columns = query.record().count();
    while (query.next()) {
        for (int column = 0; column < columns; ++column)
            digest.addValue(query.value(column));
        digest.endRow();
    }
    if (query.lastError().isValid())
        return Error{Text::tr("Cannot read stored content: %1").arg(query.lastError().text())};
    return digest.finish();
}

// Whether a batch or log names protected attributes. The audit trail starts at
// schema version 6, before the column existed: then none does.
Result<bool> namesGroups(QSqlDatabase db, const QString& table, qint64 seq) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE seq = ?").arg(table));
    query.addBindValue(seq);
    if (!query.exec())
        return Error{Text::tr("Cannot read stored content: %1").arg(query.lastError().text())};
    const int column = query.record().indexOf(QStringLiteral("group_columns"));
    return column >= 0 && query.next() && query.value(column).toString() != u"[]";
}

} // namespace

namespace {

constexpr qsizetype chunkBytes = 1 << 20;

} // namespace

// Rows are written into m_pending by hand (its size is the capacity, m_used the
// bytes written): a million-row import adds ten fields a row, and QByteArray's
// append checks cost more than the copying.
char* ContentDigest::reserve(qsizetype bytes) {
    if (m_used + bytes > m_pending.size())
        m_pending.resize(std::max(m_pending.size() * 2, m_used + bytes + chunkBytes));
    return m_pending.data() + m_used;
}

void ContentDigest::addText(QByteArrayView utf8) {
    char* out = reserve(utf8.size() + 24);
    char* const start = out;
    out = std::to_chars(out, out + 21, utf8.size()).ptr;
    *out++ = ':';
    std::memcpy(out, utf8.data(), static_cast<size_t>(utf8.size()));
    out += utf8.size();
    *out++ = ',';
    m_used += out - start;
}

void ContentDigest::addNull() {
    *reserve(1) = '~';
    ++m_used;
}

void ContentDigest::addInteger(qint64 value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    addText(QByteArrayView(digits, end - digits));
}

void ContentDigest::addReal(double value) {
    // The shortest text that reads back as the same double: what was bound and
    // what is read back give the same bytes.
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    addText(QByteArrayView(text, end - text));
}

void ContentDigest::addValue(const QVariant& value) {
    if (value.isNull()) {
        addNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        addReal(value.toDouble());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        addInteger(value.toLongLong());
        break;
    default:
        addText(value.toString().toUtf8());
    }
}

void ContentDigest::endRow() {
    *reserve(1) = '\n';
    ++m_used;
    ++m_rows;
    if (m_used >= chunkBytes)
        hashPendingInBackground();
}

void ContentDigest::hashPendingInBackground() {
    if (m_hashing.valid())
        m_hashing.get();
    std::swap(m_inFlight, m_pending);
    const qsizetype length = m_used;
    m_used = 0;
    m_hashing = std::async(std::launch::async, [this, length] {
        m_hash.addData(QByteArrayView(m_inFlight.constData(), length));
    });
}

QString ContentDigest::finish() {
    if (m_hashing.valid())
        m_hashing.get();
    m_hash.addData(QByteArrayView(m_pending.constData(), m_used));
    m_used = 0;
    return QString::fromLatin1(m_hash.result().toHex());
}

Result<QString> batchContentDigest(QSqlDatabase db, qint64 batchSeq) {
    // A batch with protected attributes digests them too (importer.cpp, addToDigest).
    const Result<bool> withGroups = namesGroups(db, QStringLiteral("import_batches"), batchSeq);
    if (!withGroups)
        return withGroups.error();
    return digestOf(
        db,
        QStringLiteral("SELECT c.external_id, c.source_row, c.route, c.facts, "
                       "s.model_label, s.confidence, s.probabilities, s.truth, s.hidden, "
                       "s.route_reason%1 FROM cases c JOIN case_sealed s ON s.case_seq = c.seq "
                       "WHERE c.batch_seq = ? ORDER BY c.seq")
            .arg(withGroups.value() ? QStringLiteral(", s.groups") : QString()),
        batchSeq);
}

Result<QString> reviewLogContentDigest(QSqlDatabase db, qint64 logSeq) {
    // A log with protected attributes digests them and its positive label too.
    const Result<bool> withGroups = namesGroups(db, QStringLiteral("review_logs"), logSeq);
    if (!withGroups)
        return withGroups.error();
    return digestOf(
        db,
        QStringLiteral("SELECT reviewer, finalized_at, slot, local_day, local_hour, queue, model, "
                       "case_ref, initial, initial_confidence, model_label, final, truth, "
                       "blind_ms, decide_ms, day_ordinal, break_ordinal%1 FROM review_facts "
                       "WHERE log_seq = ? ORDER BY seq")
            .arg(withGroups.value() ? QStringLiteral(", groups, positive_label") : QString()),
        logSeq);
}

} // namespace oversight
