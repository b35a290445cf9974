#include "intake/leakcheck.h"

#include "intake/rowvalidator.h"

#include <algorithm>
#include <cmath>

namespace oversight {

namespace {

// Cramér's V with Bergsma's bias correction of a table given as rows of per-label
// counts (a row may be shorter than the labels: the rest are 0).
template <typename Rows>
double biasCorrectedCramersV(const Rows& rows, const std::vector<qint64>& labelCounts,
                             qint64 rowsTotal) {
    const double n = static_cast<double>(rowsTotal);
    const double r = static_cast<double>(std::size(rows));
    const double k = static_cast<double>(labelCounts.size());
    if (r < 2 || k < 2 || n < 2)
        return 0.0;
    double chi2 = 0.0;
    for (const std::vector<qint64>& row : rows) {
        double rowTotal = 0.0;
        for (qint64 count : row)
            rowTotal += static_cast<double>(count);
        for (size_t j = 0; j < labelCounts.size(); ++j) {
            const double observed = j < row.size() ? static_cast<double>(row[j]) : 0.0;
            const double expected = rowTotal * static_cast<double>(labelCounts[j]) / n;
            chi2 += (observed - expected) * (observed - expected) / expected;
        }
    }
    const double phi2 = chi2 / n;
    const double phi2Corrected = std::max(0.0, phi2 - (k - 1) * (r - 1) / (n - 1));
    const double rCorrected = r - (r - 1) * (r - 1) / (n - 1);
    const double kCorrected = k - (k - 1) * (k - 1) / (n - 1);
    const double denominator = std::min(kCorrected - 1, rCorrected - 1);
    if (denominator <= 0)
        return 0.0;
    return std::min(1.0, std::sqrt(phi2Corrected / denominator));
}

} // namespace

QString targetName(AssociationTarget target) {
    return target == AssociationTarget::Model ? QStringLiteral("model") : QStringLiteral("outcome");
}

LeakCheck::LeakCheck(QList<QString> columns, AssociationTarget target, LeakCheckSettings settings)
    : m_names(std::move(columns))
    , m_target(target)
    , m_settings(settings)
    , m_columns(static_cast<size_t>(m_names.size())) {}

void LeakCheck::add(const QList<QByteArrayView>& facts, QByteArrayView label) {
    // Lookups use non-owning keys; only a new key is copied.
    auto labelIt = m_labels.constFind(QByteArray::fromRawData(label.data(), label.size()));
    int labelIndex;
    if (labelIt == m_labels.constEnd()) {
        labelIndex = static_cast<int>(m_labelCounts.size());
        m_labels.insert(QByteArray(label.data(), label.size()), labelIndex);
        m_labelCounts.push_back(0);
    } else {
        labelIndex = *labelIt;
    }
    ++m_labelCounts[static_cast<size_t>(labelIndex)];
    ++m_rows;

    for (size_t c = 0; c < m_columns.size(); ++c) {
        Column& column = m_columns[c];
        const QByteArrayView value = facts[static_cast<qsizetype>(c)];
        if (value.trimmed().isEmpty()) {
            if (column.emptyCounts.size() <= static_cast<size_t>(labelIndex))
                column.emptyCounts.resize(static_cast<size_t>(labelIndex) + 1, 0);
            ++column.emptyCounts[static_cast<size_t>(labelIndex)];
        }
        if (column.categorical) {
            auto it = column.counts.find(QByteArray::fromRawData(value.data(), value.size()));
            if (it == column.counts.end()) {
                if (column.counts.size() >= m_settings.maxCategories) {
                    column.categorical = false;
                    column.counts.clear();
                } else {
                    it = column.counts.insert(QByteArray(value.data(), value.size()), {});
                }
            }
            if (column.categorical) {
                if (it->size() <= static_cast<size_t>(labelIndex))
                    it->resize(static_cast<size_t>(labelIndex) + 1, 0);
                ++(*it)[static_cast<size_t>(labelIndex)];
            }
        }
        if (column.numeric && !value.trimmed().isEmpty()) {
            const std::optional<double> number = parseFiniteNumber(value);
            if (!number) {
                column.numeric = false;
                column.sample = {};
                continue;
            }
            // Reservoir sampling keeps a uniform sample of fixed size.
            ++column.numericSeen;
            if (column.sample.size() < m_settings.numericSample) {
                column.sample.emplace_back(*number, labelIndex);
            } else {
                std::uniform_int_distribution<qint64> pick(0, column.numericSeen - 1);
                const qint64 slot = pick(m_random);
                if (slot < static_cast<qint64>(m_settings.numericSample))
                    column.sample[static_cast<size_t>(slot)] = {*number, labelIndex};
            }
        }
    }
}

double LeakCheck::cramersV(const Column& column) const {
    std::vector<std::vector<qint64>> rows;
    rows.reserve(static_cast<size_t>(column.counts.size()));
    for (auto it = column.counts.cbegin(); it != column.counts.cend(); ++it)
        rows.push_back(*it);
    return biasCorrectedCramersV(rows, m_labelCounts, m_rows);
}

double LeakCheck::missingV(const Column& column) const {
    // Empty against not empty: a 2-row table.
    std::vector<qint64> filled = m_labelCounts;
    for (size_t j = 0; j < column.emptyCounts.size(); ++j)
        filled[j] -= column.emptyCounts[j];
    return biasCorrectedCramersV(std::vector<std::vector<qint64>>{column.emptyCounts, filled},
                                 m_labelCounts, m_rows);
}

double LeakCheck::somersD(const Column& column) const {
    std::vector<std::pair<double, int>> sorted = column.sample;
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    // Mid-ranks, so ties count as half a win.
    std::vector<double> ranks(n);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && sorted[j].first == sorted[i].first)
            ++j;
        const double midRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (size_t t = i; t < j; ++t)
            ranks[t] = midRank;
        i = j;
    }
    QList<double> rankSum(static_cast<qsizetype>(m_labelCounts.size()), 0.0);
    QList<qint64> classSize(static_cast<qsizetype>(m_labelCounts.size()), 0);
    for (size_t i = 0; i < n; ++i) {
        rankSum[sorted[i].second] += ranks[i];
        ++classSize[sorted[i].second];
    }
    double best = 0.0;
    for (qsizetype c = 0; c < rankSum.size(); ++c) {
        const double positives = static_cast<double>(classSize[c]);
        const double negatives = static_cast<double>(n) - positives;
        if (classSize[c] < m_settings.minClassSize ||
            static_cast<qint64>(negatives) < m_settings.minClassSize)
            continue;
        const double auc =
            (rankSum[c] - positives * (positives + 1) / 2.0) / (positives * negatives);
        best = std::max(best, std::abs(2.0 * auc - 1.0));
    }
    return best;
}

QList<ColumnAssociation> LeakCheck::finish() const {
    QList<ColumnAssociation> result;
    for (size_t c = 0; c < m_columns.size(); ++c) {
        const Column& column = m_columns[c];
        ColumnAssociation association;
        association.column = m_names[static_cast<qsizetype>(c)];
        association.target = m_target;
        association.n = m_rows;
        if (column.categorical)
            association.cramersV = cramersV(column);
        if (column.numeric && !column.sample.empty())
            association.somersD = somersD(column);
        qint64 empties = 0;
        for (qint64 count : column.emptyCounts)
            empties += count;
        if (empties > 0 && empties < m_rows)
            association.missingV = missingV(column);
        association.score =
            std::max({0.0, association.cramersV, association.somersD, association.missingV});
        result << association;
    }
    return result;
}

} // namespace oversight
