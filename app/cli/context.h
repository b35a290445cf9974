#pragma once

#include "accounts/session.h"
#include "audit/headwitness.h"
#include "cli/terminaloutput.h"
#include "common/result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace oversight::cli {

// TrailBroken: verify found the audit trail tampered with (or damaged).
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, TrailBroken = 3 };

// What every command shares: the global options, the output streams, and the
// steps of opening the database and signing in.
class Context {
public:
    Context();

    // Options every command accepts, before or after the command name.
    static void addCommonOptions(QCommandLineParser& parser);
    void readCommonOptions(const QCommandLineParser& parser);

    QString databasePath() const;
    bool json() const { return m_json; }
    QString actingLogin() const { return m_as; }

    // The --db database; on PostgreSQL, asks for the server password on the
    // terminal when the server wants one and $PGPASSWORD / ~/.pgpass gave none.
    Result<Database> openDatabase(Database::OpenMode mode);
    Result<Database> openDatabase(const QString& location, Database::OpenMode mode);
    // The same without signing in, for `logout`: its token is what it ends.
    Result<Database> openWithoutSignIn(Database::OpenMode mode);
    Result<Database> openWithoutSignIn(const QString& location, Database::OpenMode mode);
    // The target of a copy (Database::openEmptyForCopy), asking as openDatabase does.
    Result<Database> openEmptyForCopy(const QString& location);
    // Whether a password was given (--password-stdin or OVERSIGHT_PASSWORD); without
    // one, --as uses the session started by `login`.
    bool passwordGiven() const;
    // The password from --password-stdin or OVERSIGHT_PASSWORD (read once).
    Result<QString> password();
    // A new password for an account: the next line of standard input, never an argument.
    Result<QString> newPassword();
    // Signs in as --as, with the password when one is given, else with the
    // session `login` started; an error when neither holds.
    // Once signed in to a database, the session is kept for the rest of the command.
    Result<Session> signIn(const Database& database);

    // The heads this computer witnessed and the open database no longer holds
    // (checked at every open; see audit/headwitness.h).
    const QList<HeadAlarm>& headAlarms() const { return m_headAlarms; }
    // Checks the heads witnessed for `database`, warns of any lost one, and
    // remembers the newest head when none is lost (after every open, and by
    // commands that just wrote events of their own).
    void witness(const Database& database, Database::OpenMode mode = Database::OpenMode::MustExist);

    // Standard output as text commands write it (control characters made visible).
    QIODevice& standardOutput() { return m_stdout; }

    int fail(const QString& message);
    int usage(const QString& message);
    void printJson(const QJsonObject& object);

private:
    TerminalOutput m_stdout;
    TerminalOutput m_stderr;

public:
    QTextStream out;
    QTextStream err;

private:
    std::optional<QString> readStdinLine();
    Result<Database> openAsking(ConnectionSpec spec,
                                const std::function<Result<Database>(const ConnectionSpec&)>& open);

    std::unique_ptr<QFile> m_stdin;
    QString m_db;
    QString m_as;
    bool m_passwordStdin = false;
    bool m_json = false;
    std::optional<QString> m_password;
    // The session signed in for one database (by its connection name).
    std::optional<std::pair<QString, Session>> m_session;
    QList<HeadAlarm> m_headAlarms;
};

// Parses a command's own arguments; on --help prints it and returns Ok, on a
// wrong option prints why and returns Usage; nullopt means go on.
std::optional<int> parseCommand(Context& context, QCommandLineParser& parser,
                                const QStringList& arguments);

} // namespace oversight::cli
