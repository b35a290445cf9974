// verify on a prepared database (see bench-verify): the audit trail and stored data
// alone (what verify checked before it checked the rollups, the baseline) against
// the whole check with every rollup rebuilt from the review facts, in one run.
#include "accounts/userstore.h"
#include "analytics/rollupcheck.h"
#include "storage/database.h"
#include "verification/databaseverification.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace oversight;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: bench-verify-run DB LOGIN PASSWORD\n";
        return 2;
    }
    Result<Database> database = Database::open(args[1], Database::OpenMode::MustExist);
    if (!database)
        return 1;
    const Result<Session> session =
        UserStore(database->connection()).authenticate(args[2], args[3]);
    if (!session)
        return 1;
    auto seconds = [](QElapsedTimer& timer) {
        return static_cast<double>(timer.nsecsElapsed()) / 1e9;
    };
    QElapsedTimer timer;
    timer.start();
    const Result<Verification> chain = verifyAuditTrail(database->connection(), session.value());
    const double chainSeconds = seconds(timer);
    timer.start();
    const Result<std::optional<RollupMismatch>> rollups =
        findRollupMismatch(database->connection());
    const double rollupSeconds = seconds(timer);
    timer.start();
    const Result<Verification> whole = verifyDatabase(database->connection(), session.value());
    const double wholeSeconds = seconds(timer);
    if (!chain || !rollups || !whole || !whole->intact()) {
        QTextStream(stderr) << "verify failed\n";
        return 1;
    }
    out << QStringLiteral("reviews checked: %1, stored rows checked against digests\n")
               .arg(whole->reviewsChecked);
    out << QStringLiteral("verify before (trail and stored data): %1 s\n")
               .arg(chainSeconds, 0, 'f', 2);
    out << QStringLiteral("rollups rebuilt and compared:          %1 s\n")
               .arg(rollupSeconds, 0, 'f', 2);
    out << QStringLiteral("verify now (all of it):                %1 s  (%2 x before)\n")
               .arg(wholeSeconds, 0, 'f', 2)
               .arg(wholeSeconds / chainSeconds, 0, 'f', 2);
    return 0;
}
