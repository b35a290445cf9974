// The first administrator, password rules and Argon2id sign-in.
#include "accounts/passwordhasher.h"
#include "testsupport.h"

using namespace oversight;

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
                PasswordHasher::hash(QStringLiteral("correct horse battery")).value()); // salted
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
        test::TempDatabase t; // creates "admin"
        UserStore users(t.db());
        QCOMPARE(users.userCount(), 1);
        QCOMPARE(t.admin.roles, QStringList{QStringLiteral("admin")});
        QVERIFY(!users
                     .createFirstAdmin(QStringLiteral("second"),
                                       QStringLiteral("another-long-password"))
                     .ok());

        const Result<Session> session =
            users.authenticate(QStringLiteral("admin"), test::adminPassword);
        QVERIFY(session.ok());
        QCOMPARE(session->userId, t.admin.userId);
        QVERIFY(session->hasRole(QStringLiteral("admin")));

        const Result<Session> wrong =
            users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong password!"));
        const Result<Session> unknown =
            users.authenticate(QStringLiteral("nobody"), test::adminPassword);
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        QVERIFY(wrong.error().message.contains(QStringLiteral("Wrong login or password")));
        QVERIFY(unknown.error().message.contains(QStringLiteral("Wrong login or password")));
    }

    void invalidLoginsAreRefused() {
        QTemporaryDir dir;
        Result<Database> db = Database::open(dir.filePath(QStringLiteral("a.db")),
                                             Database::OpenMode::CreateIfMissing);
        UserStore users(db->connection());
        QVERIFY(
            !users.createFirstAdmin(QStringLiteral("has space"), QStringLiteral("a-long-password"))
                 .ok());
        QVERIFY(!users.createFirstAdmin(QString(), QStringLiteral("a-long-password")).ok());
        QVERIFY(!users.createFirstAdmin(QStringLiteral("bob"), QStringLiteral("short")).ok());
        QCOMPARE(users.userCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
