#include "models/reviewerqueuemodel.h"

#include <QLocale>

namespace oversight {

void ReviewerQueueModel::setQueues(const QList<ReviewerQueue>& queues) {
    beginResetModel();
    m_queues = queues;
    endResetModel();
}

int ReviewerQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_queues.size());
}

int ReviewerQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewerQueueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_queues.size())
        return {};
    const ReviewerQueue& queue = m_queues.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return queue.name;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return queue.name;
    case Pending:
        return queue.pending == 0 ? /*: A queue with no cases waiting. */ tr("empty")
                                  : QLocale().toString(queue.pending);
    case MineToday:
        return QLocale().toString(queue.mineToday);
    case OverriddenToday:
        return QLocale().toString(queue.overriddenToday);
    default:
        return {};
    }
}

QVariant ReviewerQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Queue");
    case Pending:
        return tr("Waiting");
    case MineToday:
        return tr("Done by you today");
    case OverriddenToday:
        return tr("Of those, you overrode the model");
    default:
        return {};
    }
}

} // namespace oversight
