#include "fairness/fairnessfigures.h"

#include "fairness/groupattributes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <set>
#include <tuple>
#include <vector>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fairness)
};

constexpr std::array<const char*, 5> metricNames = {"selection_rate", "tpr", "fpr", "fnr",
                                                    "accuracy"};
constexpr int metricCount = static_cast<int>(metricNames.size());

// (label, outcome) -> how many, for one decider and one group.
using Tally = std::map<std::pair<QString, QString>, qint64>;

GroupMetrics metricsOf(const Tally& tally, const QString& positive) {
    GroupMetrics m;
    m.binary = !positive.isEmpty();
    std::map<QString, qint64> byLabel;
    qint64 positives = 0;
    qint64 correct = 0;
    for (const auto& [key, count] : tally) {
        const auto& [label, truth] = key;
        m.n += count;
        byLabel[label] += count;
        const bool predicted = m.binary && label == positive;
        positives += predicted ? count : 0;
        if (truth.isEmpty())
            continue;
        m.nOutcome += count;
        correct += label == truth ? count : 0;
        if (!m.binary)
            continue;
        const bool actual = truth == positive;
        (predicted ? (actual ? m.tp : m.fp) : (actual ? m.fn : m.tn)) += count;
    }
    m.accuracy = wilson(correct, m.nOutcome);
    for (const auto& [label, count] : byLabel)
        m.selectionByLabel[label] = wilson(count, m.n);
    if (m.binary) {
        m.selectionRate = wilson(positives, m.n);
        m.tpr = wilson(m.tp, m.tp + m.fn);
        m.fpr = wilson(m.fp, m.fp + m.tn);
        m.fnr = wilson(m.fn, m.tp + m.fn);
    }
    return m;
}

// The rates alone, for the bootstrap: no intervals, no allocation.
struct RawCounts {
    qint64 n = 0, positives = 0, outcome = 0, correct = 0, tp = 0, fp = 0, tn = 0, fn = 0;

    // What a label says of one case, worked out once: the bootstrap adds the
    // same cells thousands of times.
    struct Case {
        bool predicted = false; // the label is the positive one
        bool known = false;     // the outcome is known
        bool actual = false;    // the outcome is the positive one
        bool correct = false;   // the label is the outcome
    };

    static Case caseOf(const QString& label, const QString& truth, const QString& positive) {
        return {!positive.isEmpty() && label == positive, !truth.isEmpty(),
                !positive.isEmpty() && truth == positive, !truth.isEmpty() && label == truth};
    }

    void add(const Case& c, bool binary, qint64 count) {
        n += count;
        positives += c.predicted ? count : 0;
        if (!c.known)
            return;
        outcome += count;
        correct += c.correct ? count : 0;
        if (!binary)
            return;
        (c.predicted ? (c.actual ? tp : fp) : (c.actual ? fn : tn)) += count;
    }

    std::optional<double> rate(int metric, bool binary) const {
        auto ratio = [](qint64 k, qint64 d) -> std::optional<double> {
            if (d == 0)
                return std::nullopt;
            return static_cast<double>(k) / static_cast<double>(d);
        };
        if (metric == 4)
            return ratio(correct, outcome);
        if (!binary)
            return std::nullopt;
        switch (metric) {
        case 0:
            return ratio(positives, n);
        case 1:
            return ratio(tp, tp + fn);
        case 2:
            return ratio(fp, fp + tn);
        default:
            return ratio(fn, tp + fn);
        }
    }
};

// One reviewed case's labels, for resampling a group's reviews.
struct JointCell {
    RawCounts::Case model;
    RawCounts::Case final;
    qint64 n = 0;
};

// Binomial draws. Exact by inversion while the variance is small; beyond, the
// normal approximation, whose error there is far below the bootstrap's own:
// std::binomial_distribution sets itself up anew for every (n, p), which made
// 2,000 resamples of a million reviews cost a quarter of a second. One
// standard normal is kept and scaled, so each pair of normals costs one
// logarithm (a normal_distribution per draw throws the second away).
class BinomialSource {
public:
    explicit BinomialSource(quint64 seed)
        : m_random(seed) {}

    qint64 draw(qint64 n, double p) {
        if (n <= 0 || p <= 0)
            return 0;
        if (p >= 1)
            return n;
        if (p > 0.5)
            return n - draw(n, 1 - p);
        const double nn = static_cast<double>(n);
        const double variance = nn * p * (1 - p);
        if (variance > 100)
            return std::clamp<qint64>(
                std::llround(nn * p + std::sqrt(variance) * m_normal(m_random)), 0, n);
        const double u = m_uniform(m_random);
        const double ratio = p / (1 - p);
        double probability = std::exp(nn * std::log1p(-p)); // P(0)
        double cumulative = probability;
        qint64 k = 0;
        while (cumulative < u && k < n) {
            probability *= static_cast<double>(n - k) / static_cast<double>(k + 1) * ratio;
            ++k;
            cumulative += probability;
        }
        return k;
    }

private:
    std::mt19937_64 m_random;
    std::normal_distribution<double> m_normal{0.0, 1.0};
    std::uniform_real_distribution<double> m_uniform{0.0, 1.0};
};

// Draws `total` cases with replacement from the cells (a multinomial draw, as
// conditional binomials), so a resample costs the number of cells, not of cases.
void resample(const std::vector<JointCell>& cells, qint64 total, BinomialSource& random,
              std::vector<qint64>& drawn) {
    drawn.assign(cells.size(), 0);
    qint64 remaining = total;
    qint64 massLeft = total;
    for (size_t i = 0; i < cells.size() && remaining > 0; ++i) {
        if (i + 1 == cells.size() || cells[i].n >= massLeft) {
            drawn[i] = remaining;
            break;
        }
        const double p = static_cast<double>(cells[i].n) / static_cast<double>(massLeft);
        drawn[i] = random.draw(remaining, p);
        remaining -= drawn[i];
        massLeft -= cells[i].n;
    }
}

struct GroupData {
    Tally model;
    Tally effective;
    qint64 pending = 0;
    Tally reviewModel;
    Tally initial;
    Tally final;
    qint64 overrides = 0;
    std::map<std::tuple<QString, QString, QString>, qint64> joint;
};

// attribute -> group of one case, each distinct JSON object parsed once.
class GroupsOfCells {
public:
    const QHash<QString, QString>& of(const QString& json) {
        auto found = m_parsed.constFind(json);
        if (found != m_parsed.cend())
            return *found;
        QHash<QString, QString> groups;
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            groups.insert(it.key(), it.value().toString());
        return *m_parsed.insert(json, groups);
    }

private:
    QHash<QString, QHash<QString, QString>> m_parsed;
};

// The group of a case for an attribute (or an intersection, "A|B"); none when
// its batch did not name the attribute.
std::optional<QString> groupOf(const QHash<QString, QString>& groups,
                               const QStringList& components) {
    QStringList values;
    for (const QString& component : components) {
        const auto found = groups.constFind(component);
        if (found == groups.cend())
            return std::nullopt;
        values << *found;
    }
    return values.join(u'|');
}

// Bands in their numeric order ("<25", "25-44", ..., ">=65"), other groups
// alphabetically, "(missing)" last; intersections part by part.
bool partBefore(const QString& a, const QString& b) {
    auto key = [](const QString& part) {
        const bool missing = part == missingGroup();
        const int rank = part.startsWith(u"<") ? 0 : part.startsWith(u">=") ? 2 : 1;
        const QString digits = part.mid(rank == 0 ? 1 : rank == 2 ? 2 : 0);
        qsizetype end = 0;
        while (end < digits.size() && (digits[end].isDigit() || digits[end] == u'.'))
            ++end;
        bool numeric = false;
        const double number = digits.left(end).toDouble(&numeric);
        return std::tuple{missing, numeric ? rank : 1, !numeric, numeric ? number : 0.0, part};
    };
    return key(a) < key(b);
}

bool groupBefore(const QString& a, const QString& b) {
    const QStringList as = a.split(u'|');
    const QStringList bs = b.split(u'|');
    for (qsizetype i = 0; i < std::min(as.size(), bs.size()); ++i) {
        if (partBefore(as[i], bs[i]))
            return true;
        if (partBefore(bs[i], as[i]))
            return false;
    }
    return as.size() < bs.size();
}

QString metricText(const QString& metric) {
    if (metric == u"selection_rate")
        return Text::tr("selection-rate");
    if (metric == u"tpr")
        return Text::tr("true-positive");
    if (metric == u"fpr")
        return Text::tr("false-positive");
    if (metric == u"fnr")
        return Text::tr("false-negative");
    return Text::tr("accuracy");
}

QString points(double difference) {
    return QString::number(std::abs(difference) * 100, 'f', 0);
}

class AttributeComputation {
public:
    AttributeComputation(const FairnessCells& cells, GroupsOfCells& parsed,
                         const QStringList& components, const FairnessOptions& options)
        : m_components(components)
        , m_options(options) {
        m_result.attribute = components.join(QStringLiteral("×"));
        collect(cells, parsed);
    }

    Result<AttributeFairness> run(QList<Warning>& warnings) {
        choosePositiveLabel();
        listGroups();
        if (Status chosen = chooseReference(); !chosen)
            return chosen.error();
        computeGroupFigures();
        computeDisparities();
        computeOversightEffect(warnings);
        computeReviewers(warnings);
        return m_result;
    }

private:
    void collect(const FairnessCells& cells, GroupsOfCells& parsed) {
        for (const DecisionCell& cell : cells.decisions) {
            const std::optional<QString> group = groupOf(parsed.of(cell.groupsJson), m_components);
            if (!group) {
                m_decisionsWithout += cell.n;
                continue;
            }
            GroupData& data = m_data[*group];
            data.model[{cell.model, cell.truth}] += cell.n;
            if (cell.effective.isEmpty())
                data.pending += cell.n;
            else
                data.effective[{cell.effective, cell.truth}] += cell.n;
            if (!cell.positiveLabel.isEmpty())
                m_positiveLabels.insert(cell.positiveLabel);
        }
        for (const ReviewCell& cell : cells.reviews) {
            const std::optional<QString> group = groupOf(parsed.of(cell.groupsJson), m_components);
            if (!group) {
                m_reviewsWithout += cell.n;
                continue;
            }
            GroupData& data = m_data[*group];
            data.reviewModel[{cell.model, cell.truth}] += cell.n;
            if (!cell.initial.isEmpty())
                data.initial[{cell.initial, cell.truth}] += cell.n;
            data.final[{cell.final, cell.truth}] += cell.n;
            const bool overridden = cell.final != cell.model;
            data.overrides += overridden ? cell.n : 0;
            data.joint[{cell.model, cell.final, cell.truth}] += cell.n;
            if (!cell.positiveLabel.isEmpty())
                m_positiveLabels.insert(cell.positiveLabel);
        }
        for (const ReviewerCell& cell : cells.reviewers) {
            const std::optional<QString> group = groupOf(parsed.of(cell.groupsJson), m_components);
            if (!group)
                continue;
            auto& [overrides, total] = m_reviewerGroups[cell.reviewer][*group];
            overrides += cell.overrides;
            total += cell.n;
        }
    }

    void choosePositiveLabel() {
        if (m_positiveLabels.size() == 1) {
            m_result.positiveLabel = *m_positiveLabels.begin();
        } else if (m_positiveLabels.empty()) {
            m_result.notices << Text::tr("No positive label is known: the error rates (TPR, FPR, "
                                         "FNR) stay empty. Name the positive class with "
                                         "--positive-label when importing.");
        } else {
            QStringList labels(m_positiveLabels.cbegin(), m_positiveLabels.cend());
            m_result.notices << Text::tr("The batches in this filter name different positive "
                                         "labels (%1): the error rates stay empty; filter by "
                                         "model to compare like with like.")
                                    .arg(labels.join(QStringLiteral(", ")));
        }
        if (m_decisionsWithout > 0 || m_reviewsWithout > 0)
            m_result.notices << Text::tr("%1 decisions and %2 reviews come from batches or logs "
                                         "that did not name '%3' and are not counted here.")
                                    .arg(m_decisionsWithout)
                                    .arg(m_reviewsWithout)
                                    .arg(m_result.attribute);
    }

    // Every group seen; for an intersection, every combination of the groups seen
    // of each attribute, the empty ones with n = 0.
    void listGroups() {
        if (m_components.size() > 1) {
            QList<std::set<QString>> values(m_components.size());
            for (const auto& [group, data] : m_data) {
                const QStringList parts = group.split(u'|');
                for (qsizetype i = 0; i < parts.size() && i < values.size(); ++i)
                    values[i].insert(parts[i]);
            }
            QStringList combinations{QString()};
            for (qsizetype i = 0; i < values.size(); ++i) {
                QStringList next;
                for (const QString& prefix : std::as_const(combinations))
                    for (const QString& value : values[i])
                        next << (i == 0 ? value : prefix + u'|' + value);
                combinations = next;
            }
            for (const QString& combination : std::as_const(combinations))
                m_data[combination];
        }
        for (const auto& [group, data] : m_data)
            m_groups << group;
        std::sort(m_groups.begin(), m_groups.end(), groupBefore);
    }

    Status chooseReference() {
        if (!m_options.referenceAttribute.isEmpty() &&
            m_options.referenceAttribute == m_result.attribute) {
            if (!m_data.count(m_options.referenceGroup))
                return Error{Text::tr("--reference: attribute '%1' has no group '%2' in this "
                                      "filter (its groups: %3)")
                                 .arg(m_result.attribute, m_options.referenceGroup,
                                      m_groups.join(QStringLiteral(", ")))};
            m_result.reference = m_options.referenceGroup;
            return success();
        }
        // The largest group; ties go to the first alphabetically.
        auto sizeOf = [this](const QString& group, bool decisions) {
            const GroupData& data = m_data.at(group);
            qint64 n = 0;
            for (const auto& [key, count] : decisions ? data.model : data.reviewModel)
                n += count;
            return n;
        };
        qint64 decisions = 0;
        for (const QString& group : std::as_const(m_groups))
            decisions += sizeOf(group, true);
        qint64 largest = -1;
        for (const QString& group : std::as_const(m_groups)) {
            const qint64 n = sizeOf(group, decisions > 0);
            if (n > largest || (n == largest && group < m_result.reference)) {
                largest = n;
                m_result.reference = group;
            }
        }
        return success();
    }

    void computeGroupFigures() {
        const QString& positive = m_result.positiveLabel;
        for (const QString& group : std::as_const(m_groups)) {
            const GroupData& data = m_data.at(group);
            GroupFigures figures;
            figures.group = group;
            figures.model = metricsOf(data.model, positive);
            figures.effective = metricsOf(data.effective, positive);
            figures.decisionsN = figures.model.n;
            figures.pending = data.pending;
            figures.reviewModel = metricsOf(data.reviewModel, positive);
            figures.initial = metricsOf(data.initial, positive);
            figures.final = metricsOf(data.final, positive);
            figures.reviewsN = figures.final.n;
            figures.override = wilson(data.overrides, figures.reviewsN);
            m_result.groups << figures;
        }
    }

    const GroupFigures& figuresOf(const QString& group) const {
        return m_result.groups.at(m_groups.indexOf(group));
    }

    void computeDisparities() {
        const GroupFigures& reference = figuresOf(m_result.reference);
        struct Decider {
            const char* scope;
            const char* name;
            GroupMetrics GroupFigures::*metrics;
        };
        const Decider deciders[] = {{"decisions", "model", &GroupFigures::model},
                                    {"decisions", "effective", &GroupFigures::effective},
                                    {"reviews", "model", &GroupFigures::reviewModel},
                                    {"reviews", "initial", &GroupFigures::initial},
                                    {"reviews", "final", &GroupFigures::final}};
        for (const Decider& decider : deciders) {
            for (int metric = 0; metric < metricCount; ++metric) {
                const Proportion& ref = fairnessMetric(reference.*decider.metrics, metric);
                for (const GroupFigures& group : std::as_const(m_result.groups)) {
                    if (group.group == m_result.reference)
                        continue;
                    const Proportion& p = fairnessMetric(group.*decider.metrics, metric);
                    if (!p.rate || !ref.rate)
                        continue;
                    Disparity d;
                    d.scope = QString::fromLatin1(decider.scope);
                    d.decider = QString::fromLatin1(decider.name);
                    d.metric = QString::fromLatin1(metricNames[metric]);
                    d.group = group.group;
                    d.n = p.n;
                    d.referenceN = ref.n;
                    if (*ref.rate > 0)
                        d.ratio = *p.rate / *ref.rate;
                    d.difference = *p.rate - *ref.rate;
                    std::tie(d.ciLow, d.ciHigh) = newcombeInterval(p, ref);
                    const bool outsideBand =
                        d.ratio ? (*d.ratio < m_options.ratioLow || *d.ratio > m_options.ratioHigh)
                                : *p.rate > 0;
                    const bool excludesZero = d.ciLow > 0 || d.ciHigh < 0;
                    const bool enough = p.n >= m_options.minimumN && ref.n >= m_options.minimumN;
                    d.flagged = outsideBand && excludesZero && enough;
                    m_result.disparities << d;
                }
            }
        }
    }

    void computeOversightEffect(QList<Warning>& warnings) {
        const QString& positive = m_result.positiveLabel;
        const bool binary = !positive.isEmpty();
        // Each group's reviewed cases as cells to resample from.
        std::vector<std::vector<JointCell>> cells(m_groups.size());
        std::vector<qint64> totals(m_groups.size(), 0);
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            for (const auto& [key, count] : m_data.at(m_groups[g]).joint) {
                const auto& [model, final, truth] = key;
                cells[g].push_back({RawCounts::caseOf(model, truth, positive),
                                    RawCounts::caseOf(final, truth, positive), count});
                totals[g] += count;
            }
        }
        const qsizetype ref = m_groups.indexOf(m_result.reference);
        if (totals[ref] == 0)
            return;
        // rates[g][decider 0 model / 1 final][metric]
        using Rates = std::vector<std::array<std::array<std::optional<double>, metricCount>, 2>>;
        auto ratesOf = [&](const std::vector<std::vector<qint64>>* drawn) {
            Rates rates(m_groups.size());
            for (size_t g = 0; g < cells.size(); ++g) {
                RawCounts model;
                RawCounts final;
                for (size_t i = 0; i < cells[g].size(); ++i) {
                    const qint64 n = drawn ? (*drawn)[g][i] : cells[g][i].n;
                    model.add(cells[g][i].model, binary, n);
                    final.add(cells[g][i].final, binary, n);
                }
                for (int metric = 0; metric < metricCount; ++metric) {
                    rates[g][0][metric] = model.rate(metric, binary);
                    rates[g][1][metric] = final.rate(metric, binary);
                }
            }
            return rates;
        };
        auto deltaOf = [&](const Rates& rates, size_t g, int metric) -> std::optional<double> {
            const auto& m = rates[g][0][metric];
            const auto& mr = rates[ref][0][metric];
            const auto& f = rates[g][1][metric];
            const auto& fr = rates[ref][1][metric];
            if (!m || !mr || !f || !fr)
                return std::nullopt;
            return std::abs(*f - *fr) - std::abs(*m - *mr);
        };
        const Rates observed = ratesOf(nullptr);
        std::vector<std::array<QList<std::pair<double, qint64>>, metricCount>> samples(
            m_groups.size());
        BinomialSource random(m_options.seed);
        std::vector<std::vector<qint64>> drawn(cells.size());
        for (int b = 0; b < m_options.resamples; ++b) {
            for (size_t g = 0; g < cells.size(); ++g)
                resample(cells[g], totals[g], random, drawn[g]);
            const Rates rates = ratesOf(&drawn);
            for (size_t g = 0; g < cells.size(); ++g) {
                if (static_cast<qsizetype>(g) == ref)
                    continue;
                for (int metric = 0; metric < metricCount; ++metric)
                    if (const std::optional<double> delta = deltaOf(rates, g, metric))
                        samples[g][metric] << std::pair{*delta, qint64{1}};
            }
        }
        for (size_t g = 0; g < cells.size(); ++g) {
            if (static_cast<qsizetype>(g) == ref)
                continue;
            for (int metric = 0; metric < metricCount; ++metric) {
                const std::optional<double> delta = deltaOf(observed, g, metric);
                if (!delta || samples[g][metric].isEmpty())
                    continue;
                OversightEffect effect;
                effect.metric = QString::fromLatin1(metricNames[metric]);
                effect.group = m_groups[static_cast<qsizetype>(g)];
                effect.delta = *delta;
                effect.ciLow = percentile(samples[g][metric], 0.025).value_or(*delta);
                effect.ciHigh = percentile(samples[g][metric], 0.975).value_or(*delta);
                effect.modelDifference = *observed[g][0][metric] - *observed[ref][0][metric];
                effect.finalDifference = *observed[g][1][metric] - *observed[ref][1][metric];
                m_result.oversightEffect << effect;
                const bool enough =
                    totals[g] >= m_options.minimumN && totals[ref] >= m_options.minimumN;
                if (effect.ciLow > 0 && enough)
                    warnings << Warning{QStringLiteral("oversight_widens_gap"),
                                        describeOversightEffect(effect, m_result.reference),
                                        {{QStringLiteral("attribute"), m_result.attribute},
                                         {QStringLiteral("group"), effect.group},
                                         {QStringLiteral("reference"), m_result.reference},
                                         {QStringLiteral("metric"), effect.metric},
                                         {QStringLiteral("delta"), effect.delta},
                                         {QStringLiteral("ci_low"), effect.ciLow},
                                         {QStringLiteral("ci_high"), effect.ciHigh},
                                         {QStringLiteral("n"), totals[g]},
                                         {QStringLiteral("reference_n"), totals[ref]},
                                         {QStringLiteral("minimum_n"), m_options.minimumN}}};
            }
        }
    }

    void computeReviewers(QList<Warning>& warnings) {
        for (const auto& [reviewer, byGroup] : m_reviewerGroups) {
            ReviewerGroupOverrides overrides;
            overrides.reviewer = reviewer;
            QList<std::pair<qint64, qint64>> tested;
            QStringList testedGroups;
            for (const QString& group : std::as_const(m_groups)) {
                const auto found = byGroup.find(group);
                if (found == byGroup.end())
                    continue;
                const auto& [k, n] = found->second;
                overrides.groups << std::pair{group, wilson(k, n)};
                if (n >= m_options.reviewerMinimumN) {
                    tested << std::pair{k, n};
                    testedGroups << group;
                }
            }
            if (tested.size() >= 2) {
                qint64 k = 0;
                qint64 n = 0;
                for (const auto& [groupK, groupN] : std::as_const(tested)) {
                    k += groupK;
                    n += groupN;
                }
                bool smallCells = false;
                for (const auto& [groupK, groupN] : std::as_const(tested)) {
                    const double expectedYes = static_cast<double>(k) * groupN / n;
                    smallCells = smallCells || expectedYes < 5 || groupN - expectedYes < 5;
                }
                if (tested.size() == 2 && smallCells) {
                    overrides.test = QStringLiteral("fisher_exact");
                    overrides.pValue =
                        fisherExactTwoSided(tested[0].first, tested[0].second - tested[0].first,
                                            tested[1].first, tested[1].second - tested[1].first);
                } else if (const auto test = chiSquareHomogeneity(tested)) {
                    overrides.test = QStringLiteral("chi_square");
                    overrides.pValue = test->pValue;
                }
            }
            if (overrides.pValue && *overrides.pValue < m_options.reviewerPValue) {
                QVariantMap rates;
                for (qsizetype i = 0; i < tested.size(); ++i)
                    rates.insert(testedGroups[i], static_cast<double>(tested[i].first) /
                                                      static_cast<double>(tested[i].second));
                warnings << Warning{
                    QStringLiteral("reviewer_group_override_gap"),
                    Text::tr("%1 overrides the model at different rates for different %2 groups "
                             "(%3 test, p = %4, at least %5 reviews per group).")
                        .arg(reviewer, m_result.attribute,
                             overrides.test == u"fisher_exact" ? Text::tr("Fisher's exact")
                                                               : Text::tr("chi-square"))
                        .arg(*overrides.pValue, 0, 'g', 3)
                        .arg(m_options.reviewerMinimumN),
                    {{QStringLiteral("reviewer"), reviewer},
                     {QStringLiteral("attribute"), m_result.attribute},
                     {QStringLiteral("test"), overrides.test},
                     {QStringLiteral("p_value"), *overrides.pValue},
                     {QStringLiteral("override_rates"), rates},
                     {QStringLiteral("minimum_n"), m_options.reviewerMinimumN}}};
            }
            m_result.reviewers << overrides;
        }
    }

    QStringList m_components;
    const FairnessOptions& m_options;
    AttributeFairness m_result;
    std::map<QString, GroupData> m_data;
    QStringList m_groups;
    std::set<QString> m_positiveLabels;
    std::map<QString, std::map<QString, std::pair<qint64, qint64>>> m_reviewerGroups;
    qint64 m_decisionsWithout = 0;
    qint64 m_reviewsWithout = 0;
};

} // namespace

QStringList fairnessMetricKeys() {
    QStringList keys;
    for (const char* name : metricNames)
        keys << QString::fromLatin1(name);
    return keys;
}

const Proportion& fairnessMetric(const GroupMetrics& metrics, int metric) {
    switch (metric) {
    case 0:
        return metrics.selectionRate;
    case 1:
        return metrics.tpr;
    case 2:
        return metrics.fpr;
    case 3:
        return metrics.fnr;
    default:
        return metrics.accuracy;
    }
}

std::pair<double, double> newcombeInterval(const Proportion& p1, const Proportion& p2) {
    const double r1 = p1.rate.value_or(0);
    const double r2 = p2.rate.value_or(0);
    const double l1 = p1.low.value_or(0);
    const double u1 = p1.high.value_or(0);
    const double l2 = p2.low.value_or(0);
    const double u2 = p2.high.value_or(0);
    const double difference = r1 - r2;
    return {difference - std::sqrt((r1 - l1) * (r1 - l1) + (u2 - r2) * (u2 - r2)),
            difference + std::sqrt((u1 - r1) * (u1 - r1) + (r2 - l2) * (r2 - l2))};
}

double fisherExactTwoSided(qint64 a, qint64 b, qint64 c, qint64 d) {
    const qint64 row1 = a + b;
    const qint64 row2 = c + d;
    const qint64 column1 = a + c;
    const qint64 total = row1 + row2;
    auto logChoose = [](qint64 n, qint64 k) {
        return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
    };
    auto probability = [&](qint64 x) {
        return std::exp(logChoose(row1, x) + logChoose(row2, column1 - x) -
                        logChoose(total, column1));
    };
    const double observed = probability(a);
    double p = 0;
    for (qint64 x = std::max<qint64>(0, column1 - row2); x <= std::min(row1, column1); ++x) {
        const double px = probability(x);
        if (px <= observed * (1 + 1e-7))
            p += px;
    }
    return std::min(1.0, p);
}

QString describeOversightEffect(const OversightEffect& effect, const QString& reference) {
    const QString metric = metricText(effect.metric);
    const QString from = points(effect.modelDifference);
    const QString to = points(effect.finalDifference);
    if (effect.delta > 0)
        return Text::tr("Human review widened the %1 gap between %2 and %3 from %4 to %5 points.")
            .arg(metric, effect.group, reference, from, to);
    if (effect.delta < 0)
        return Text::tr("Human review narrowed the %1 gap between %2 and %3 from %4 to %5 points.")
            .arg(metric, effect.group, reference, from, to);
    return Text::tr("Human review left the %1 gap between %2 and %3 at %4 points.")
        .arg(metric, effect.group, reference, from);
}

Result<FairnessAnalysis> computeFairness(const FairnessCells& cells,
                                         const FairnessOptions& options) {
    FairnessAnalysis analysis;
    GroupsOfCells parsed;
    std::set<QString> known;
    for (const DecisionCell& cell : cells.decisions)
        for (const QString& attribute : parsed.of(cell.groupsJson).keys())
            known.insert(attribute);
    for (const ReviewCell& cell : cells.reviews)
        for (const QString& attribute : parsed.of(cell.groupsJson).keys())
            known.insert(attribute);
    analysis.knownAttributes = QStringList(known.cbegin(), known.cend());

    QList<QStringList> specs;
    if (options.attributes.isEmpty()) {
        for (const QString& attribute : std::as_const(analysis.knownAttributes))
            specs << QStringList{attribute};
    } else {
        for (const QString& attribute : options.attributes) {
            if (!known.count(attribute))
                return Error{
                    Text::tr("--groups: no attribute '%1' in this filter (the stored ones: %2)")
                        .arg(attribute, analysis.knownAttributes.isEmpty()
                                            ? Text::tr("none")
                                            : analysis.knownAttributes.join(QStringLiteral(", ")))};
            specs << QStringList{attribute};
        }
        if (options.attributes.size() > 1)
            specs << options.attributes;
    }
    bool referenceUsed = options.referenceAttribute.isEmpty();
    for (const QStringList& components : std::as_const(specs)) {
        AttributeComputation computation(cells, parsed, components, options);
        Result<AttributeFairness> attribute = computation.run(analysis.warnings);
        if (!attribute)
            return attribute.error();
        referenceUsed = referenceUsed || attribute->attribute == options.referenceAttribute;
        analysis.attributes << attribute.value();
    }
    if (!referenceUsed)
        return Error{Text::tr("--reference names attribute '%1', which is not analysed here "
                              "(the stored ones: %2)")
                         .arg(options.referenceAttribute,
                              analysis.knownAttributes.join(QStringLiteral(", ")))};
    return analysis;
}

} // namespace oversight
