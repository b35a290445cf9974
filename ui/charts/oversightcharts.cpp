#include "charts/oversightcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OversightCharts)
};

QValueAxis* percentAxis(double maximum) {
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(5.0, std::min(100.0, maximum * 1.15)));
    axis->setLabelFormat(QStringLiteral("%.0f %%"));
    axis->setTitleText(Text::tr("Rate (%)"));
    return axis;
}

// The theme is set first: setting it later would repaint the series it finds.
QChart* newChart(const QPalette& palette) {
    auto* chart = new QChart;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

double percentOf(const std::optional<double>& rate) {
    return rate ? *rate * 100 : 0.0;
}

} // namespace

ReviewerChart makeReviewerChart(const QList<Group>& byReviewer, double referenceRate,
                                const QPalette& palette) {
    ReviewerChart result;
    result.chart = newChart(palette);
    result.chart->setTitle(Text::tr("Override rate by reviewer (95 % interval)"));
    auto* bars = new QBarSeries;
    result.bars = new QBarSet(
        /*: The share of reviews whose final decision differs from the model's. */ Text::tr(
            "Override rate"));
    auto* whiskers = new QCandlestickSeries;
    whiskers->setName(Text::tr("95 % interval"));
    whiskers->setBodyOutlineVisible(false);
    whiskers->setBodyWidth(0.15);
    double maximum = referenceRate * 100;
    for (const Group& group : byReviewer) {
        result.reviewers << group.key;
        const double rate = percentOf(group.rates.overrideRate.rate);
        *result.bars << rate;
        const double low = percentOf(group.rates.overrideRate.low);
        const double high = percentOf(group.rates.overrideRate.high);
        // A candlestick whose body is the point estimate draws a whisker.
        whiskers->append(new QCandlestickSet(rate, high, low, rate));
        maximum = std::max(maximum, high);
    }
    bars->append(result.bars);
    result.chart->addSeries(bars);
    result.chart->addSeries(whiskers);
    auto* categories = new QBarCategoryAxis;
    categories->append(result.reviewers);
    categories->setTitleText(Text::tr("Reviewer (lowest override rate first)"));
    if (result.reviewers.size() > 25)
        categories->setLabelsVisible(false); // too many to read: the tooltip names each
    result.chart->addAxis(categories, Qt::AlignBottom);
    QValueAxis* rates = percentAxis(maximum);
    result.chart->addAxis(rates, Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(rates);
    whiskers->attachAxis(categories);
    whiskers->attachAxis(rates);

    // The reference line across all categories, on its own hidden x axis.
    auto* reference = new QLineSeries;
    reference->setName(Text::tr("%1 threshold").arg(percentText(referenceRate)));
    const auto count = static_cast<double>(std::max<qsizetype>(1, result.reviewers.size()));
    reference->append(-0.5, referenceRate * 100);
    reference->append(count - 0.5, referenceRate * 100);
    QPen pen(Qt::red);
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    reference->setPen(pen);
    result.chart->addSeries(reference);
    auto* hiddenX = new QValueAxis;
    hiddenX->setRange(-0.5, count - 0.5);
    hiddenX->setVisible(false);
    result.chart->addAxis(hiddenX, Qt::AlignTop);
    reference->attachAxis(hiddenX);
    reference->attachAxis(rates);
    result.chart->legend()->setAlignment(Qt::AlignBottom);
    return result;
}

QChart* makeHourChart(const QList<Group>& byHour, const QPalette& palette) {
    QChart* chart = newChart(palette);
    chart->setTitle(Text::tr("Override rate by hour of day (finalization time)"));
    // Hours on a value axis: 24 category labels do not fit beside other charts.
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    points->setMarkerSize(7);
    double maximum = 0;
    for (const Group& group : byHour) {
        const double rate = percentOf(group.rates.overrideRate.rate);
        line->append(group.key.toInt(), rate);
        points->append(group.key.toInt(), rate);
        maximum = std::max(maximum, rate);
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto* hours = new QValueAxis;
    hours->setRange(0, 24);
    hours->setTickCount(9);
    hours->setLabelFormat(QStringLiteral("%d"));
    hours->setTitleText(Text::tr("Hour of day"));
    chart->addAxis(hours, Qt::AlignBottom);
    QValueAxis* rates = percentAxis(maximum);
    chart->addAxis(rates, Qt::AlignLeft);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points)}) {
        series->attachAxis(hours);
        series->attachAxis(rates);
    }
    chart->legend()->hide();
    return chart;
}

QChart* makeWorkloadChart(const Workload& workload, const QPalette& palette) {
    QChart* chart = newChart(palette);
    chart->setTitle(Text::tr("Override rate by position since the last break"));
    auto* set = new QBarSet(
        /*: The share of reviews whose final decision differs from the model's. */ Text::tr(
            "Override rate"));
    QStringList buckets;
    double maximum = 0;
    for (const Group& group : workload.bySinceBreak) {
        buckets << group.key;
        const double rate = percentOf(group.rates.overrideRate.rate);
        *set << rate;
        maximum = std::max(maximum, rate);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(buckets);
    axis->setTitleText(Text::tr("Reviews since a break (gap > 15 min)"));
    chart->addAxis(axis, Qt::AlignBottom);
    QValueAxis* rates = percentAxis(maximum);
    chart->addAxis(rates, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(rates);
    chart->legend()->hide();
    return chart;
}

QChart* makeTrendChart(const QList<Group>& byDay, const QPalette& palette) {
    QChart* chart = newChart(palette);
    chart->setTitle(Text::tr("Daily override rate"));
    auto* line = new QLineSeries;
    line->setName(
        /*: The share of reviews whose final decision differs from the model's. */ Text::tr(
            "Override rate"));
    auto* points = new QScatterSeries;
    points->setMarkerSize(7);
    double maximum = 0;
    QDateTime first;
    QDateTime last;
    for (const Group& group : byDay) {
        const QDateTime day(QDate::fromString(group.key, Qt::ISODate), QTime(12, 0));
        const double rate = percentOf(group.rates.overrideRate.rate);
        line->append(static_cast<double>(day.toMSecsSinceEpoch()), rate);
        points->append(static_cast<double>(day.toMSecsSinceEpoch()), rate);
        maximum = std::max(maximum, rate);
        if (!first.isValid())
            first = day;
        last = day;
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto* axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("MMM d"));
    axis->setTitleText(Text::tr("Day"));
    if (first.isValid())
        axis->setRange(first.addDays(-1), last.addDays(1));
    chart->addAxis(axis, Qt::AlignBottom);
    QValueAxis* rates = percentAxis(maximum);
    chart->addAxis(rates, Qt::AlignLeft);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points)}) {
        series->attachAxis(axis);
        series->attachAxis(rates);
    }
    chart->legend()->hide();
    return chart;
}

} // namespace oversight
