#include "charts/charttables.h"

#include "charts/oversightcharts.h"
#include "widgets/plaintext.h"

#include <QCoreApplication>
#include <QLocale>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChartTables)
};

QStandardItem* numberItem(qint64 value) {
    auto* item = new QStandardItem(QLocale().toString(value));
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem* rateItem(const std::optional<double>& rate) {
    auto* item = new QStandardItem(
        rate ? percentText(*rate)
             : /*: Not available: too few reviews to compute the figure. */ Text::tr("n/a"));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QStandardItemModel* makeGroupTable(const QList<Group>& groups, const QString& keyCaption,
                                   QObject* parent) {
    auto* model = new QStandardItemModel(0, 5, parent);
    model->setHorizontalHeaderLabels(
        {keyCaption, Text::tr("Reviews"),
         /*: Number of reviews whose final decision differs from the model's. */
         Text::tr("Overridden"),
         /*: The share of reviews whose final decision differs from the model's. */
         Text::tr("Override rate"), Text::tr("95 % interval")});
    for (const Group& group : groups) {
        const Proportion& rate = group.rates.overrideRate;
        auto* interval = new QStandardItem(
            rate.low && rate.high
                ? /*: A range: the lower and upper end of an interval or period. */ Text::tr(
                      "%1 to %2")
                      .arg(percentText(*rate.low), percentText(*rate.high))
                : /*: Not available: too few reviews to compute the figure. */ Text::tr("n/a"));
        interval->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model->appendRow({new QStandardItem(visibleText(group.key)), numberItem(group.counts.n),
                          numberItem(group.counts.overrides), rateItem(rate.rate), interval});
    }
    return model;
}

QString reviewerKeyCaption() {
    return Text::tr("Reviewer");
}

QString hourKeyCaption() {
    return Text::tr("Hour of day");
}

QString sinceBreakKeyCaption() {
    return /*: Column: position of a review since the reviewer's last break. */ Text::tr(
        "Reviews since a break");
}

QString dayKeyCaption() {
    return Text::tr("Day");
}

} // namespace oversight
