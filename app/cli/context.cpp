#include "cli/context.h"

#include "accounts/scriptsessions.h"
#include "accounts/userstore.h"
#include "audit/headwitness.h"
#include "cli/sessionfile.h"
#include "intake/stagedbatches.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace oversight::cli {

// Explicit translation contexts below: lupdate does not resolve a helper class
// inside Context's members.
namespace {
const QString dbName = QStringLiteral("db");
const QString asName = QStringLiteral("as");
const QString passwordStdinName = QStringLiteral("password-stdin");
const QString jsonName = QStringLiteral("json");
} // namespace

Context::Context()
    : m_stdout(stdout)
    , m_stderr(stderr)
    , out(&m_stdout)
    , err(&m_stderr) {}

void Context::addCommonOptions(QCommandLineParser& parser) {
    parser.addOption({dbName,
                      QCoreApplication::translate(
                          "cli", "Database: a file, or a PostgreSQL server as "
                                 "postgresql://user@host:port/dbname?sslmode=require (password "
                                 "from $PGPASSWORD, ~/.pgpass or a prompt). Default: "
                                 "$OVERSIGHT_DB, else a file in the user's data directory."),
                      QStringLiteral("location")});
    parser.addOption(
        {asName,
         QCoreApplication::translate("cli", "Act as this user (password from "
                                            "--password-stdin or $OVERSIGHT_PASSWORD)."),
         QStringLiteral("login")});
    parser.addOption({passwordStdinName,
                      QCoreApplication::translate("cli", "Read the password from the first line of "
                                                         "standard input.")});
    parser.addOption({jsonName, QCoreApplication::translate(
                                    "cli", "Print one JSON document on standard output.")});
}

void Context::readCommonOptions(const QCommandLineParser& parser) {
    if (parser.isSet(dbName))
        m_db = parser.value(dbName);
    if (parser.isSet(asName))
        m_as = parser.value(asName);
    m_passwordStdin = m_passwordStdin || parser.isSet(passwordStdinName);
    m_json = m_json || parser.isSet(jsonName);
}

QString Context::databasePath() const {
    if (!m_db.isEmpty())
        return m_db;
    const QString fromEnvironment = qEnvironmentVariable("OVERSIGHT_DB");
    return fromEnvironment.isEmpty() ? Database::defaultPath() : fromEnvironment;
}

Result<Database> Context::openDatabase(Database::OpenMode mode) {
    return openDatabase(databasePath(), mode);
}

namespace {

// Reads a line from the terminal without echoing it.
QString readHidden() {
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return line;
}

} // namespace

Result<Database>
Context::openAsking(ConnectionSpec spec,
                    const std::function<Result<Database>(const ConnectionSpec&)>& open) {
    Result<Database> database = open(spec);
    if (database || !wantsPassword(spec, database.error()) || !isatty(STDIN_FILENO))
        return database;
    err << QCoreApplication::translate("cli", "Password for %1: ").arg(spec.displayName())
        << Qt::flush;
    spec.password = readHidden();
    err << Qt::endl;
    return open(spec);
}

Result<Database> Context::openEmptyForCopy(const QString& location) {
    Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    if (!spec)
        return spec.error();
    return openAsking(spec.value(), &Database::openEmptyForCopy);
}

Result<Database> Context::openDatabase(const QString& location, Database::OpenMode mode) {
    Result<Database> database = openWithoutSignIn(location, mode);
    if (!database)
        return database;
    // An identity that is given is always checked, also by commands that need none:
    // a wrong password must never pass unnoticed, and it counts towards the lockout.
    if (!m_as.isEmpty()) {
        if (const Result<Session> session = signIn(database.value()); !session)
            return session.error();
    }
    return database;
}

Result<Database> Context::openWithoutSignIn(Database::OpenMode mode) {
    return openWithoutSignIn(databasePath(), mode);
}

Result<Database> Context::openWithoutSignIn(const QString& location, Database::OpenMode mode) {
    Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    if (!spec)
        return spec.error();
    Result<Database> database = openAsking(
        spec.value(), [mode](const ConnectionSpec& s) { return Database::open(s, mode); });
    if (!database)
        return database;
    if (const QString warning = database->exposureWarning(); !warning.isEmpty())
        err << QCoreApplication::translate("cli", "warning: %1").arg(warning) << Qt::endl;
    witness(database.value(), mode);
    // What an import killed half-way staged is invisible; it also goes now.
    if (const Result<int> removed = removeAbandonedImports(database->connection()); !removed)
        err << QCoreApplication::translate("cli", "warning: %1").arg(removed.error().message)
            << Qt::endl;
    return database;
}

void Context::witness(const Database& database, Database::OpenMode mode) {
    HeadWitness witness(HeadWitness::defaultDirectory(), database.identity());
    // A database this command is about to create (its trail still empty) replaces
    // whatever this computer saw at the same place.
    if (mode == Database::OpenMode::CreateIfMissing) {
        if (const Result<bool> forgotten = witness.forgetForNewDatabase(database.connection());
            !forgotten)
            err << QCoreApplication::translate("cli", "warning: %1").arg(forgotten.error().message)
                << Qt::endl;
    }
    const Result<QList<HeadAlarm>> alarms =
        witness.checkAndRemember(database.connection(), QDateTime::currentDateTimeUtc());
    if (!alarms) {
        err << QCoreApplication::translate("cli", "warning: %1").arg(alarms.error().message)
            << Qt::endl;
        return;
    }
    m_headAlarms = alarms.value();
    for (const HeadAlarm& alarm : std::as_const(m_headAlarms))
        err << QCoreApplication::translate("cli", "TAMPER ALARM: %1").arg(alarm.describe())
            << Qt::endl;
}

bool Context::passwordGiven() const {
    return m_password || m_passwordStdin || qEnvironmentVariableIsSet("OVERSIGHT_PASSWORD");
}

Result<QString> Context::password() {
    if (m_password)
        return *m_password;
    if (m_passwordStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error{QCoreApplication::translate(
                "cli", "Cannot read the password from standard input.")};
        QByteArray line = in.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        m_password = QString::fromUtf8(line);
    } else if (qEnvironmentVariableIsSet("OVERSIGHT_PASSWORD")) {
        m_password = qEnvironmentVariable("OVERSIGHT_PASSWORD");
    } else {
        return Error{QCoreApplication::translate(
            "cli", "A password is needed: give it on standard input with --password-stdin, "
                   "or in the OVERSIGHT_PASSWORD environment variable.")};
    }
    return *m_password;
}

std::optional<QString> Context::readStdinLine() {
    if (!m_stdin) {
        m_stdin = std::make_unique<QFile>();
        if (!m_stdin->open(stdin, QIODevice::ReadOnly))
            return std::nullopt;
    }
    if (m_stdin->atEnd())
        return std::nullopt;
    QByteArray line = m_stdin->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Result<QString> Context::newPassword() {
    // After the acting user's password, when that also came on standard input.
    if (m_passwordStdin && !m_password) {
        if (const Result<QString> own = password(); !own)
            return own.error();
    }
    const std::optional<QString> line = readStdinLine();
    if (!line || line->isEmpty())
        return Error{QCoreApplication::translate(
            "cli", "The new password is read from standard input (after the acting user's "
                   "password when --password-stdin is given); none was found.")};
    return *line;
}

Result<Session> Context::signIn(const Database& database) {
    if (m_as.isEmpty())
        return Error{QCoreApplication::translate(
            "cli", "This command needs to know who acts: add --as LOGIN.")};
    const QString connection = database.connection().connectionName();
    if (m_session && m_session->first == connection)
        return m_session->second;
    Result<Session> session = Error{};
    if (!passwordGiven()) {
        // Without a password, the session `login` started for this database.
        const SessionFile file(database, m_as);
        if (!file.exists())
            return Error{QCoreApplication::translate(
                             "cli", "A password is needed for '%1': give it on standard input "
                                    "with --password-stdin or in the OVERSIGHT_PASSWORD "
                                    "environment variable, or start a session first with "
                                    "oversight-cli login --as %1.")
                             .arg(m_as)};
        const Result<QString> token = file.read();
        if (!token)
            return token.error();
        session = ScriptSessions(database.connection()).resume(m_as, token.value());
    } else {
        const Result<QString> secret = password();
        if (!secret)
            return secret.error();
        session = UserStore(database.connection()).authenticate(m_as, secret.value());
    }
    if (session) {
        m_session = std::pair{connection, session.value()};
        // Whoever signs in while this computer sees a lost head puts it on record.
        if (!m_headAlarms.isEmpty()) {
            HeadWitness witness(HeadWitness::defaultDirectory(), database.identity());
            if (const Result<int> recorded =
                    witness.recordAlarms(database.connection(), m_as, m_headAlarms);
                !recorded)
                err << QCoreApplication::translate("cli", "warning: %1")
                           .arg(recorded.error().message)
                    << Qt::endl;
        }
    }
    return session;
}

int Context::fail(const QString& message) {
    err << QCoreApplication::translate("cli", "error: %1").arg(message) << Qt::endl;
    return Failed;
}

int Context::usage(const QString& message) {
    err << QCoreApplication::translate("cli", "usage error: %1").arg(message) << Qt::endl
        << QCoreApplication::translate("cli", "Run with --help for the options.") << Qt::endl;
    return Usage;
}

void Context::printJson(const QJsonObject& object) {
    // Bytes straight to the device: the document is UTF-8 already, and can be large.
    out.flush();
    out.device()->write(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

std::optional<int> parseCommand(Context& context, QCommandLineParser& parser,
                                const QStringList& arguments) {
    parser.addHelpOption();
    Context::addCommonOptions(parser);
    if (!parser.parse(arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Ok;
    }
    context.readCommonOptions(parser);
    return std::nullopt;
}

} // namespace oversight::cli
