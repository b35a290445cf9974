#pragma once

#include "analytics/analyticsservice.h"

#include <QAbstractTableModel>

namespace oversight {

// The reviews behind a figure, one row each, for the drill-down table.
class ReviewRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FinalizedAt,
        Reviewer,
        Case,
        Queue,
        Initial,
        ModelLabel,
        Final,
        Truth,
        BlindSeconds,
        DecideSeconds,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<ReviewRecord>& records);
    const QList<ReviewRecord>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReviewRecord> m_records;
};

} // namespace oversight
