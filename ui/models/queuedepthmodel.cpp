#include "models/queuedepthmodel.h"

#include <QLocale>

namespace oversight {

void QueueDepthModel::setOverview(const QueueOverview& overview) {
    beginResetModel();
    m_overview = overview;
    endResetModel();
}

int QueueDepthModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_overview.queues.size());
}

int QueueDepthModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueDepthModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_overview.queues.size())
        return {};
    const QueueDepth& queue = m_overview.queues[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return queue.name;
    case Pending:
        return locale.toString(queue.pending);
    case InReview:
        return locale.toString(queue.inReview);
    case Finalized:
        return locale.toString(queue.finalized);
    }
    return {};
}

QVariant QueueDepthModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Queue");
    case Pending:
        return tr("Waiting");
    case InReview:
        return /*: Column: cases claimed by a reviewer right now. */ tr("In review");
    case Finalized:
        return tr("Finalized");
    }
    return {};
}

} // namespace oversight
