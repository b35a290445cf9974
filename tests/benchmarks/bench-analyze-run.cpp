// AnalyticsService::analyze on a prepared database (see bench-analyze), warm:
// every metric and warning from the rollups, against the same report computed
// from every review fact (the baseline the rollups exist to beat), in one run;
// then the figures by group of one attribute the same two ways.
#include "accounts/userstore.h"
#include "analytics/analyticsservice.h"
#include "fairness/fairnessservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace oversight;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: bench-analyze-run DB LOGIN PASSWORD\n";
        return 2;
    }
    Result<Database> database = Database::open(args[1], Database::OpenMode::MustExist);
    if (!database)
        return 1;
    const Result<Session> session =
        UserStore(database->connection()).authenticate(args[2], args[3]);
    if (!session)
        return 1;
    const AnalyticsService analytics(database->connection());
    auto time = [&](auto&& run, int runs) {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto report = run();
            ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (!report) {
                QTextStream(stderr) << report.error().message << '\n';
                std::exit(1);
            }
        }
        return median(ms);
    };
    AnalysisFilter all;
    AnalysisFilter oneReviewer;
    oneReviewer.reviewer = QStringLiteral("demo-rev-03");
    AnalysisFilter lastWeek;
    lastWeek.from = QDate::currentDate().addDays(-6);
    const qint64 n = analytics.analyze(session.value(), all)->overall.n;
    const double rolled = time([&] { return analytics.analyze(session.value(), all); }, 21);
    const double reviewer =
        time([&] { return analytics.analyze(session.value(), oneReviewer); }, 21);
    const double week = time([&] { return analytics.analyze(session.value(), lastWeek); }, 21);
    const double direct = time([&] { return analytics.analyzeFromFacts(session.value(), all); }, 3);
    out << QStringLiteral("finalized reviews:                  %1\n").arg(n);
    out << QStringLiteral("analyze, all (rollups), warm:       %1 ms median of 21 (budget 50)\n")
               .arg(rolled, 0, 'f', 1);
    out << QStringLiteral("analyze, one reviewer:              %1 ms\n").arg(reviewer, 0, 'f', 1);
    out << QStringLiteral("analyze, last 7 days:               %1 ms\n").arg(week, 0, 'f', 1);
    out << QStringLiteral("baseline, all from the raw facts:   %1 ms median of 3\n")
               .arg(direct, 0, 'f', 1);
    out << QStringLiteral("ratio rollups / facts:              %1\n")
               .arg(rolled / direct, 0, 'f', 3);

    const FairnessService fairness(database->connection());
    FairnessOptions sex;
    sex.attributes = {QStringLiteral("sex")};
    const double byGroup = time([&] { return fairness.analyze(session.value(), all, sex); }, 21);
    const double byGroupReviewer =
        time([&] { return fairness.analyze(session.value(), oneReviewer, sex); }, 21);
    const double byGroupRows = time(
        [&]() -> Result<FairnessAnalysis> {
            const Result<FairnessCells> cells = fairness.cellsFromRows(session.value(), all);
            if (!cells)
                return cells.error();
            return computeFairness(cells.value(), sex);
        },
        3);
    const FairnessCells cells = fairness.cellsFromRollups(session.value(), all).value();
    const double reading =
        time([&] { return fairness.cellsFromRollups(session.value(), all); }, 21);
    const double computing = time([&] { return computeFairness(cells, sex); }, 21);
    out << QStringLiteral("  of which reading the rollups:     %1 ms\n").arg(reading, 0, 'f', 1);
    out << QStringLiteral("  of which the figures (bootstrap): %1 ms\n").arg(computing, 0, 'f', 1);
    out << QStringLiteral("fairness by sex (rollups), warm:    %1 ms median of 21\n")
               .arg(byGroup, 0, 'f', 1);
    out << QStringLiteral("fairness by sex, one reviewer:      %1 ms\n")
               .arg(byGroupReviewer, 0, 'f', 1);
    out << QStringLiteral("baseline, by sex from the rows:     %1 ms median of 3\n")
               .arg(byGroupRows, 0, 'f', 1);
    out << QStringLiteral("ratio rollups / rows:               %1\n")
               .arg(byGroup / byGroupRows, 0, 'f', 3);
    return 0;
}
