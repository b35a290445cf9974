// One reviewer in its own process, for the cross-process tests: signs in, then
// claims, commits and finalizes review cases until none is left, printing each
// finalized case id on its own line. Like the review page, it resumes its open
// review first, and when a step fails because the server went away it
// re-connects and resumes where the database says it is.
//   claimworker LOCATION LOGIN PASSWORD [--stop-after-commit]
// --stop-after-commit: claim and commit one case, print its id, then wait to be killed.
#include "accounts/userstore.h"
#include "review/reviewservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace oversight;

namespace {

enum class Step { Finalized, QueueEmpty, Failed };

// One case from wherever the reviewer stands: an open review, else a new claim.
Step reviewOneCase(ReviewService& service, const Session& session, bool stopAfterCommit,
                   QTextStream& out, QString& error) {
    const Result<std::optional<OpenReview>> open = service.openReview(session);
    if (!open) {
        error = QStringLiteral("openReview: ") + open.error().message;
        return Step::Failed;
    }
    ClaimedCase held;
    std::optional<Reveal> reveal;
    if (open.value()) {
        held = open.value()->blindCase;
        reveal = open.value()->reveal;
    } else {
        const Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(session, QStringLiteral("review"));
        if (!claimed) {
            error = QStringLiteral("claimNext: ") + claimed.error().message;
            return Step::Failed;
        }
        if (!claimed.value())
            return Step::QueueEmpty;
        held = *claimed.value();
    }
    if (!reveal) {
        Result<Reveal> committed =
            service.commitInitial(session, held.caseId, {held.labels.first(), 50, {}});
        if (!committed) {
            error = QStringLiteral("commitInitial: ") + committed.error().message;
            return Step::Failed;
        }
        reveal = committed.value();
    }
    if (stopAfterCommit) {
        out << held.caseId << Qt::endl;
        for (;;)
            QThread::sleep(60); // killed here, between commit and finalize
    }
    const Result<FinalOutcome> final =
        service.finalize(session, held.caseId, reveal->modelLabel, QStringLiteral("worker"));
    if (!final) {
        error = QStringLiteral("finalize: ") + final.error().message;
        return Step::Failed;
    }
    out << held.caseId << Qt::endl;
    return Step::Finalized;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 4 || args.size() > 5) {
        err << "usage: claimworker LOCATION LOGIN PASSWORD [--stop-after-commit]\n";
        return 2;
    }
    const bool stopAfterCommit = args.size() == 5 && args[4] == u"--stop-after-commit";
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
    int failuresInARow = 0;
    for (;;) {
        QString error;
        switch (reviewOneCase(service, session.value(), stopAfterCommit, out, error)) {
        case Step::QueueEmpty:
            return 0;
        case Step::Finalized:
            failuresInARow = 0;
            break;
        case Step::Failed:
            // A failure with a working connection is a real one; after a lost
            // connection, re-connect and resume (the database knows where we were).
            if (Status connected = ensureConnected(database->connection()); !connected) {
                err << error << '\n' << connected.error().message << '\n';
                return 1;
            }
            if (++failuresInARow > 20) {
                err << error << '\n';
                return 1;
            }
            err << "retrying after: " << error << '\n';
            break;
        }
        // A moment between cases, as any reviewer takes: back-to-back writers let
        // SQLite's backing-off busy handler starve the other process for seconds.
        QThread::msleep(1);
    }
}
