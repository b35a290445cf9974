#pragma once

#include "accounts/session.h"
#include "audit/chainverifier.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace oversight {

// An event this client saw as the newest of a database's trail.
struct WitnessedHead {
    qint64 seq = 0;
    QString hash;
    QString seenAt; // UTC ISO 8601
};

// A witnessed event the trail no longer holds as it was seen.
struct HeadAlarm {
    WitnessedHead seen;
    QString foundHash; // what the trail has at that seq now; empty when the event is gone
    QString describe() const;
};

// How many heads a client keeps per database: the first event, the newest, and the
// newest of each of the last days.
constexpr int witnessedDays = 31;

// What one person's client has seen of one database's audit trail, kept outside
// that database (a JSON file in the user's data directory, readable by them only).
// A hash chain cannot show a rewrite of its newest events by itself; a head kept
// elsewhere can. Anyone who can write the database can rewrite its end, but not the
// heads every other client keeps: a client that never saw an event cannot miss it.
class HeadWitness {
public:
    // `directory` holds one file per database; `databaseIdentity` names the
    // database however it was reached (Database::identity()).
    HeadWitness(const QString& directory, const QString& databaseIdentity);

    // <the user's data directory>/witnessed-heads
    static QString defaultDirectory();

    QString filePath() const { return m_path; }

    // The heads kept, oldest first.
    Result<QList<WitnessedHead>> heads() const;

    // Every kept head the trail no longer holds with the same hash.
    Result<QList<HeadAlarm>> check(QSqlDatabase db) const;

    // Checks, and when nothing is lost keeps the trail's newest event (a trail
    // with alarms is never remembered over them: they stay until acknowledged).
    Result<QList<HeadAlarm>> checkAndRemember(QSqlDatabase db, const QDateTime& now);

    // When the database was created just now (its trail still empty), what this
    // client saw of an earlier database at the same place no longer applies:
    // forgets it and returns true. A database with events is left alone (false).
    Result<bool> forgetForNewDatabase(QSqlDatabase db);

    // Records the alarms as an `audit.head_alarm` event by `actor`, once per alarm
    // and client (the file notes which it recorded); returns how many were new.
    Result<int> recordAlarms(QSqlDatabase db, const QString& actor, const QList<HeadAlarm>& alarms);

    // An administrator says the lost heads were a legitimate replacement (a restore
    // from a backup): recorded as `audit.restore_acknowledged` with the alarms and
    // the reason; then this client forgets what it saw and keeps the present head.
    Status acknowledge(QSqlDatabase db, const Session& actor, const QString& reason,
                       const QDateTime& now);

private:
    struct Stored {
        QList<WitnessedHead> heads;
        QList<WitnessedHead> recordedAlarms; // alarms already written to the trail
    };
    Result<Stored> load() const;
    Result<QList<HeadAlarm>> alarmsFor(QSqlDatabase db, const QList<WitnessedHead>& kept) const;
    Status save(const Stored& stored) const;

    QString m_path;
    QString m_identity;
};

// When `verification` is otherwise intact, marks it `witnessed_head_lost` at the
// first alarm.
void reportHeadAlarms(const QList<HeadAlarm>& alarms, Verification& verification);

} // namespace oversight
