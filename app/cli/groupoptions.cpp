#include "cli/groupoptions.h"

#include <QCoreApplication>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

QStringList splitList(const QStringList& values) {
    QStringList items;
    for (const QString& value : values) {
        for (const QString& item : value.split(u',', Qt::SkipEmptyParts))
            items << item.trimmed();
    }
    return items;
}

GroupOptions::GroupOptions(bool withShow)
    : m_withShow(withShow)
    , m_columns(QStringLiteral("group-columns"),
                Text::tr("Columns holding protected attributes (sex, age band, region...), for "
                         "the figures by group; hidden from reviewers. Comma-separated."),
                QStringLiteral("columns"))
    , m_bands(QStringLiteral("group-bands"),
              Text::tr("Bands for a numeric group column: COLUMN=CUT,CUT,... (age=25,45,65 gives "
                       "<25, 25-44, 45-64, >=65). May repeat."),
              QStringLiteral("bands"))
    , m_positiveLabel(QStringLiteral("positive-label"),
                      Text::tr("The label counted as positive (e.g. decline) for the error rates "
                               "by group."),
                      QStringLiteral("label"))
    , m_show(QStringLiteral("show-group-columns"),
             Text::tr("Show the group columns to reviewers as well (recorded with the batch).")) {}

void GroupOptions::addTo(QCommandLineParser& parser) const {
    parser.addOptions({m_columns, m_bands, m_positiveLabel});
    if (m_withShow)
        parser.addOption(m_show);
}

Result<GroupColumnsOptions> GroupOptions::read(const QCommandLineParser& parser) const {
    GroupColumnsOptions groups;
    groups.columns = splitList(parser.values(m_columns));
    groups.positiveLabel = parser.value(m_positiveLabel).trimmed();
    groups.show = m_withShow && parser.isSet(m_show);
    // A band spec holds commas itself: each --group-bands is one column.
    const Result<GroupBands> bands = parseGroupBands(parser.values(m_bands));
    if (!bands)
        return bands.error();
    groups.bands = bands.value();
    if (groups.show && groups.columns.isEmpty())
        return Error{Text::tr("--show-group-columns needs --group-columns")};
    return groups;
}

} // namespace oversight::cli
