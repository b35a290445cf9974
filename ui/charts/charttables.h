#pragma once

#include "analytics/oversightreport.h"

#include <QStandardItemModel>

namespace oversight {

// The figures of a dashboard chart as a table, for screen readers and for
// anyone who prefers numbers: one row per bar or point, with its n, its
// overrides, the rate and the 95 % interval the chart draws.
QStandardItemModel* makeGroupTable(const QList<Group>& groups, const QString& keyCaption,
                                   QObject* parent);

// The captions of the four charts' key columns, as the charts' axes name them.
QString reviewerKeyCaption();
QString hourKeyCaption();
QString sinceBreakKeyCaption();
QString dayKeyCaption();

} // namespace oversight
