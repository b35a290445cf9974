#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace oversight {

// One entry of the audit trail, as the code that changes data describes it.
// `actor` is the acting login ("system" for what no person did); `subject` the id
// of what changed (a review, a batch, a login, a setting key).
struct AuditEvent {
    QString actor;
    QString action;
    QString subject;
    QJsonObject details;
};

// A stored entry: what was recorded and the two hashes that chain it.
struct StoredAuditEvent {
    qint64 seq = 0;
    QString at;
    QString actor;
    QString action;
    QString subject;
    QString details; // canonical JSON text, as stored and hashed
    QString previousHash;
    QString hash;
};

// The hash that precedes the first event.
QString genesisHash();

// Compact JSON with keys in sorted order: the one text form of an event's details.
QString canonicalDetails(const QJsonObject& details);

// The bytes an event's hash covers: the previous hash and every recorded field as
// netstrings ("<length>:<bytes>,", lengths in UTF-8 bytes), so the chain can be
// recomputed by any tool that has SHA-256 (docs/AUDIT.md).
QByteArray canonicalEventBytes(const QString& previousHash, const QString& at, const QString& actor,
                               const QString& action, const QString& subject,
                               const QString& details);

// Lower-case hex SHA-256 of canonicalEventBytes.
QString eventHash(const QString& previousHash, const QString& at, const QString& actor,
                  const QString& action, const QString& subject, const QString& details);

// Appends `event` at time `at` (ISO 8601 UTC) to the chain. Must run inside the
// caller's write transaction, the one that makes the change it records: the
// change and its event are stored together or not at all.
// On PostgreSQL the append holds a lock on the chain until the transaction
// ends: make it the transaction's last write (after every row it changes, or
// only rows it already locked), so a holder of the chain never waits for a
// row another writer holds while that writer waits for the chain (a deadlock).
Status appendAuditEvent(QSqlDatabase db, const AuditEvent& event, const QString& at);

} // namespace oversight
