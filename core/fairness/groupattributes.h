#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>

namespace oversight {

// Numeric columns given as bands: column -> ascending cut points.
using GroupBands = std::map<QString, QList<double>>;

// The protected attributes of a decisions file or review log (DESIGN.md,
// "Fairness by group"): which columns hold them, how wide numeric ones are
// banded, which label counts as positive, and whether reviewers may see them.
struct GroupColumnsOptions {
    QStringList columns;
    GroupBands bands;
    QString positiveLabel;
    bool show = false;

    bool any() const { return !columns.isEmpty(); }
};

// The group of an empty cell: counted like any other group, never dropped.
inline QString missingGroup() {
    return QStringLiteral("(missing)");
}

// An attribute with more groups than this is refused: it is an identifier or a
// measurement, and needs bands.
constexpr int maxGroupsPerAttribute = 50;

// Reads "--group-bands age=25,45,65" values; an error names the bad one.
Result<GroupBands> parseGroupBands(const QStringList& specs);

// The band of `value` between ascending `cuts`: "<25", "25-44", "45-64", ">=65"
// for whole-number cuts, "0.5-<1.5" otherwise.
QString bandOf(double value, const QList<double>& cuts);

// The names of the bands, in order.
QStringList bandNames(const QList<double>& cuts);

// The members of the stored groups JSON that every case of one group carries,
// each as `"attribute":"group"` exactly as stored: one for an attribute, one per
// part for an intersection ("sex×age", "F|25-44"). Empty when the group does
// not split into the intersection's parts.
QList<QByteArray> groupMembers(const QString& attribute, const QString& group);

QByteArray groupColumnsJson(const QStringList& columns);
QByteArray groupBandsJson(const GroupBands& bands);

// Turns each row's attribute cells into its groups, as the JSON object stored
// with the case ({"sex":"F","age":"25-44"}, attributes in the order given), and
// keeps count of the distinct groups so that an identifier is refused early.
class GroupAssigner {
public:
    GroupAssigner(QStringList attributes, GroupBands bands);

    // `cells` are the attribute columns' cells, in the order of the attributes.
    // On a cell that cannot be banded, returns false with `field` and `problem` set.
    bool assign(const QList<QByteArrayView>& cells, QByteArray& json, QString& field,
                QString& problem);

    // Non-empty once an attribute has more than maxGroupsPerAttribute groups.
    QString tooManyGroups() const { return m_tooMany; }

private:
    QStringList m_attributes;
    QList<const QList<double>*> m_cuts; // per attribute; null when not banded
    GroupBands m_bands;
    QList<QHash<QByteArray, bool>> m_seen;
    QString m_tooMany;
};

} // namespace oversight
