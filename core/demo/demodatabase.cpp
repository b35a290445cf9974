#include "demo/demodatabase.h"

#include "accounts/permissions.h"
#include "accounts/userstore.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTemporaryDir>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

} // namespace

QList<DemoAccount> demoAccounts() {
    return {
        {QStringLiteral("demo-admin"), Text::tr("Demo Administrator"), Role::admin},
        {QStringLiteral("demo-reviewer"), Text::tr("Demo Reviewer"), Role::reviewer},
        {QStringLiteral("demo-compliance"), Text::tr("Demo Compliance Officer"), Role::compliance}};
}

Result<Session>
createDemoAccounts(QSqlDatabase db,
                   const std::function<QString(const QString& login)>& passwordFor) {
    UserStore users(db);
    const QList<DemoAccount> accounts = demoAccounts();
    Result<Session> admin =
        users.createFirstAdmin(accounts.first().login, passwordFor(accounts.first().login));
    if (!admin)
        return admin.error();
    for (const DemoAccount& account : accounts.mid(1)) {
        const Result<UserRecord> added = users.addUser(
            admin.value(),
            NewUser{account.login, account.name, {account.role}, passwordFor(account.login)});
        if (!added)
            return added.error();
    }
    return admin;
}

Result<DemoImport> importDemo(QSqlDatabase db, const Session& admin, const DemoSettings& decisions,
                              const DemoReviewSettings& reviews) {
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{
            Text::tr("Cannot make a folder for the demo files: %1").arg(dir.errorString())};
    const QString path =
        dir.filePath(QStringLiteral("demo-seed%1-%2.csv").arg(decisions.seed).arg(decisions.cases));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeDemoDecisions(file, decisions) || !file.commit())
        return Error{Text::tr("Cannot write the demo file: %1").arg(file.errorString())};
    DemoImport imported;
    imported.decisions = Importer(db).run(admin, demoImportOptions(path));
    if (!imported.decisions.ok())
        return Error{imported.decisions.error};
    if (reviews.reviews <= 0)
        return imported;
    const QString logPath =
        dir.filePath(QStringLiteral("demo-reviews-seed%1.csv").arg(reviews.seed));
    QSaveFile log(logPath);
    if (!log.open(QIODevice::WriteOnly) || !writeDemoReviewLog(log, reviews) || !log.commit())
        return Error{Text::tr("Cannot write the demo review log: %1").arg(log.errorString())};
    imported.reviews =
        ReviewLogImporter(db).run(admin, demoReviewLogOptions(logPath, reviews.model));
    if (!imported.reviews.ok())
        return Error{imported.reviews.error};
    return imported;
}

} // namespace oversight
