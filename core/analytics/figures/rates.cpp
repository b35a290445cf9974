#include "analytics/figures/rates.h"

#include <QLocale>

namespace oversight {

namespace {

std::optional<double> meanSeconds(qint64 sumMs, qint64 n) {
    if (n <= 0)
        return std::nullopt;
    return static_cast<double>(sumMs) / static_cast<double>(n) / 1000.0;
}

} // namespace

Rates ratesOf(const Counts& c) {
    return {wilson(c.overrides, c.n),
            wilson(c.disagreements, c.withInitial),
            wilson(c.deferrals, c.disagreements),
            wilson(c.changedMind, c.withInitial),
            meanSeconds(c.blindMsSum, c.blindN),
            meanSeconds(c.decideMsSum, c.decideN)};
}

QString percentText(double rate) {
    return QLocale().toString(rate * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace oversight
