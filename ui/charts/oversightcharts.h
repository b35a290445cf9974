#pragma once

#include "analytics/oversightreport.h"

#include <QChart>
#include <QPalette>

class QBarSet;

namespace oversight {

// The dashboard's charts, built from a report, in a light or dark theme to
// match the palette. Each has a title, axis labels with
// units and, through the page, tooltips. Rates are shown in percent.

struct ReviewerChart {
    QChart* chart = nullptr;
    QBarSet* bars = nullptr; // clicked(index) -> reviewers[index]
    QStringList reviewers;   // in bar order: lowest override rate first
};

// Override rate by reviewer with 95 % interval whiskers and the reference line
// (the passive-oversight threshold) drawn across.
ReviewerChart makeReviewerChart(const QList<Group>& byReviewer, double referenceRate,
                                const QPalette& palette);
QChart* makeHourChart(const QList<Group>& byHour, const QPalette& palette);
QChart* makeWorkloadChart(const Workload& workload, const QPalette& palette);
QChart* makeTrendChart(const QList<Group>& byDay, const QPalette& palette);

} // namespace oversight
