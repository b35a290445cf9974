#pragma once

#include "analytics/reviewlogimporter.h"

#include <QDate>
#include <QIODevice>

namespace oversight {

// A simulated review team, written as a review log: attentive reviewers who
// disagree with the model when it is wrong, one who rubber-stamps, fatigue on
// high-volume days and late in a stretch without a break, some deference after
// the reveal that grows over the last week, one reviewer who overrides more
// often for one group. What the dashboard shows on it is
// true of the simulation, so its warnings have something real to find.
struct DemoReviewSettings {
    qint64 reviews = 20000;
    quint64 seed = 1;
    QDate lastDay = QDate::currentDate(); // the log covers the 28 days up to it
    QString model = QStringLiteral("credit-risk 2.3.0");
};

constexpr int demoReviewDays = 28;

// Streams the CSV to `out`; false if writing fails.
bool writeDemoReviewLog(QIODevice& out, const DemoReviewSettings& settings);

// How to import what writeDemoReviewLog writes.
ReviewLogOptions demoReviewLogOptions(const QString& filePath, const QString& model);

// The login of the simulated rubber-stamper, for tests.
QString demoRubberStamper();

// The login of the simulated reviewer who overrides the model's approvals of
// women more often than of men.
QString demoGroupBiasedReviewer();

} // namespace oversight
