#include "demo/demoreviews.h"

#include <QDateTime>
#include <algorithm>
#include <random>
#include <vector>

namespace oversight {

namespace {

struct Row {
    qint64 at; // seconds since the epoch, UTC
    QByteArray text;
};

struct Reviewer {
    QByteArray login;
    double accuracy;  // chance the independent judgement is right
    double deference; // chance of switching to the model after a disagreement
    bool rubberStamper;
};

} // namespace

QString demoRubberStamper() {
    return QStringLiteral("demo-rev-03");
}

QString demoGroupBiasedReviewer() {
    return QStringLiteral("demo-rev-05");
}

ReviewLogOptions demoReviewLogOptions(const QString& filePath, const QString& model) {
    ReviewLogOptions options;
    options.filePath = filePath;
    options.initialColumn = QStringLiteral("initial_decision");
    options.initialConfidenceColumn = QStringLiteral("initial_confidence");
    options.aiConfidenceColumn = QStringLiteral("ai_confidence");
    options.truthColumn = QStringLiteral("outcome");
    options.queueColumn = QStringLiteral("queue");
    options.groups.columns = {QStringLiteral("sex")};
    options.groups.positiveLabel = QStringLiteral("decline");
    options.model = model;
    options.zone = QTimeZone::utc();
    return options;
}

bool writeDemoReviewLog(QIODevice& out, const DemoReviewSettings& settings) {
    std::mt19937_64 random(settings.seed * 7919 + 17);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    auto chance = [&](double p) { return uniform(random) < p; };
    // The applicants' sex and one reviewer's bias draw from a stream of their own,
    // so the rest of the simulation is what it was before they existed.
    std::mt19937_64 groupRandom(settings.seed * 7927 + 29);
    auto groupChance = [&](double p) { return uniform(groupRandom) < p; };

    // About 150 reviews per reviewer and working day, never fewer than eight people.
    const int teamSize =
        static_cast<int>(std::max<qint64>(8, settings.reviews / (demoReviewDays * 150)));
    std::vector<Reviewer> team;
    for (int i = 0; i < teamSize; ++i) {
        const QByteArray login = "demo-rev-" + QByteArray::number(i + 1).rightJustified(2, '0');
        const bool stamper = login == demoRubberStamper().toUtf8();
        team.push_back(
            {login, 0.72 + 0.16 * uniform(random), 0.15 + 0.2 * uniform(random), stamper});
    }

    // Weekdays carry the load; every fifth working day is a high-volume day.
    std::vector<double> dayWeight(demoReviewDays);
    std::vector<bool> highVolume(demoReviewDays);
    double totalWeight = 0;
    const QDate firstDay = settings.lastDay.addDays(1 - demoReviewDays);
    for (int d = 0; d < demoReviewDays; ++d) {
        const int weekday = firstDay.addDays(d).dayOfWeek();
        highVolume[d] = weekday < 6 && chance(0.2);
        dayWeight[d] = (weekday >= 6 ? 0.25 : highVolume[d] ? 1.9 : 1.0) *
                       (0.85 + 0.3 * uniform(random));
        totalWeight += dayWeight[d];
    }

    if (out.write("reviewer_id,timestamp,case_id,initial_decision,initial_confidence,ai_label,"
                  "ai_confidence,final_decision,outcome,queue,sex\n") < 0)
        return false;
    qint64 written = 0;
    qint64 caseNumber = 0;
    for (int d = 0; d < demoReviewDays && written < settings.reviews; ++d) {
        const qint64 dayTotal =
            d == demoReviewDays - 1
                ? settings.reviews - written
                : std::min<qint64>(
                      settings.reviews - written,
                      static_cast<qint64>(settings.reviews * dayWeight[d] / totalWeight));
        const double lateDrift = std::max(0, d - (demoReviewDays - 8)) * 0.1; // last week
        std::vector<Row> rows;
        rows.reserve(static_cast<std::size_t>(dayTotal));
        const qint64 dayStart =
            QDateTime(firstDay.addDays(d), QTime(7, 30), QTimeZone::utc()).toSecsSinceEpoch();
        for (int r = 0; r < teamSize; ++r) {
            const Reviewer& reviewer = team[static_cast<std::size_t>(r)];
            const qint64 share = dayTotal / teamSize + (r < dayTotal % teamSize ? 1 : 0);
            qint64 at = dayStart + static_cast<qint64>(uniform(random) * 3600);
            int sinceBreak = 0;
            int stretch = 25 + static_cast<int>(uniform(random) * 35);
            for (qint64 k = 0; k < share; ++k) {
                if (sinceBreak >= stretch) {
                    at += 20 * 60 + static_cast<qint64>(uniform(random) * 25 * 60);
                    sinceBreak = 0;
                    stretch = 25 + static_cast<int>(uniform(random) * 35);
                }
                ++sinceBreak;
                at += 40 + static_cast<qint64>(uniform(random) * (highVolume[d] ? 90 : 200));

                const bool audit = chance(0.15);
                const double modelConfidence =
                    audit ? 0.75 + 0.24 * uniform(random) : 0.5 + 0.25 * uniform(random);
                const bool truthApprove = chance(0.62);
                const bool modelRight = chance(modelConfidence);
                const bool modelApprove = modelRight ? truthApprove : !truthApprove;
                const double tired =
                    (highVolume[d] ? 0.1 : 0.0) + 0.004 * std::max(0, sinceBreak - 20);
                bool initialApprove;
                int stated;
                if (reviewer.rubberStamper) {
                    initialApprove = chance(0.97) ? modelApprove : !modelApprove;
                    stated = 90 + static_cast<int>(uniform(random) * 10);
                } else {
                    const bool right = chance(reviewer.accuracy - tired);
                    initialApprove = right ? truthApprove : !truthApprove;
                    stated = std::clamp(
                        static_cast<int>(100 * (reviewer.accuracy + (right ? 0.08 : -0.12) +
                                                0.1 * (uniform(random) - 0.5))),
                        0, 100);
                }
                bool finalApprove = initialApprove;
                if (initialApprove != modelApprove) {
                    const double defer =
                        reviewer.rubberStamper
                            ? 0.95
                            : std::min(0.95, reviewer.deference + tired * 2 + lateDrift);
                    if (chance(defer))
                        finalApprove = modelApprove;
                }
                // One reviewer overrides the model's approvals for women more often.
                const bool female = groupChance(0.5);
                if (female && reviewer.login == demoGroupBiasedReviewer().toUtf8() &&
                    modelApprove && finalApprove && groupChance(0.3))
                    finalApprove = false;
                auto label = [](bool approve) {
                    return approve ? QByteArrayLiteral("approve") : QByteArrayLiteral("decline");
                };
                const QByteArray outcome = chance(0.5) ? label(truthApprove) : QByteArray();
                const QByteArray timestamp = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())
                                                 .toString(Qt::ISODate)
                                                 .toUtf8();
                rows.push_back({at, reviewer.login + ',' + timestamp + ",SIM-" +
                                        QByteArray::number(settings.seed) + '-' +
                                        QByteArray::number(++caseNumber) + ',' +
                                        label(initialApprove) + ',' + QByteArray::number(stated) +
                                        ',' + label(modelApprove) + ',' +
                                        QByteArray::number(modelConfidence, 'f', 3) + ',' +
                                        label(finalApprove) + ',' + outcome + ',' +
                                        (audit ? "audit" : "review") + ',' +
                                        (female ? "F" : "M") + '\n'});
            }
        }
        std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at < b.at; });
        for (const Row& row : rows)
            if (out.write(row.text) < 0)
                return false;
        written += static_cast<qint64>(rows.size());
    }
    return true;
}

} // namespace oversight
