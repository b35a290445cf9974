// claimNext on a prepared database (see bench-claim): times each claim, then
// commits and finalizes the case outside the timing so the queue moves on like a
// real reviewer's. Baseline, measured in the same run on the same file: the
// smallest durable write transaction (BEGIN IMMEDIATE, one-row UPDATE, COMMIT),
// the floor of any claim that must survive a crash.
#include "accounts/userstore.h"
#include "review/reviewservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace oversight;

namespace {

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const double rank = p * static_cast<double>(values.size() - 1);
    const auto low = static_cast<std::size_t>(rank);
    const std::size_t high = std::min(low + 1, values.size() - 1);
    return values[low] + (rank - static_cast<double>(low)) * (values[high] - values[low]);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        QTextStream(stderr) << "usage: bench-claim-next DB LOGIN PASSWORD CLAIMS [QUEUE]\n";
        return 2;
    }
    const QString queue = args.size() > 5 ? args[5] : QStringLiteral("review");
    const int claims = args[4].toInt();
    Result<Database> database = Database::open(args[1], Database::OpenMode::MustExist);
    if (!database) {
        QTextStream(stderr) << database.error().message << '\n';
        return 1;
    }
    QSqlDatabase db = database->connection();
    const Result<Session> reviewer = UserStore(db).authenticate(args[2], args[3]);
    if (!reviewer) {
        QTextStream(stderr) << reviewer.error().message << '\n';
        return 1;
    }
    QSqlQuery count(db);
    count.exec(QStringLiteral("SELECT count(*) FROM cases WHERE queue = '%1' AND state = 'queued'")
                   .arg(queue));
    count.next();
    const qint64 queued = count.value(0).toLongLong();

    ReviewService service(db);
    std::vector<double> claimMs;
    std::vector<double> baselineMs;
    QElapsedTimer timer;
    for (int i = 0; i < claims; ++i) {
        timer.start();
        {
            Transaction transaction(db);
            QSqlQuery touch(db);
            touch.exec(QStringLiteral(
                "UPDATE settings SET value = value WHERE key = 'review_lease_minutes'"));
            if (!transaction.commit())
                return 1;
        }
        baselineMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);

        timer.start();
        const Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(reviewer.value(), queue);
        claimMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!claimed || !claimed.value()) {
            QTextStream(stderr) << "claim " << i << " failed\n";
            return 1;
        }
        const QString caseId = claimed.value()->caseId;
        const Result<Reveal> reveal = service.commitInitial(
            reviewer.value(), caseId, {claimed.value()->labels.first(), 50, {}});
        if (!reveal || !service.finalize(reviewer.value(), caseId, reveal->modelLabel,
                                         QStringLiteral("benchmark")))
            return 1;
    }
    const double claimMedian = percentile(claimMs, 0.5);
    const double baselineMedian = percentile(baselineMs, 0.5);
    out << QStringLiteral("queue %1: %2 cases queued, %3 claims\n")
               .arg(queue)
               .arg(queued)
               .arg(claims);
    out << QStringLiteral(
               "claimNext:               median %1 ms, p95 %2 ms (budget: median <= 2 ms)\n")
               .arg(claimMedian, 0, 'f', 3)
               .arg(percentile(claimMs, 0.95), 0, 'f', 3);
    out << QStringLiteral("baseline durable write:  median %1 ms, p95 %2 ms\n")
               .arg(baselineMedian, 0, 'f', 3)
               .arg(percentile(baselineMs, 0.95), 0, 'f', 3);
    out << QStringLiteral("ratio claim/baseline:    %1\n")
               .arg(claimMedian / baselineMedian, 0, 'f', 2);
    return 0;
}
