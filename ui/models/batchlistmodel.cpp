#include "models/batchlistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace oversight {

void BatchListModel::setBatches(const QList<BatchSummary>& batches) {
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

int BatchListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int BatchListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_batches.size())
        return {};
    const BatchSummary& batch = m_batches[index.row()];
    const bool numeric = index.column() >= Accepted && index.column() <= Automated;
    if (role == Qt::TextAlignmentRole && numeric)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("Batch %1\nSHA-256 %2").arg(batch.id, batch.sha256);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ImportedAt:
        return locale.toString(
            QDateTime::fromString(batch.importedAt, Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    case Source:
        return batch.knownAnswers
                   ? /*: A file of checks whose answers are known, not of decisions. */ tr(
                         "%1 (known answers)")
                         .arg(batch.sourceName)
                   : batch.sourceName;
    case Model:
        return batch.model;
    case ImportedBy:
        return batch.importedBy;
    case Accepted:
        return locale.toString(batch.accepted);
    case Rejected:
        return locale.toString(batch.rejected);
    case Review:
        // A set's cases wait for claims to serve them, in no queue.
        return batch.knownAnswers ? QStringLiteral("-") : locale.toString(batch.review);
    case Audit:
        return locale.toString(batch.audit);
    case Automated:
        return locale.toString(batch.automated);
    case Policy:
        if (batch.knownAnswers)
            return tr("served at each queue's known-answer rate");
        return tr("threshold %1, audit %2 %").arg(batch.threshold).arg(batch.auditRate * 100);
    }
    return {};
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImportedAt:
        return tr("Imported");
    case Source:
        return tr("File");
    case Model:
        return tr("Model");
    case ImportedBy:
        return tr("By");
    case Accepted:
        return tr("Accepted");
    case Rejected:
        return tr("Rejected");
    case Review:
        return tr("To review");
    case Audit:
        return tr("Audit sample");
    case Automated:
        return tr("Automated");
    case Policy:
        return tr("Policy");
    }
    return {};
}

} // namespace oversight
