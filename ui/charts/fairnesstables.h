#pragma once

#include "fairness/fairnessfigures.h"

#include <QStandardItemModel>

namespace oversight {

// The fairness chart's figures as a table: one row per group and decider, with
// n, the rate and its 95 % interval. Qt::UserRole of a row's first cell holds the group.
QStandardItemModel* makeFairnessFiguresTable(const AttributeFairness& attribute, int metric,
                                             QObject* parent);

// The disparities of one metric against the reference group, flagged ones first.
QStandardItemModel* makeDisparityTable(const AttributeFairness& attribute, int metric,
                                       QObject* parent);

} // namespace oversight
