#pragma once

#include "analytics/counts.h"
#include "analytics/statistics.h"

#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace oversight {

// The rates DESIGN.md defines, for one group of finalized reviews.
struct Rates {
    Proportion overrideRate;                 // final != model, of all
    Proportion disagreement;                 // initial != model, of those with an initial decision
    Proportion deference;                    // final == model, of those with initial != model
    Proportion changedMind;                  // initial != final, of those with an initial decision
    std::optional<double> meanBlindSeconds;  // claim -> initial commit
    std::optional<double> meanDecideSeconds; // reveal -> final
};

Rates ratesOf(const Counts& counts);

struct Group {
    QString key; // reviewer login, hour "0".."23", day "2026-03-02", queue, model, bucket
    Counts counts;
    Rates rates;
};

// One group per key of `tallies`, in key order, named by keyText(key).
template <typename Key, typename KeyText>
QList<Group> groupsOf(const std::map<Key, Counts>& tallies, KeyText keyText) {
    QList<Group> groups;
    for (const auto& [key, counts] : tallies)
        groups << Group{keyText(key), counts, ratesOf(counts)};
    return groups;
}

// A rate as a person reads it: "12.5 %" in the current locale.
QString percentText(double rate);

} // namespace oversight
