#include "analytics/statistics.h"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>

namespace oversight {

Proportion wilson(qint64 k, qint64 n) {
    Proportion result{k, n, std::nullopt, std::nullopt, std::nullopt};
    if (n <= 0)
        return result;
    constexpr double z = 1.959963984540054; // 97.5th percentile of the normal
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(k) / nn;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * nn)) / (1 + z2 / nn);
    const double half = z / (1 + z2 / nn) * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    result.rate = p;
    result.low = std::max(0.0, centre - half);
    result.high = std::min(1.0, centre + half);
    return result;
}

std::optional<double> percentile(QList<std::pair<double, qint64>> weightedValues, double p) {
    std::sort(weightedValues.begin(), weightedValues.end());
    qint64 total = 0;
    for (const auto& [value, count] : weightedValues)
        total += count;
    if (total == 0)
        return std::nullopt;
    const double rank = p * static_cast<double>(total - 1);
    const auto lowRank = static_cast<qint64>(std::floor(rank));
    const qint64 highRank = std::min(lowRank + 1, total - 1);
    auto valueAt = [&](qint64 index) {
        qint64 seen = 0;
        for (const auto& [value, count] : weightedValues) {
            seen += count;
            if (index < seen)
                return value;
        }
        return weightedValues.back().first;
    };
    const double low = valueAt(lowRank);
    const double high = valueAt(highRank);
    return low + (rank - static_cast<double>(lowRank)) * (high - low);
}

std::optional<HomogeneityTest>
chiSquareHomogeneity(const QList<std::pair<qint64, qint64>>& groups) {
    qint64 k = 0;
    qint64 n = 0;
    int used = 0;
    for (const auto& [successes, total] : groups) {
        if (total <= 0)
            continue;
        k += successes;
        n += total;
        ++used;
    }
    if (used < 2 || k == 0 || k == n)
        return std::nullopt;
    const double pooled = static_cast<double>(k) / static_cast<double>(n);
    double chi = 0.0;
    for (const auto& [successes, total] : groups) {
        if (total <= 0)
            continue;
        const double expectedYes = pooled * static_cast<double>(total);
        const double expectedNo = static_cast<double>(total) - expectedYes;
        const double yes = static_cast<double>(successes);
        const double no = static_cast<double>(total - successes);
        chi += (yes - expectedYes) * (yes - expectedYes) / expectedYes +
               (no - expectedNo) * (no - expectedNo) / expectedNo;
    }
    HomogeneityTest test;
    test.chiSquare = chi;
    test.degreesOfFreedom = used - 1;
    test.pValue =
        boost::math::cdf(boost::math::complement(boost::math::chi_squared(used - 1), chi));
    return test;
}

std::optional<Trend> linearTrend(const QList<std::pair<double, double>>& points) {
    const auto count = points.size();
    if (count < 3)
        return std::nullopt;
    double meanX = 0;
    double meanY = 0;
    for (const auto& [x, y] : points) {
        meanX += x;
        meanY += y;
    }
    meanX /= static_cast<double>(count);
    meanY /= static_cast<double>(count);
    double sxx = 0;
    double sxy = 0;
    for (const auto& [x, y] : points) {
        sxx += (x - meanX) * (x - meanX);
        sxy += (x - meanX) * (y - meanY);
    }
    if (sxx <= 0)
        return std::nullopt;
    Trend trend;
    trend.points = static_cast<int>(count);
    trend.slope = sxy / sxx;
    const double intercept = meanY - trend.slope * meanX;
    double residuals = 0;
    for (const auto& [x, y] : points) {
        const double error = y - (intercept + trend.slope * x);
        residuals += error * error;
    }
    const double degrees = static_cast<double>(count - 2);
    const double standardError = std::sqrt(residuals / degrees / sxx);
    if (standardError <= 0) {
        trend.pValue = trend.slope == 0 ? 1.0 : 0.0;
        return trend;
    }
    const double t = trend.slope / standardError;
    trend.pValue = 2 * boost::math::cdf(
                           boost::math::complement(boost::math::students_t(degrees), std::fabs(t)));
    return trend;
}

} // namespace oversight
