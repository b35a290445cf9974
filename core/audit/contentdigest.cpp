#include "audit/contentdigest.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ContentDigest)
};

Result<QString> digestOf(QSqlDatabase db, const QString& sql, qint64 key) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
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
    return digest.hex();
}

} // namespace

void ContentDigest::addText(QByteArrayView utf8) {
    const QByteArray length = QByteArray::number(utf8.size());
    m_hash.addData(length);
    m_hash.addData(QByteArrayView(":"));
    m_hash.addData(utf8);
    m_hash.addData(QByteArrayView(","));
}

void ContentDigest::addNull() {
    m_hash.addData(QByteArrayView("~"));
}

void ContentDigest::addInteger(qint64 value) {
    addText(QByteArray::number(value));
}

void ContentDigest::addReal(double value) {
    // 17 significant digits identify every double, so what was bound and what is
    // read back give the same text.
    addText(QByteArray::number(value, 'g', 17));
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
    m_hash.addData(QByteArrayView("\n"));
    ++m_rows;
}

QString ContentDigest::hex() const {
    return QString::fromLatin1(m_hash.resultView().toByteArray().toHex());
}

Result<QString> batchContentDigest(QSqlDatabase db, qint64 batchSeq) {
    return digestOf(
        db,
        QStringLiteral("SELECT c.external_id, c.source_row, c.route, c.facts, "
                       "s.model_label, s.confidence, s.probabilities, s.truth, s.hidden, "
                       "s.route_reason FROM cases c JOIN case_sealed s ON s.case_seq = c.seq "
                       "WHERE c.batch_seq = ? ORDER BY c.seq"),
        batchSeq);
}

Result<QString> reviewLogContentDigest(QSqlDatabase db, qint64 logSeq) {
    return digestOf(
        db,
        QStringLiteral("SELECT reviewer, finalized_at, slot, local_day, local_hour, queue, model, "
                       "case_ref, initial, initial_confidence, model_label, final, truth, "
                       "blind_ms, decide_ms, day_ordinal, break_ordinal FROM review_facts "
                       "WHERE log_seq = ? ORDER BY seq"),
        logSeq);
}

} // namespace oversight
