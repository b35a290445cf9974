#include "charts/fairnesstables.h"

#include "charts/fairnesschart.h"
#include "widgets/plaintext.h"

#include <QCoreApplication>
#include <QLocale>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChartTables)
};

QStandardItem* rightAligned(const QString& text) {
    auto* item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString noData() {
    return /*: Not available: too few reviews to compute the figure. */ Text::tr("n/a");
}

QString intervalText(double low, double high) {
    return /*: A range: the lower and upper end of an interval or period. */ Text::tr("%1 to %2")
        .arg(percentText(low), percentText(high));
}

QString pointsText(double difference) {
    return Text::tr("%1 points").arg(QLocale().toString(difference * 100, 'f', 1));
}

QString scopeText(const QString& scope) {
    return scope == u"decisions" ? Text::tr("All decisions") : Text::tr("Reviewed cases");
}

QString deciderText(const QString& decider) {
    if (decider == u"model")
        return Text::tr("Model");
    if (decider == u"effective")
        return Text::tr("Effective decision");
    if (decider == u"initial")
        return Text::tr("Reviewer, blind");
    return Text::tr("Reviewer, final");
}

} // namespace

QStandardItemModel* makeFairnessFiguresTable(const AttributeFairness& attribute, int metric,
                                             QObject* parent) {
    auto* model = new QStandardItemModel(0, 5, parent);
    model->setHorizontalHeaderLabels({Text::tr("Group"), Text::tr("Decided by"), Text::tr("Cases"),
                                      fairnessMetricCaptions().value(metric),
                                      Text::tr("95 % interval")});
    for (const GroupFigures& group : attribute.groups) {
        for (const FairnessDecider& decider : fairnessDeciders(attribute)) {
            const GroupMetrics& metrics = group.*decider.metrics;
            const Proportion& p = fairnessMetric(metrics, metric);
            auto* name = new QStandardItem(visibleText(
                group.group == attribute.reference ? Text::tr("%1 (reference)").arg(group.group)
                                                   : group.group));
            name->setData(group.group, Qt::UserRole);
            model->appendRow({name, new QStandardItem(decider.caption),
                              rightAligned(QLocale().toString(metrics.n)),
                              rightAligned(p.rate ? percentText(*p.rate) : noData()),
                              rightAligned(p.rate ? intervalText(*p.low, *p.high) : noData())});
        }
    }
    return model;
}

QStandardItemModel* makeDisparityTable(const AttributeFairness& attribute, int metric,
                                       QObject* parent) {
    auto* model = new QStandardItemModel(0, 7, parent);
    model->setHorizontalHeaderLabels(
        {Text::tr("Group"),
         /*: Which cases a disparity is about: all decisions or the reviewed ones. */
         Text::tr("Cases"), Text::tr("Decided by"),
         /*: The group's rate divided by the reference group's. */ Text::tr("Ratio"),
         Text::tr("Difference"), Text::tr("95 % interval"), Text::tr("Flagged")});
    const QString key = fairnessMetricKeys().value(metric);
    QList<const Disparity*> rows;
    for (const Disparity& d : attribute.disparities)
        if (d.metric == key)
            rows << &d;
    std::stable_sort(rows.begin(), rows.end(), [](const Disparity* a, const Disparity* b) {
        return a->flagged > b->flagged;
    });
    for (const Disparity* d : std::as_const(rows)) {
        auto* flagged = new QStandardItem(d->flagged ? Text::tr("Yes") : Text::tr("No"));
        if (d->flagged)
            flagged->setToolTip(Text::tr("Outside the four-fifths band, significant, and both "
                                         "groups large enough"));
        auto* group = new QStandardItem(visibleText(d->group));
        group->setData(d->group, Qt::UserRole);
        model->appendRow(
            {group, new QStandardItem(scopeText(d->scope)),
             new QStandardItem(deciderText(d->decider)),
             rightAligned(d->ratio ? QLocale().toString(*d->ratio, 'f', 2) : noData()),
             rightAligned(pointsText(d->difference)),
             rightAligned(Text::tr("%1 to %2").arg(pointsText(d->ciLow), pointsText(d->ciHigh))),
             flagged});
    }
    return model;
}

} // namespace oversight
