#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <random>
#include <vector>

namespace oversight {

// What a column's association is measured against: the model's label (a column that
// gives the AI's answer away defeats the blind) or the known outcome (a column that
// gives the outcome away makes every accuracy figure meaningless).
enum class AssociationTarget { Model, Outcome };

// How strongly one fact column predicts the target, on a 0..1 scale where 0 is no
// association and 1 gives the target away:
//   categorical: Cramér's V with Bergsma's small-sample bias correction, over the
//     column's distinct values (only while it has at most maxCategories of them);
//   numeric: Somers' D = |2 AUC - 1|, one class against the rest, the largest over
//     classes with at least minClassSize cases;
//   missingness: the same Cramér's V over "empty or not", for a column that is
//     sometimes empty: in real exports an empty "date of re-offence" says there was
//     none, whatever the column's other values look like.
// The score is the largest of those that apply.
struct ColumnAssociation {
    QString column;
    AssociationTarget target = AssociationTarget::Model;
    double score = 0.0;
    double cramersV = -1.0; // -1 where not measured
    double somersD = -1.0;
    double missingV = -1.0;
    qint64 n = 0;
};

QString targetName(AssociationTarget target); // "model" or "outcome", as JSON says it

struct LeakCheckSettings {
    double refuseAt = 0.9;         // a score at or above this is a leak
    double noticeAt = 0.7;         // at or above (and below refuseAt): a near leak, reported
    qint64 minimumRows = 30;       // below, scores are reported but nothing is refused
    int maxCategories = 100;       // more distinct values: not treated as categorical
    qint64 minClassSize = 10;      // smaller classes are not scored one-vs-rest
    size_t numericSample = 200000; // reservoir per numeric column; exact below it
};

// Accumulates, one accepted row at a time, what the association measures need,
// in memory bounded by the settings rather than by the file.
class LeakCheck {
public:
    LeakCheck(QList<QString> columns, AssociationTarget target = AssociationTarget::Model,
              LeakCheckSettings settings = {});

    // `label` is the target's value for the row (the model's label or the outcome).
    void add(const QList<QByteArrayView>& facts, QByteArrayView label);
    QList<ColumnAssociation> finish() const;
    const LeakCheckSettings& settings() const { return m_settings; }
    AssociationTarget target() const { return m_target; }
    qint64 rows() const { return m_rows; }

private:
    struct Column {
        QHash<QByteArray, std::vector<qint64>> counts; // value -> per-label counts
        bool categorical = true;
        bool numeric = true;
        std::vector<std::pair<double, int>> sample; // (value, label index)
        qint64 numericSeen = 0;
        std::vector<qint64> emptyCounts; // per label
    };

    double cramersV(const Column& column) const;
    double missingV(const Column& column) const;
    double somersD(const Column& column) const;

    QList<QString> m_names;
    AssociationTarget m_target;
    LeakCheckSettings m_settings;
    std::vector<Column> m_columns;
    QHash<QByteArray, int> m_labels;
    std::vector<qint64> m_labelCounts;
    qint64 m_rows = 0;
    std::mt19937_64 m_random{20240601}; // fixed: the same file gives the same scores
};

} // namespace oversight
