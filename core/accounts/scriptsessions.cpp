#include "accounts/scriptsessions.h"

#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "settings/settingstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScriptSessions)
};

const QString hoursKey = QStringLiteral("script_session_hours");

QString iso(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString tokenDigest(const QString& token) {
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

Error failure(const QSqlQuery& query) {
    return Error{
        Text::tr("The sessions could not be read or changed: %1").arg(query.lastError().text())};
}

// Ends one session and records it; false when it had ended already (another
// process may have been first).
Result<bool> endSession(QSqlDatabase db, const QString& sessionId, const QString& login,
                        const QString& actor, const QString& reason, const QDateTime& at) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE script_sessions SET ended_at = ?, end_reason = ? "
                                 "WHERE id = ? AND ended_at IS NULL"));
    query.addBindValue(iso(at));
    query.addBindValue(reason);
    query.addBindValue(sessionId);
    if (!query.exec())
        return failure(query);
    if (query.numRowsAffected() != 1)
        return false;
    if (Status recorded = appendAuditEvent(db,
                                           {actor, AuditAction::sessionEnded, login,
                                            QJsonObject{{QStringLiteral("session"), sessionId},
                                                        {QStringLiteral("reason"), reason}}},
                                           iso(at));
        !recorded)
        return recorded.error();
    return true;
}

QString describeReason(const QString& reason) {
    if (reason == u"logout")
        return Text::tr("by logout");
    if (reason == u"expired")
        return Text::tr("when it expired");
    if (reason == u"password_changed")
        return Text::tr("because the password was changed");
    if (reason == u"disabled")
        return Text::tr("because the account was disabled");
    if (reason == u"lockout")
        return Text::tr("because the account was locked after wrong passwords");
    if (reason == u"replaced")
        return Text::tr("when a new session was started");
    return reason;
}

} // namespace

QString sessionHoursSettingKey() {
    return hoursKey;
}

Status checkSessionHours(int hours) {
    if (hours < 1 || hours > maximumSessionHours)
        return Error{Text::tr("A session lasts between 1 and %1 hours, not %2.")
                         .arg(maximumSessionHours)
                         .arg(hours)};
    return success();
}

Result<int> sessionHours(QSqlDatabase db) {
    const Result<std::optional<QString>> value = readSetting(db, hoursKey);
    if (!value)
        return value.error();
    bool ok = false;
    const int hours = value.value() ? value.value()->toInt(&ok) : 0;
    return ok && hours > 0 ? hours : defaultSessionHours;
}

ScriptSessions::ScriptSessions(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock)) {}

QDateTime ScriptSessions::now() const {
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<StartedSession> ScriptSessions::start(const Session& who) {
    if (who.userId.isEmpty())
        return Error{Text::tr("Only a signed-in user can start a session.")};
    if (sodium_init() < 0)
        return Error{Text::tr("The random number generator is not available.")};
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    StartedSession started;
    started.token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
    sodium_memzero(bytes, sizeof bytes);
    started.id = newId();
    const Result<int> hours = sessionHours(m_db);
    if (!hours)
        return hours.error();
    const QDateTime at = now();
    started.expiresAt = at.addSecs(qint64{hours.value()} * 3600);

    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO script_sessions (id, token_sha256, user_id, "
                                 "started_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(started.id);
    query.addBindValue(tokenDigest(started.token));
    query.addBindValue(who.userId);
    query.addBindValue(iso(at));
    query.addBindValue(iso(started.expiresAt));
    if (!query.exec())
        return failure(query);
    if (Status recorded =
            appendAuditEvent(m_db,
                             {who.login, AuditAction::sessionStarted, who.login,
                              QJsonObject{{QStringLiteral("session"), started.id},
                                          {QStringLiteral("expires_at"), iso(started.expiresAt)},
                                          {QStringLiteral("hours"), hours.value()}}},
                             iso(at));
        !recorded)
        return recorded.error();
    if (Status saved = transaction.commit(); !saved)
        return saved.error();
    return started;
}

Result<Session> ScriptSessions::resume(const QString& login, const QString& token) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT s.id, s.expires_at, s.ended_at, s.end_reason, u.id, u.active, u.locked_until "
        "FROM script_sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.token_sha256 = ? AND u.login = ?"));
    query.addBindValue(tokenDigest(token));
    query.addBindValue(login);
    if (!query.exec())
        return failure(query);
    const QString again = Text::tr("Sign in again with: oversight-cli login --as %1").arg(login);
    if (!query.next())
        return Error{Text::tr("The saved session of '%1' is not a session of this database. %2")
                         .arg(login, again)};
    const QString sessionId = query.value(0).toString();
    const QDateTime expiresAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    const QString userId = query.value(4).toString();
    if (!query.isNull(2))
        return Error{Text::tr("The session of '%1' has ended %2. %3")
                         .arg(login, describeReason(query.value(3).toString()), again)};
    const QDateTime at = now();
    if (at >= expiresAt) {
        Transaction transaction(m_db);
        // Best effort: the refusal stands whether or not the end is on record.
        if (transaction.begun()) {
            const Result<bool> ended =
                endSession(m_db, sessionId, login, login, QStringLiteral("expired"), at);
            if (ended && ended.value())
                static_cast<void>(transaction.commit());
        }
        return Error{Text::tr("The session of '%1' expired at %2 UTC. %3")
                         .arg(login,
                              expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              again)};
    }
    // Ended with the account's own changes; checked again so that no path that
    // forgot to end it could keep a disabled or locked account working.
    const QDateTime lockedUntil =
        QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    if (query.value(5).toInt() != 1 || (lockedUntil.isValid() && at < lockedUntil))
        return Error{Text::tr("The account '%1' is disabled or locked. %2").arg(login, again)};

    Session session{userId, login, {}};
    query.prepare(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"));
    query.addBindValue(userId);
    if (!query.exec())
        return failure(query);
    while (query.next())
        session.roles << query.value(0).toString();
    return session;
}

Result<bool> ScriptSessions::end(const QString& token, const QString& reason) {
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT s.id, u.login FROM script_sessions s JOIN users u ON "
                                 "u.id = s.user_id WHERE s.token_sha256 = ? AND s.ended_at IS "
                                 "NULL"));
    query.addBindValue(tokenDigest(token));
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return false;
    const QString login = query.value(1).toString();
    const Result<bool> ended =
        endSession(m_db, query.value(0).toString(), login, login, reason, now());
    if (!ended || !ended.value())
        return ended;
    if (Status saved = transaction.commit(); !saved)
        return saved.error();
    return true;
}

Status endSessionsOf(QSqlDatabase db, const QString& userId, const QString& login,
                     const QString& actor, const QString& reason, const QDateTime& at) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id FROM script_sessions WHERE user_id = ? AND ended_at IS NULL ORDER BY id"));
    query.addBindValue(userId);
    if (!query.exec())
        return failure(query);
    QStringList open;
    while (query.next())
        open << query.value(0).toString();
    for (const QString& sessionId : std::as_const(open)) {
        if (const Result<bool> ended = endSession(db, sessionId, login, actor, reason, at); !ended)
            return ended.error();
    }
    return success();
}

} // namespace oversight
