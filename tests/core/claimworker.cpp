// One reviewer in its own process, for the cross-process claim test: signs in,
// then claims, commits and finalizes review cases until none is left, printing
// each claimed case id on its own line.
#include "accounts/userstore.h"
#include "review/reviewservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace oversight;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: claimworker DB LOGIN PASSWORD\n";
        return 2;
    }
    Result<Database> database = Database::open(args[1], Database::OpenMode::MustExist);
    if (!database) {
        err << database.error().message << '\n';
        return 1;
    }
    const Result<Session> session =
        UserStore(database->connection()).authenticate(args[2], args[3]);
    if (!session) {
        err << session.error().message << '\n';
        return 1;
    }
    ReviewService service(database->connection());
    for (;;) {
        const Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(session.value(), QStringLiteral("review"));
        if (!claimed) {
            err << "claimNext: " << claimed.error().message << '\n';
            return 1;
        }
        if (!claimed.value())
            return 0;
        const ClaimedCase& held = *claimed.value();
        out << held.caseId << '\n';
        const Result<Reveal> reveal =
            service.commitInitial(session.value(), held.caseId, {held.labels.first(), 50, {}});
        if (!reveal) {
            err << "commitInitial: " << reveal.error().message << '\n';
            return 1;
        }
        const Result<FinalOutcome> final = service.finalize(
            session.value(), held.caseId, reveal->modelLabel, QStringLiteral("worker"));
        if (!final) {
            err << "finalize: " << final.error().message << '\n';
            return 1;
        }
        // A moment between cases, as any reviewer takes: back-to-back writers let
        // SQLite's backing-off busy handler starve the other process for seconds.
        QThread::msleep(1);
    }
}
