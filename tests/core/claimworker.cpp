// One reviewer in its own process, for the cross-process tests: signs in, then
// claims, commits and finalizes review cases until none is left, printing each
// finalized case id on its own line. Like the review page, it resumes its open
// review first, and when a step fails because the server went away it
// re-connects and resumes where the database says it is.
//   claimworker LOCATION LOGIN PASSWORD [--stop-after-commit] [--queue Q] [--label I]
// --stop-after-commit: claim and commit one case, print its id, then wait to be killed.
// --queue: the queue to drain (default review); an adjudication is decided at once.
// --label: decide the I-th of the case's labels (default: the first blind, then the model's).
#include "accounts/userstore.h"
#include "review/reviewservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>
#include <optional>

using namespace oversight;

namespace {

enum class Step { Finalized, QueueEmpty, Failed };

// One case from wherever the reviewer stands: an open review, else a new claim.
struct Options {
    bool stopAfterCommit = false;
    QString queue = QStringLiteral("review");
    std::optional<int> label;
};

Step reviewOneCase(ReviewService& service, const Session& session, const Options& options,
                   QTextStream& out, QString& error) {
    const bool stopAfterCommit = options.stopAfterCommit;
    const Result<std::optional<OpenReview>> open = service.openReview(session);
    if (!open) {
        error = QStringLiteral("openReview: ") + open.error().message;
        return Step::Failed;
    }
    ClaimedCase held;
    std::optional<Reveal> reveal;
    bool adjudication = false;
    if (open.value()) {
        held = open.value()->blindCase;
        reveal = open.value()->reveal;
        adjudication = open.value()->adjudication.has_value();
    } else {
        const Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(session, options.queue);
        if (!claimed) {
            error = QStringLiteral("claimNext: ") + claimed.error().message;
            return Step::Failed;
        }
        if (!claimed.value())
            return Step::QueueEmpty;
        held = *claimed.value();
        adjudication = held.queue == u"adjudication";
    }
    const QString chosen =
        options.label ? held.labels.at(*options.label % held.labels.size()) : held.labels.first();
    if (adjudication) {
        const Result<FinalOutcome> decided =
            service.finalize(session, held.caseId, chosen, QStringLiteral("adjudicated"));
        if (!decided) {
            error = QStringLiteral("adjudicate: ") + decided.error().message;
            return Step::Failed;
        }
        out << held.caseId << Qt::endl;
        return Step::Finalized;
    }
    if (!reveal) {
        Result<Reveal> committed = service.commitInitial(session, held.caseId, {chosen, 50, {}});
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
        service.finalize(session, held.caseId, options.label ? chosen : reveal->modelLabel,
                         QStringLiteral("worker"));
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
    QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Options options;
    for (qsizetype i = 4; i < args.size(); ++i) {
        if (args[i] == u"--stop-after-commit")
            options.stopAfterCommit = true;
        else if (args[i] == u"--queue" && i + 1 < args.size())
            options.queue = args[++i];
        else if (args[i] == u"--label" && i + 1 < args.size())
            options.label = args[++i].toInt();
        else
            args.clear();
    }
    if (args.size() < 4) {
        err << "usage: claimworker LOCATION LOGIN PASSWORD [--stop-after-commit] [--queue Q] "
               "[--label I]\n";
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
    int failuresInARow = 0;
    for (;;) {
        QString error;
        switch (reviewOneCase(service, session.value(), options, out, error)) {
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
