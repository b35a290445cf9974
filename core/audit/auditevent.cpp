#include "audit/auditevent.h"

#include "storage/dialect.h"
#include "storage/keptquery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

void appendNetstring(QByteArray& out, const QString& field) {
    const QByteArray utf8 = field.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ',';
}

} // namespace

QString genesisHash() {
    return QString(64, QLatin1Char('0'));
}

QString canonicalDetails(const QJsonObject& details) {
    // QJsonObject keeps its keys sorted, so compact output is canonical.
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QByteArray canonicalEventBytes(const QString& previousHash, const QString& at, const QString& actor,
                               const QString& action, const QString& subject,
                               const QString& details) {
    QByteArray bytes;
    bytes.reserve(160 + details.size());
    for (const QString* field : {&previousHash, &at, &actor, &action, &subject, &details})
        appendNetstring(bytes, *field);
    return bytes;
}

QString eventHash(const QString& previousHash, const QString& at, const QString& actor,
                  const QString& action, const QString& subject, const QString& details) {
    const QByteArray digest = QCryptographicHash::hash(
        canonicalEventBytes(previousHash, at, actor, action, subject, details),
        QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

Status appendAuditEvent(QSqlDatabase db, const AuditEvent& event, const QString& at) {
    // Read under a lock held until the caller's transaction ends, so no two
    // writers read the same head.
    KeptQuery query(db);
    if (Status prepared = prepareHeadRead(
            query, db, "audit_events", QStringLiteral("SELECT seq, hash FROM audit_trail_head(?)"),
            QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
        !prepared)
        return Error{Text::tr("Cannot lock the audit trail: %1").arg(prepared.error().message)};
    if (!query.exec())
        return Error{Text::tr("Cannot read the audit trail: %1").arg(query.lastError().text())};
    qint64 seq = 1;
    QString previousHash = genesisHash();
    if (query.next()) {
        seq = query.value(0).toLongLong() + 1;
        previousHash = query.value(1).toString();
    }
    const QString details = canonicalDetails(event.details);
    query.prepare(QStringLiteral("INSERT INTO audit_events (seq, at, actor, action, subject, "
                                 "details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(seq);
    query.addBindValue(at);
    query.addBindValue(event.actor);
    query.addBindValue(event.action);
    query.addBindValue(event.subject);
    query.addBindValue(details);
    query.addBindValue(previousHash);
    query.addBindValue(
        eventHash(previousHash, at, event.actor, event.action, event.subject, details));
    if (!query.exec())
        return Error{Text::tr("Cannot record the audit event '%1': %2")
                         .arg(event.action, query.lastError().text())};
    return success();
}

} // namespace oversight
