#include "charts/fairnesschart.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FairnessChart)
};

} // namespace

QStringList fairnessMetricCaptions() {
    return {
        /*: Share of cases given the positive label (e.g. declined). */ Text::tr("Selection rate"),
        Text::tr("True-positive rate"), Text::tr("False-positive rate"),
        Text::tr("False-negative rate"), Text::tr("Accuracy")};
}

QList<FairnessDecider> fairnessDeciders(const AttributeFairness& attribute) {
    const bool anyDecisions =
        std::any_of(attribute.groups.cbegin(), attribute.groups.cend(),
                    [](const GroupFigures& group) { return group.decisionsN > 0; });
    return {anyDecisions
                ? FairnessDecider{Text::tr("Model"), &GroupFigures::model}
                : FairnessDecider{Text::tr("Model (reviewed cases)"), &GroupFigures::reviewModel},
            {/*: The decision that counts: the reviewer's where there was a review. */ Text::tr(
                 "Effective decision"),
             &GroupFigures::effective},
            {Text::tr("Reviewer, blind"), &GroupFigures::initial},
            {Text::tr("Reviewer, final"), &GroupFigures::final}};
}

QChart* makeFairnessChart(const AttributeFairness& attribute, int metric, const QPalette& palette,
                          double ratioLow, double ratioHigh) {
    auto* chart = new QChart;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    const QString metricCaption = fairnessMetricCaptions().value(metric);
    chart->setTitle(Text::tr("%1 by %2 (95 % interval)").arg(metricCaption, attribute.attribute));

    QStringList categories;
    for (const GroupFigures& group : attribute.groups)
        // Axis labels are rich text: a band such as "<25" must not read as a tag.
        categories << (group.group == attribute.reference
                           ? Text::tr("%1 (reference)").arg(group.group)
                           : group.group)
                          .toHtmlEscaped();
    double maximum = 0;
    QList<QBoxPlotSeries*> series;
    // Distinguishable in light and dark themes and for the common colour-vision deficiencies.
    const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x9E, 0x73),
                              QColor(0xE6, 0x9F, 0x00), QColor(0xCC, 0x79, 0xA7)};
    int index = 0;
    for (const FairnessDecider& decider : fairnessDeciders(attribute)) {
        auto* points = new QBoxPlotSeries;
        points->setName(decider.caption);
        QPen pen(colours[index]);
        pen.setWidth(3);
        points->setPen(pen);
        points->setBrush(colours[index++]);
        points->setBoxWidth(0.3);
        for (const GroupFigures& group : attribute.groups) {
            const Proportion& p = fairnessMetric(group.*decider.metrics, metric);
            // A box collapsed onto the rate, whiskers to the interval: a point with
            // its interval. No rate: nothing drawn for that group.
            const double nothing = qQNaN();
            auto* set = p.rate ? new QBoxSet(*p.low * 100, *p.rate * 100, *p.rate * 100,
                                             *p.rate * 100, *p.high * 100)
                               : new QBoxSet(nothing, nothing, nothing, nothing, nothing);
            points->append(set);
            maximum = std::max(maximum, p.high.value_or(0) * 100);
        }
        series << points;
        chart->addSeries(points);
    }
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(attribute.attribute);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, std::max(5.0, std::min(100.0, maximum * 1.15)));
    axisY->setLabelFormat(QStringLiteral("%.0f %%"));
    axisY->setTitleText(metricCaption + QStringLiteral(" (%)"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QBoxPlotSeries* points : std::as_const(series)) {
        points->attachAxis(axisX);
        points->attachAxis(axisY);
    }

    // The band around the reference's effective rate (its final rate when only
    // reviews are known), on a hidden x axis across every group.
    const auto reference =
        std::find_if(attribute.groups.cbegin(), attribute.groups.cend(),
                     [&](const GroupFigures& g) { return g.group == attribute.reference; });
    std::optional<double> referenceRate;
    if (reference != attribute.groups.cend()) {
        referenceRate = fairnessMetric(reference->effective, metric).rate;
        if (!referenceRate)
            referenceRate = fairnessMetric(reference->final, metric).rate;
    }
    if (referenceRate && *referenceRate > 0) {
        const auto count = static_cast<double>(std::max<qsizetype>(1, categories.size()));
        auto* hiddenX = new QValueAxis;
        hiddenX->setRange(-0.5, count - 0.5);
        hiddenX->setVisible(false);
        chart->addAxis(hiddenX, Qt::AlignTop);
        QPen pen(dark ? QColor(Qt::gray).lighter() : QColor(Qt::darkGray));
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        bool first = true;
        for (double factor : {ratioLow, ratioHigh}) {
            auto* line = new QLineSeries;
            line->setName(Text::tr("%1 to %2 times the reference's rate")
                              .arg(ratioLow, 0, 'g', 3)
                              .arg(ratioHigh, 0, 'g', 3));
            const double y = std::min(100.0, *referenceRate * factor * 100);
            line->append(-0.5, y);
            line->append(count - 0.5, y);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(hiddenX);
            line->attachAxis(axisY);
            axisY->setMax(std::max(axisY->max(), std::min(100.0, y * 1.1)));
            if (!first)
                chart->legend()->markers(line).constFirst()->setVisible(false);
            first = false;
        }
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace oversight
