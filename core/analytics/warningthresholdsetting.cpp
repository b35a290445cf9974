#include "analytics/warningthresholdsetting.h"

#include "settings/settingstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

// One changeable threshold: its JSON name, where it lives and its range.
struct ThresholdField {
    const char16_t* name;
    double WarningThresholds::*value;
    double above; // exclusive
    double atMost;
    const char* label;
};

const ThresholdField fields[] = {
    {u"overall_override_below", &WarningThresholds::overallOverrideBelow, 0, 1,
     QT_TRANSLATE_NOOP("Analytics", "team override rate")},
    {u"reviewer_override_below", &WarningThresholds::reviewerOverrideBelow, 0, 1,
     QT_TRANSLATE_NOOP("Analytics", "reviewer override rate")},
    {u"passive_reviewer_share", &WarningThresholds::passiveReviewerShare, 0, 1,
     QT_TRANSLATE_NOOP("Analytics", "share of passive reviewers")},
    {u"high_to_low_ratio", &WarningThresholds::highToLowRatio, 0, 1,
     QT_TRANSLATE_NOOP("Analytics", "high- to low-volume ratio")},
    {u"trend_p_value", &WarningThresholds::trendPValue, 0, 0.5,
     QT_TRANSLATE_NOOP("Analytics", "trend significance level")},
};

} // namespace

QString warningThresholdsKey() {
    return QStringLiteral("warning_thresholds");
}

Result<WarningThresholds> storedWarningThresholds(QSqlDatabase db) {
    const Result<std::optional<QString>> stored = readSetting(db, warningThresholdsKey());
    if (!stored)
        return stored.error();
    WarningThresholds thresholds;
    if (!stored.value())
        return thresholds;
    const QJsonObject object = QJsonDocument::fromJson(stored.value()->toUtf8()).object();
    for (const ThresholdField& field : fields) {
        const QJsonValue value = object.value(QString::fromUtf16(field.name));
        if (value.isDouble())
            thresholds.*field.value = value.toDouble();
    }
    if (Status valid = checkWarningThresholds(thresholds); !valid)
        return Error{Text::tr("The stored warning thresholds are not usable: %1")
                         .arg(valid.error().message)};
    return thresholds;
}

QJsonObject warningThresholdsJson(const WarningThresholds& thresholds) {
    QJsonObject object;
    for (const ThresholdField& field : fields)
        object.insert(QString::fromUtf16(field.name), thresholds.*field.value);
    return object;
}

QString warningThresholdsValue(const WarningThresholds& thresholds) {
    return QString::fromUtf8(
        QJsonDocument(warningThresholdsJson(thresholds)).toJson(QJsonDocument::Compact));
}

Status checkWarningThresholds(const WarningThresholds& thresholds) {
    for (const ThresholdField& field : fields) {
        const double value = thresholds.*field.value;
        if (!(value > field.above && value <= field.atMost))
            return Error{Text::tr("The %1 threshold must be above %2 and at most %3, not %4.")
                             .arg(QCoreApplication::translate("Analytics", field.label))
                             .arg(field.above)
                             .arg(field.atMost)
                             .arg(value)};
    }
    return success();
}

} // namespace oversight
