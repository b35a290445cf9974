#pragma once

#include "intake/batchlist.h"

#include <QAbstractTableModel>

namespace oversight {

// Import batches, newest first: source, model, policy and routing counts.
class BatchListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ImportedAt,
        Source,
        Model,
        ImportedBy,
        Accepted,
        Rejected,
        Review,
        Audit,
        Automated,
        Policy,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setBatches(const QList<BatchSummary>& batches);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BatchSummary> m_batches;
};

} // namespace oversight
