#pragma once

#include <QList>
#include <optional>
#include <utility>

namespace oversight {

// A proportion k/n with its 95 % Wilson score interval; empty when n is 0.
struct Proportion {
    qint64 k = 0;
    qint64 n = 0;
    std::optional<double> rate;
    std::optional<double> low;
    std::optional<double> high;
};

Proportion wilson(qint64 k, qint64 n);

// The p-th percentile (0..1) of a series given as (value, how often) pairs, with
// linear interpolation between closest ranks (numpy's default). Empty series: nullopt.
std::optional<double> percentile(QList<std::pair<double, qint64>> weightedValues, double p);

struct HomogeneityTest {
    double chiSquare = 0.0;
    int degreesOfFreedom = 0;
    double pValue = 1.0;
};

// Chi-square test of homogeneity of k_i/n_i across groups (a 2 x g table).
// nullopt with fewer than two groups or when every rate is 0 or every rate is 1.
std::optional<HomogeneityTest> chiSquareHomogeneity(const QList<std::pair<qint64, qint64>>& groups);

struct Trend {
    double slope = 0.0;  // change of y per step of x
    double pValue = 1.0; // two-sided, H0: slope = 0
    int points = 0;
};

// Ordinary least squares of y on x; nullopt with fewer than three points or no
// spread in x.
std::optional<Trend> linearTrend(const QList<std::pair<double, double>>& points);

} // namespace oversight
