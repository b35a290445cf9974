#include "demo/demochecks.h"

#include "accounts/passwordhasher.h"
#include "accounts/permissions.h"
#include "accounts/userstore.h"
#include "intake/importer.h"
#include "review/reviewpolicy.h"
#include "review/reviewservice.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <random>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

constexpr int demoCheckCases = 60;

// The demo generator's rows after the production ones: the same columns, ids
// that continue the production ones, and every outcome known.
Result<QString> writeCheckFile(const QTemporaryDir& dir, const DemoCheckSettings& settings) {
    QBuffer generated;
    generated.open(QIODevice::WriteOnly);
    DemoSettings decisions;
    decisions.cases = settings.productionCases + demoCheckCases;
    decisions.seed = settings.seed;
    decisions.shareWithOutcome = 1.0;
    if (!writeDemoDecisions(generated, decisions))
        return Error{Text::tr("Cannot generate the demo's known-answer cases.")};
    const QList<QByteArray> lines = generated.data().split('\n');
    const QString path = dir.filePath(QStringLiteral("demo-known-answers.csv"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("Cannot write the demo file: %1").arg(file.errorString())};
    file.write(lines.first() + '\n');
    for (qsizetype i = 1 + settings.productionCases; i < lines.size(); ++i)
        if (!lines[i].isEmpty())
            file.write(lines[i] + '\n');
    if (!file.commit())
        return Error{Text::tr("Cannot write the demo file: %1").arg(file.errorString())};
    return path;
}

Result<QString> truthOf(QSqlDatabase db, const QString& caseId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT s.truth FROM cases c JOIN case_sealed s ON s.case_seq = "
                                 "c.seq WHERE c.id = ?"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        return Error{Text::tr("Cannot read a demo check: %1").arg(query.lastError().text())};
    return query.value(0).toString();
}

Status setCheckPolicy(QSqlDatabase db, const Session& admin, double rate, double catchRate,
                      bool feedback) {
    Result<QueueReviewPolicy> policy = ReviewPolicyStore(db).forQueue(QStringLiteral("review"));
    if (!policy)
        return policy.error();
    policy->knownAnswerRate = rate;
    policy->catchRate = catchRate;
    policy->knownAnswerFeedback = feedback;
    return ReviewPolicyStore(db).save(admin, policy.value());
}

} // namespace

Result<DemoChecks> runDemoChecks(QSqlDatabase db, const Session& admin,
                                 const DemoCheckSettings& settings) {
    if (Status allowed = require(admin, Permission::ImportDecisions); !allowed)
        return allowed.error();
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{
            Text::tr("Cannot make a folder for the demo files: %1").arg(dir.errorString())};
    const Result<QString> path = writeCheckFile(dir, settings);
    if (!path)
        return path.error();
    ImportOptions options = demoImportOptions(path.value());
    options.knownAnswers = true;
    const ImportReport set = Importer(db).run(admin, options);
    if (!set.ok())
        return Error{set.error};
    DemoChecks result{set.batchId, 0};

    if (Status saved = setCheckPolicy(db, admin, 1.0, 0.5, false); !saved)
        return saved.error();
    std::mt19937_64 random(settings.seed * 7919 + 11);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    ReviewService::Options serviceOptions;
    serviceOptions.random = [&random] { return static_cast<quint64>(random()); };
    ReviewService service(db, serviceOptions);
    UserStore users(db);
    for (const QString& login : {QStringLiteral("demo-check-ana"), QStringLiteral("demo-check-ben"),
                                 demoDeferringReviewer}) {
        const Result<UserRecord> added =
            users.addUser(admin, NewUser{login, login, {Role::reviewer}, generatePassword()});
        if (!added)
            return added.error();
        const Session reviewer{added->id, added->login, added->roles};
        const bool defers = login == demoDeferringReviewer;
        for (int i = 0; i < settings.checksPerReviewer; ++i) {
            const Result<std::optional<ClaimedCase>> claimed =
                service.claimNext(reviewer, QStringLiteral("review"));
            if (!claimed)
                return claimed.error();
            if (!claimed.value())
                break; // no production case waits, so no check is served
            const ClaimedCase& check = *claimed.value();
            // Right blind four times in five (the simulation reads the answer it
            // is to get right or wrong; a person never can).
            const Result<QString> truth = truthOf(db, check.caseId);
            if (!truth)
                return truth.error();
            if (truth->isEmpty()) {
                // A production case: every check is used up. Leave it to the team.
                if (Status released = service.release(reviewer, check.caseId,
                                                      QStringLiteral("demo: checks used up"));
                    !released)
                    return released.error();
                break;
            }
            const QString wrong = check.labels.value(0) == truth.value() ? check.labels.value(1)
                                                                         : check.labels.value(0);
            const QString guess = uniform(random) < 0.8 ? truth.value() : wrong;
            const Result<Reveal> reveal =
                service.commitInitial(reviewer, check.caseId, {guess, 70, QString()});
            if (!reveal)
                return reveal.error();
            const QString final = defers ? reveal->modelLabel : guess;
            const Result<FinalOutcome> done =
                service.finalize(reviewer, check.caseId, final,
                                 defers ? QStringLiteral("went with the recommendation")
                                        : QStringLiteral("the facts support my reading"));
            if (!done)
                return done.error();
            ++result.checks;
        }
        // Simulated people: nobody signs in as them.
        if (Status disabled = users.setActive(admin, login, false); !disabled)
            return disabled.error();
    }
    if (Status saved = setCheckPolicy(db, admin, 0.05, 0.5, true); !saved)
        return saved.error();
    return result;
}

} // namespace oversight
