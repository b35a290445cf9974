#pragma once

#include "review/reviewtypes.h"

#include <QAbstractTableModel>

namespace oversight {

// The queues a reviewer works, with what waits and what they did today.
class ReviewerQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Pending, MineToday, OverriddenToday, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setQueues(const QList<ReviewerQueue>& queues);
    const QList<ReviewerQueue>& queues() const { return m_queues; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReviewerQueue> m_queues;
};

} // namespace oversight
