// Accounts through the real UserStore on real SQLite files: hashing, the first
// administrator, the permission matrix, throttling, rehashing, disabling.
#include "accounts/passwordhasher.h"
#include "accounts/scriptsessions.h"
#include "accounts/separationofduties.h"
#include "intake/importer.h"
#include "routing/routingpolicy.h"
#include "settings/sharedsettings.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace oversight;

namespace {

const QString password = QStringLiteral("a-long-enough-password");

struct Accounts {
    test::TempDatabase t;
    Session reviewer;
    Session compliance;

    Accounts() {
        UserStore users(t.db());
        reviewer = signIn(QStringLiteral("rita"), Role::reviewer);
        compliance = signIn(QStringLiteral("carl"), Role::compliance);
    }

    Session signIn(const QString& login, const QString& role) {
        UserStore users(t.db());
        if (!users.addUser(t.admin, NewUser{login, QString(), {role}, password}))
            qFatal("cannot add %s", qPrintable(login));
        return users.authenticate(login, password).value();
    }

    qint64 events(const QString& action) const {
        return t.count(
            QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'account.%1'")
                .arg(action));
    }
};

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hashesAreArgon2idAndVerify() {
        const Result<QString> hash = PasswordHasher::hash(QStringLiteral("correct horse battery"));
        QVERIFY(hash.ok());
        QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(PasswordHasher::verify(hash.value(), QStringLiteral("correct horse battery")));
        QVERIFY(!PasswordHasher::verify(hash.value(), QStringLiteral("correct horse batterY")));
        QVERIFY(!PasswordHasher::needsRehash(hash.value()));
        QVERIFY(hash.value() !=
                PasswordHasher::hash(QStringLiteral("correct horse battery")).value());
        const QString weak =
            PasswordHasher::hash(QStringLiteral("x"), HashParameters::minimum()).value();
        QVERIFY(PasswordHasher::needsRehash(weak));
    }

    void newPasswordRules() {
        QVERIFY(!checkNewPassword(QStringLiteral("alice"), QStringLiteral("short")).ok());
        QVERIFY(
            !checkNewPassword(QStringLiteral("alice.longname"), QStringLiteral("Alice.LongName"))
                 .ok());
        QVERIFY(checkNewPassword(QStringLiteral("alice"), QStringLiteral("twelve chars")).ok());
        QCOMPARE(generatePassword().size(), 20);
        QVERIFY(generatePassword() != generatePassword());
    }

    void firstAdministratorAndSignIn() {
        test::TempDatabase t;
        UserStore users(t.db());
        QCOMPARE(users.userCount(), 1);
        QCOMPARE(t.admin.roles, QStringList{Role::admin});
        QVERIFY(!users
                     .createFirstAdmin(QStringLiteral("second"),
                                       QStringLiteral("another-long-password"))
                     .ok());
        const Result<Session> session =
            users.authenticate(QStringLiteral("admin"), test::adminPassword);
        QVERIFY(session.ok());
        QCOMPARE(session->userId, t.admin.userId);
        const Result<Session> wrong =
            users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong password!"));
        const Result<Session> unknown =
            users.authenticate(QStringLiteral("nobody"), test::adminPassword);
        QVERIFY(!wrong.ok() && !unknown.ok());
        QCOMPARE(wrong.error().message, QStringLiteral("Wrong login or password for 'admin'."));
        QCOMPARE(unknown.error().message, QStringLiteral("Wrong login or password for 'nobody'."));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'account.login'")),
                 1);
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'account.login_failed'")),
                 2);
    }

    void addingUsersValidatesAndRecords() {
        Accounts a;
        UserStore users(a.t.db());
        QVERIFY(
            !users
                 .addUser(a.t.admin,
                          NewUser{QStringLiteral("rita"), QString(), {Role::reviewer}, password})
                 .ok());
        QVERIFY(!users
                     .addUser(a.t.admin,
                              NewUser{QStringLiteral("x y"), QString(), {Role::reviewer}, password})
                     .ok());
        QVERIFY(!users.addUser(a.t.admin, NewUser{QStringLiteral("nora"), QString(), {}, password})
                     .ok());
        QVERIFY(
            !users
                 .addUser(
                     a.t.admin,
                     NewUser{QStringLiteral("nora"), QString(), {QStringLiteral("boss")}, password})
                 .ok());
        QVERIFY(!users
                     .addUser(a.t.admin, NewUser{QStringLiteral("nora"),
                                                 QString(),
                                                 {Role::reviewer},
                                                 QStringLiteral("short")})
                     .ok());
        const Result<UserRecord> both =
            users.addUser(a.t.admin, NewUser{QStringLiteral("bea"),
                                             QStringLiteral("Bea Lund"),
                                             {Role::reviewer, Role::compliance},
                                             password});
        QVERIFY(both.ok());
        QCOMPARE(both->roles, (QStringList{Role::compliance, Role::reviewer}));
        QCOMPARE(both->displayName, QStringLiteral("Bea Lund"));
        QCOMPARE(both->createdBy, QStringLiteral("admin"));
        QCOMPARE(a.events(QStringLiteral("user_added")), 4); // admin, rita, carl, bea
    }

    void permissionMatrix() {
        Accounts a;
        UserStore users(a.t.db());
        const QString file =
            a.t.write(QStringLiteral("d.csv"), "id,label,confidence\nc1,yes,0.5\n");
        ImportOptions import;
        import.filePath = file;
        PolicyStore policies(a.t.db());

        for (const Session* refused : {&a.reviewer, &a.compliance}) {
            const qint64 usersBefore = a.t.count(QStringLiteral("SELECT count(*) FROM users"));
            const ImportReport report = Importer(a.t.db()).run(*refused, import);
            QVERIFY(!report.ok());
            QVERIFY2(report.error.contains(QStringLiteral("needs the role admin")),
                     qPrintable(report.error));
            const Status policy = policies.save(*refused, RoutingPolicy{0.5, 0.5, 1});
            QVERIFY(!policy.ok());
            QVERIFY(
                !users
                     .addUser(*refused,
                              NewUser{QStringLiteral("eve"), QString(), {Role::admin}, password})
                     .ok());
            QVERIFY(!users.listUsers(*refused).ok());
            QVERIFY(!users.setActive(*refused, QStringLiteral("admin"), false).ok());
            QVERIFY(!users
                         .setPassword(*refused, QStringLiteral("admin"),
                                      QStringLiteral("taken-over-password"))
                         .ok());
            // Nothing changed.
            QCOMPARE(a.t.count(QStringLiteral("SELECT count(*) FROM cases")), 0);
            QCOMPARE(policies.current()->threshold, 0.75);
            QCOMPARE(a.t.count(QStringLiteral("SELECT count(*) FROM users")), usersBefore);
            QVERIFY(users.authenticate(QStringLiteral("admin"), test::adminPassword).ok());
        }
        // A forged session without an id is nobody.
        QVERIFY(!allows(Session{QString(), QStringLiteral("admin"), {Role::admin}},
                        Permission::ImportDecisions));

        QVERIFY(allows(a.compliance, Permission::ReadOversight));
        QVERIFY(!allows(a.reviewer, Permission::ReadOversight));
        QVERIFY(allows(a.reviewer, Permission::ReviewCases));
        QVERIFY(!allows(a.t.admin, Permission::ReviewCases));
        QVERIFY(!allows(a.compliance, Permission::ReviewCases));
        for (const Session* anyone : {&a.reviewer, &a.compliance, &a.t.admin})
            QVERIFY(allows(*anyone, Permission::ViewQueueDepths));

        QVERIFY(Importer(a.t.db()).run(a.t.admin, import).ok());
        QVERIFY(policies.save(a.t.admin, RoutingPolicy{0.5, 0.5, 1}).ok());
        // Anyone may change their own password, nobody else's.
        QVERIFY(users
                    .setPassword(a.reviewer, QStringLiteral("rita"),
                                 QStringLiteral("rita-new-password"))
                    .ok());
        QVERIFY(
            users.authenticate(QStringLiteral("rita"), QStringLiteral("rita-new-password")).ok());
    }

    void integrationAccountsExportAndNothingElse() {
        Accounts a;
        UserStore users(a.t.db());
        const Result<UserRecord> added = users.addUser(
            a.t.admin, {QStringLiteral("loans"), QString(), {Role::integration}, password});
        QVERIFY(added.ok());
        const Session loans{added->id, added->login, added->roles};
        QVERIFY(allows(loans, Permission::ExportDecisions));
        QVERIFY(allows(a.t.admin, Permission::ExportDecisions));
        for (const Session* other : {&a.reviewer, &a.compliance})
            QVERIFY(!allows(*other, Permission::ExportDecisions));
        for (Permission p :
             {Permission::ImportDecisions, Permission::ChangePolicy, Permission::ManageUsers,
              Permission::ViewBatches, Permission::ReadOversight, Permission::ReviewCases})
            QVERIFY(!allows(loans, p));
    }

    void scriptSessionsExpireAndEndWithTheAccount() {
        Accounts a;
        QDateTime clock = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        ScriptSessions sessions(a.t.db(), [&] { return clock; });
        const Result<Session> rita = UserStore(a.t.db(), [&] {
                                         return clock;
                                     }).authenticate(QStringLiteral("rita"), password);
        QVERIFY(rita.ok());
        Result<StartedSession> started = sessions.start(rita.value());
        QVERIFY(started.ok());
        QCOMPARE(started->token.size(), 64);
        QCOMPARE(started->expiresAt, clock.addSecs(defaultSessionHours * 3600));
        // Only the token's hash is stored.
        QCOMPARE(a.t.count(QStringLiteral("SELECT count(*) FROM script_sessions WHERE "
                                          "token_sha256 = '%1'")
                               .arg(QString::fromLatin1(
                                   QCryptographicHash::hash(started->token.toLatin1(),
                                                            QCryptographicHash::Sha256)
                                       .toHex()))),
                 1);
        QCOMPARE(a.t.count(QStringLiteral("SELECT count(*) FROM script_sessions WHERE "
                                          "token_sha256 = '%1'")
                               .arg(started->token)),
                 0);
        // A second before the expiry it holds, with the account's roles; at it, it ends.
        clock = started->expiresAt.addSecs(-1);
        const Result<Session> resumed = sessions.resume(QStringLiteral("rita"), started->token);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed->userId, rita->userId);
        QCOMPARE(resumed->roles, QStringList{Role::reviewer});
        QVERIFY(!sessions.resume(QStringLiteral("olga"), started->token).ok());
        clock = started->expiresAt;
        const Result<Session> expired = sessions.resume(QStringLiteral("rita"), started->token);
        QVERIFY(!expired.ok());
        QVERIFY2(expired.error().message.contains(u"expired"), qPrintable(expired.error().message));
        QCOMPARE(a.t.value(QStringLiteral("SELECT end_reason FROM script_sessions")).toString(),
                 QStringLiteral("expired"));

        // A shorter setting applies to the next session.
        SharedSettings shared = readSharedSettings(a.t.db()).value();
        shared.sessionHours = 0;
        QVERIFY(!saveSharedSettings(a.t.db(), a.t.admin, shared).ok());
        shared.sessionHours = 2;
        QVERIFY(!saveSharedSettings(a.t.db(), a.reviewer, shared).ok());
        QVERIFY(saveSharedSettings(a.t.db(), a.t.admin, shared).ok());
        started = sessions.start(rita.value());
        QCOMPARE(started->expiresAt, clock.addSecs(2 * 3600));
        const Result<StartedSession> other = sessions.start(rita.value());
        // Ending one by logout leaves the other.
        QCOMPARE(sessions.end(started->token, QStringLiteral("logout")).value(), true);
        QCOMPARE(sessions.end(started->token, QStringLiteral("logout")).value(), false);
        QVERIFY(sessions.resume(QStringLiteral("rita"), other->token).ok());
        // The administrator disables the account: every session of it ends.
        QVERIFY(UserStore(a.t.db()).setActive(a.t.admin, QStringLiteral("rita"), false).ok());
        const Result<Session> disabled = sessions.resume(QStringLiteral("rita"), other->token);
        QVERIFY(!disabled.ok());
        QVERIFY2(disabled.error().message.contains(u"disabled"),
                 qPrintable(disabled.error().message));
        QCOMPARE(a.t.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'session.ended'")),
                 3);
        QCOMPARE(a.t.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'session.started'")),
                 3);
    }

    void lockoutGrowsAndExpires() {
        test::TempDatabase t;
        QDateTime clock = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        UserStore users(t.db(), [&] { return clock; });
        for (int i = 0; i < maxFailedLogins; ++i)
            QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-password-x"))
                         .ok());
        // Locked: even the right password is refused, and says until when.
        const Result<Session> locked =
            users.authenticate(QStringLiteral("admin"), test::adminPassword);
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message.contains(QStringLiteral("locked")),
                 qPrintable(locked.error().message));
        QVERIFY(locked.error().message.contains(QStringLiteral("09:01:00")));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'account.lockout'")),
                 1);

        clock = clock.addSecs(61); // the first lock (60 s) has run out
        for (int i = 0; i < maxFailedLogins; ++i)
            QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-password-x"))
                         .ok());
        clock = clock.addSecs(61); // the second lock is twice as long
        QVERIFY(!users.authenticate(QStringLiteral("admin"), test::adminPassword).ok());
        clock = clock.addSecs(60);
        QVERIFY(users.authenticate(QStringLiteral("admin"), test::adminPassword).ok());
        QCOMPARE(t.value(QStringLiteral("SELECT failed_logins || '/' || lockouts FROM users"))
                     .toString(),
                 QStringLiteral("0/0"));
    }

    void fewerThanFiveFailuresDoNotLock() {
        test::TempDatabase t;
        UserStore users(t.db());
        for (int i = 0; i < maxFailedLogins - 1; ++i)
            QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-password-x"))
                         .ok());
        QVERIFY(users.authenticate(QStringLiteral("admin"), test::adminPassword).ok());
        for (int i = 0; i < maxFailedLogins - 1; ++i) // the count started again
            QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-password-x"))
                         .ok());
        QVERIFY(users.authenticate(QStringLiteral("admin"), test::adminPassword).ok());
    }

    void weakHashIsReplacedAtSignIn() {
        test::TempDatabase t;
        UserStore weak(t.db(), {}, HashParameters::minimum());
        QVERIFY(weak.addUser(t.admin,
                             NewUser{QStringLiteral("old"), QString(), {Role::reviewer}, password})
                    .ok());
        const QString before =
            t.value(QStringLiteral("SELECT password_hash FROM users WHERE login = 'old'"))
                .toString();
        QVERIFY(PasswordHasher::needsRehash(before));
        UserStore current(t.db());
        QVERIFY(current.authenticate(QStringLiteral("old"), password).ok());
        const QString after =
            t.value(QStringLiteral("SELECT password_hash FROM users WHERE login = 'old'"))
                .toString();
        QVERIFY(after != before);
        QVERIFY(!PasswordHasher::needsRehash(after));
        QVERIFY(current.authenticate(QStringLiteral("old"), password).ok());
        QCOMPARE(
            t.count(QStringLiteral(
                "SELECT count(*) FROM audit_events WHERE action = 'account.password_rehashed'")),
            1);
    }

    void disabledUserCannotSignIn() {
        Accounts a;
        UserStore users(a.t.db());
        QVERIFY(users.setActive(a.t.admin, QStringLiteral("rita"), false).ok());
        QVERIFY(!users.authenticate(QStringLiteral("rita"), password).ok());
        QVERIFY(!users.setActive(a.t.admin, QStringLiteral("rita"), false).ok()); // already
        QVERIFY(users.setActive(a.t.admin, QStringLiteral("rita"), true).ok());
        QVERIFY(users.authenticate(QStringLiteral("rita"), password).ok());
        // The last active administrator stays.
        const Status last = users.setActive(a.t.admin, QStringLiteral("admin"), false);
        QVERIFY(!last.ok());
        QVERIFY(last.error().message.contains(QStringLiteral("last active administrator")));
        QCOMPARE(a.events(QStringLiteral("user_disabled")), 1);
        QCOMPARE(a.events(QStringLiteral("user_enabled")), 1);
    }

    void separationOfDutiesIsOnByDefaultAndOnlyAnAdministratorTurnsItOff() {
        Accounts a;
        SeparationOfDuties duties(a.t.db());
        QCOMPARE(duties.isRequired().value(), true);
        QVERIFY(!duties.setRequired(a.compliance, false).ok());
        QVERIFY(!duties.setRequired(a.reviewer, false).ok());
        QCOMPARE(duties.isRequired().value(), true);
        QVERIFY(duties.setRequired(a.t.admin, false).ok());
        QCOMPARE(duties.isRequired().value(), false);
        QCOMPARE(a.t.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'setting.changed' AND "
                     "subject = 'separation_of_duties' AND details LIKE '%\"value\":\"0\"%' "
                     "AND actor = 'admin'")),
                 1);
        QVERIFY(duties.setRequired(a.t.admin, true).ok());
        QCOMPARE(duties.isRequired().value(), true);
    }

    void newDatabaseFileIsPrivate() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("private.db"));
        Result<Database> db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(permissions & others, QFileDevice::Permissions());
        QVERIFY(db->exposureWarning().isEmpty());
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
        QVERIFY(db->exposureWarning().contains(QStringLiteral("chmod 600")));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
