#include "appeals/appealfigures.h"

#include "analytics/figures/ratesjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <map>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AppealFigures)
};

struct Tally {
    qint64 reversed = 0;
    qint64 resolved = 0;
};

QJsonArray reversalsJson(const QList<AppealReversals>& list, const QString& keyName,
                         bool withAttribute) {
    QJsonArray array;
    for (const AppealReversals& entry : list) {
        QJsonObject object{{keyName, entry.key},
                           {QStringLiteral("n"), entry.reversal.n},
                           {QStringLiteral("reversal"), proportionJson(entry.reversal)}};
        if (withAttribute)
            object.insert(QStringLiteral("attribute"), entry.attribute);
        array.append(object);
    }
    return array;
}

} // namespace

AppealFigures appealFigures(const QList<AppealRecord>& appeals, const QDateTime& now) {
    AppealFigures figures;
    std::map<QString, Tally> byDecider;
    std::map<std::pair<QString, QString>, Tally> byGroup;
    QList<std::pair<double, qint64>> daysToResolve;
    qint64 reversed = 0;
    for (const AppealRecord& appeal : appeals) {
        ++figures.filed;
        if (!appeal.resolvedAt) {
            ++figures.pending;
            if (appeal.deadline < now)
                ++figures.overdue;
            continue;
        }
        ++figures.resolved;
        reversed += appeal.reversed ? 1 : 0;
        Tally& decider = byDecider[appeal.originalDecider];
        ++decider.resolved;
        decider.reversed += appeal.reversed ? 1 : 0;
        for (const auto& [attribute, group] : appeal.groups) {
            Tally& tally = byGroup[{attribute, group}];
            ++tally.resolved;
            tally.reversed += appeal.reversed ? 1 : 0;
        }
        daysToResolve.append({appeal.filedAt.msecsTo(*appeal.resolvedAt) / 86'400'000.0, 1});
    }
    figures.reversal = wilson(reversed, figures.resolved);
    for (const auto& [decider, tally] : byDecider)
        figures.byOriginalDecider << AppealReversals{
            decider, {}, wilson(tally.reversed, tally.resolved)};
    for (const auto& [key, tally] : byGroup)
        figures.byGroup << AppealReversals{key.second, key.first,
                                           wilson(tally.reversed, tally.resolved)};
    figures.medianDaysToResolve = percentile(daysToResolve, 0.5);
    if (figures.overdue > 0)
        figures.warnings << Warning{
            QStringLiteral("appeals_overdue"),
            Text::tr("Appeals past their deadline without a decision: %1 of %2 pending.")
                .arg(figures.overdue)
                .arg(figures.pending),
            {{QStringLiteral("overdue"), figures.overdue},
             {QStringLiteral("pending"), figures.pending}}};
    return figures;
}

QJsonObject appealsJson(const AppealFigures& figures) {
    return {
        {QStringLiteral("filed"), figures.filed},
        {QStringLiteral("pending"), figures.pending},
        {QStringLiteral("resolved"), figures.resolved},
        {QStringLiteral("overdue"), figures.overdue},
        {QStringLiteral("reversal"), proportionJson(figures.reversal)},
        {QStringLiteral("by_original_decider"),
         reversalsJson(figures.byOriginalDecider, QStringLiteral("decider"), false)},
        {QStringLiteral("by_group"), reversalsJson(figures.byGroup, QStringLiteral("group"), true)},
        {QStringLiteral("median_days_to_resolve"), numberJson(figures.medianDaysToResolve)},
        {QStringLiteral("warnings"), warningsJson(figures.warnings)}};
}

} // namespace oversight
