#include "fairness/groupattributes.h"

#include "common/jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fairness)
};

bool allWhole(const QList<double>& cuts) {
    return std::all_of(cuts.cbegin(), cuts.cend(),
                       [](double cut) { return std::floor(cut) == cut; });
}

QString number(double value) {
    return QString::number(value, 'g', 15);
}

} // namespace

Result<GroupBands> parseGroupBands(const QStringList& specs) {
    GroupBands bands;
    for (const QString& spec : specs) {
        const qsizetype equals = spec.indexOf(u'=');
        const QString column = spec.left(equals).trimmed();
        if (equals <= 0 || column.isEmpty())
            return Error{Text::tr("--group-bands '%1': give COLUMN=CUT,CUT,... (e.g. age=25,45,65)")
                             .arg(spec)};
        QList<double> cuts;
        const QStringList parts = spec.mid(equals + 1).split(u',');
        for (const QString& part : parts) {
            bool ok = false;
            const double cut = part.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(cut))
                return Error{Text::tr("--group-bands '%1': '%2' is not a number").arg(spec, part)};
            if (!cuts.isEmpty() && cut <= cuts.back())
                return Error{
                    Text::tr("--group-bands '%1': the cut points must increase").arg(spec)};
            cuts << cut;
        }
        if (bands.count(column))
            return Error{Text::tr("--group-bands names column '%1' twice").arg(column)};
        bands[column] = cuts;
    }
    return bands;
}

QString bandOf(double value, const QList<double>& cuts) {
    const auto above = std::upper_bound(cuts.cbegin(), cuts.cend(), value);
    if (above == cuts.cbegin())
        return QStringLiteral("<") + number(cuts.front());
    if (above == cuts.cend())
        return QStringLiteral(">=") + number(cuts.back());
    const double low = *(above - 1);
    const double high = *above;
    if (allWhole(cuts))
        return number(low) + u'-' + number(high - 1);
    return number(low) + QStringLiteral("-<") + number(high);
}

QStringList bandNames(const QList<double>& cuts) {
    QStringList names;
    if (cuts.isEmpty())
        return names;
    names << bandOf(cuts.front() - 1, cuts);
    for (double cut : cuts)
        names << bandOf(cut, cuts);
    return names;
}

QList<QByteArray> groupMembers(const QString& attribute, const QString& group) {
    const QStringList attributes = attribute.split(QStringLiteral("×"));
    const QStringList groups = attributes.size() == 1 ? QStringList{group} : group.split(u'|');
    if (groups.size() != attributes.size())
        return {};
    QList<QByteArray> members;
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        QByteArray member;
        appendJsonString(member, attributes[i].toUtf8());
        member.append(':');
        appendJsonString(member, groups[i].toUtf8());
        members << member;
    }
    return members;
}

QByteArray groupColumnsJson(const QStringList& columns) {
    return QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact);
}

QByteArray groupBandsJson(const GroupBands& bands) {
    QJsonObject object;
    for (const auto& [column, cuts] : bands) {
        QJsonArray array;
        for (double cut : cuts)
            array.append(cut);
        object.insert(column, array);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

GroupAssigner::GroupAssigner(QStringList attributes, GroupBands bands)
    : m_attributes(std::move(attributes))
    , m_bands(std::move(bands))
    , m_seen(m_attributes.size()) {
    for (const QString& attribute : std::as_const(m_attributes)) {
        const auto band = m_bands.find(attribute);
        m_cuts << (band == m_bands.end() ? nullptr : &band->second);
    }
}

bool GroupAssigner::assign(const QList<QByteArrayView>& cells, QByteArray& json, QString& field,
                           QString& problem) {
    static const QByteArray missing = missingGroup().toUtf8();
    json.resize(0);
    json.append('{');
    for (qsizetype i = 0; i < m_attributes.size(); ++i) {
        const QByteArrayView cell = cells[i].trimmed();
        QByteArray group;
        if (cell.isEmpty()) {
            group = missing;
        } else if (const QList<double>* cuts = m_cuts[i]) {
            bool ok = false;
            const double value = cell.toDouble(&ok);
            if (!ok || !std::isfinite(value)) {
                field = m_attributes[i];
                problem = Text::tr("'%1' is not a number, and --group-bands gives this column "
                                   "numeric bands")
                              .arg(QString::fromUtf8(cell));
                return false;
            }
            group = bandOf(value, *cuts).toUtf8();
        } else {
            group = cell.toByteArray();
        }
        if (i > 0)
            json.append(',');
        appendJsonString(json, m_attributes[i].toUtf8());
        json.append(':');
        appendJsonString(json, group);
        QHash<QByteArray, bool>& seen = m_seen[i];
        if (seen.size() <= maxGroupsPerAttribute && !seen.contains(group)) {
            seen.insert(group, true);
            if (seen.size() > maxGroupsPerAttribute && m_tooMany.isEmpty())
                m_tooMany = Text::tr("group column '%1' has more than %2 distinct values; an "
                                     "attribute must name groups, not individuals: give bands "
                                     "for a numeric column (e.g. --group-bands %1=25,45,65)")
                                .arg(m_attributes[i])
                                .arg(maxGroupsPerAttribute);
        }
    }
    json.append('}');
    return true;
}

} // namespace oversight
