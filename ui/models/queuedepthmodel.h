#pragma once

#include "queues/queuedepths.h"

#include <QAbstractTableModel>

namespace oversight {

// The queue overview as a table: one row per queue.
class QueueDepthModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Pending, InReview, Finalized, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOverview(const QueueOverview& overview);
    const QueueOverview& overview() const { return m_overview; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QueueOverview m_overview;
};

} // namespace oversight
