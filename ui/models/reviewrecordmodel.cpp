#include "models/reviewrecordmodel.h"

#include <QDateTime>
#include <QLocale>

namespace oversight {

void ReviewRecordModel::setRecords(const QList<ReviewRecord>& records) {
    beginResetModel();
    m_records = records;
    endResetModel();
}

int ReviewRecordModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ReviewRecordModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewRecordModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ReviewRecord& r = m_records.at(index.row());
    auto seconds = [](const std::optional<qint64>& ms) -> QVariant {
        return ms ? QVariant(static_cast<double>(*ms) / 1000.0) : QVariant();
    };
    if (role == Qt::TextAlignmentRole &&
        (index.column() == BlindSeconds || index.column() == DecideSeconds))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // Sorting uses the raw values (ISO times sort as text, seconds as numbers).
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case FinalizedAt:
            return r.finalizedAt; // ISO 8601 in UTC sorts as text
        case BlindSeconds:
            return seconds(r.blindMs);
        case DecideSeconds:
            return seconds(r.decideMs);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FinalizedAt:
        return QLocale().toString(
            QDateTime::fromString(r.finalizedAt, Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    case Reviewer:
        return r.reviewer;
    case Case:
        return r.caseRef;
    case Queue:
        return r.queue;
    case Initial:
        return r.initial.isEmpty()   ? QString()
               : r.initialConfidence ? tr("%1 (%2 %)").arg(r.initial).arg(*r.initialConfidence)
                                     : r.initial;
    case ModelLabel:
        return r.modelLabel;
    case Final:
        return r.finalLabel;
    case Truth:
        return r.truth;
    case BlindSeconds:
        return r.blindMs ? QLocale().toString(static_cast<double>(*r.blindMs) / 1000.0, 'f', 1)
                         : QString();
    case DecideSeconds:
        return r.decideMs ? QLocale().toString(static_cast<double>(*r.decideMs) / 1000.0, 'f', 1)
                          : QString();
    default:
        return {};
    }
}

QVariant ReviewRecordModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FinalizedAt:
        return tr("Finalized");
    case Reviewer:
        return tr("Reviewer");
    case Case:
        return tr("Case");
    case Queue:
        return tr("Queue");
    case Initial:
        return /*: Column: the reviewer's own decision, made before seeing the model's. */ tr(
            "Initial");
    case ModelLabel:
        return tr("Model");
    case Final:
        return /*: Column: the reviewer's final decision, after seeing the model's. */ tr("Final");
    case Truth:
        return tr("Outcome");
    case BlindSeconds:
        return /*: Column: seconds the reviewer took before committing, without the model's answer.
                */
            tr("Blind (s)");
    case DecideSeconds:
        return /*: Column: seconds from the reveal of the model's answer to the final decision. */
            tr("Decide (s)");
    default:
        return {};
    }
}

} // namespace oversight
