#include "demo/demoappeals.h"

#include "accounts/passwordhasher.h"
#include "accounts/permissions.h"
#include "accounts/userstore.h"
#include "appeals/appealservice.h"
#include "review/reviewservice.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoAppeals)
};

const QStringList statements = {
    QStringLiteral("My income was misread: the payslips show more."),
    QStringLiteral("The debt in my file was repaid two years ago."),
    QStringLiteral("I was not asked for the documents that would have explained this."),
    QStringLiteral("The address used is an old one; I have lived here for five years."),
};

} // namespace

Result<DemoAppeals> runDemoAppeals(QSqlDatabase db, const Session& admin, int appeals) {
    if (Status allowed = require(admin, Permission::FileAppeals); !allowed)
        return allowed.error();
    // Automated decisions spread over the batch, oldest first.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT external_id FROM cases WHERE state = 'automated' AND "
                                 "seq % 37 = 5 ORDER BY seq LIMIT ?"));
    query.addBindValue(appeals);
    if (!query.exec())
        return Error{Text::tr("Cannot choose demo appeals: %1").arg(query.lastError().text())};
    QStringList cases;
    while (query.next())
        cases << query.value(0).toString();
    query.finish();

    DemoAppeals result;
    AppealService service(db);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Result<AppealSummary> filed = service.file(
            admin, cases[i], statements[i % statements.size()], QStringLiteral("the applicant"));
        if (!filed)
            return filed.error();
        ++result.filed;
    }

    UserStore users(db);
    const QString login = QStringLiteral("demo-appeal-eve");
    const Result<UserRecord> added =
        users.addUser(admin, NewUser{login, login, {Role::reviewer}, generatePassword()});
    if (!added)
        return added.error();
    const Session eve{added->id, added->login, added->roles};
    ReviewService reviews(db);
    for (qsizetype i = 0; i + 2 < cases.size(); ++i) {
        const Result<std::optional<ClaimedCase>> claimed =
            reviews.claimNext(eve, QStringLiteral("appeal"));
        if (!claimed)
            return claimed.error();
        if (!claimed.value())
            break;
        const ClaimedCase& appeal = *claimed.value();
        const Result<Reveal> reveal = reviews.commitInitial(
            eve, appeal.caseId, {appeal.labels.value(static_cast<int>(i) % 2), 65, QString()});
        if (!reveal)
            return reveal.error();
        const QString original = reveal->appeal ? reveal->appeal->originalDecision : QString();
        const bool reverse = i % 3 == 0;
        QString final = original;
        if (reverse)
            for (const QString& label : appeal.labels)
                if (label != original)
                    final = label;
        const Result<FinalOutcome> done = reviews.finalize(
            eve, appeal.caseId, final,
            reverse ? QStringLiteral("The statement is borne out by the facts; the decision "
                                     "does not stand.")
                    : QStringLiteral("The facts support the decision; the statement does not "
                                     "change them."));
        if (!done)
            return done.error();
        ++result.decided;
    }
    // A simulated person: nobody signs in as them.
    if (Status disabled = users.setActive(admin, login, false); !disabled)
        return disabled.error();
    return result;
}

} // namespace oversight
