#include "audit/headwitness.h"

#include "accounts/permissions.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVariant>
#include <algorithm>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HeadWitness)
};

constexpr int fileVersion = 1;

Error readFailure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot read the audit trail: %1").arg(query.lastError().text())};
}
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QJsonObject toJson(const WitnessedHead& head) {
    return {{QStringLiteral("seq"), head.seq},
            {QStringLiteral("hash"), head.hash},
            {QStringLiteral("seen_at"), head.seenAt}};
}

QList<WitnessedHead> headsFrom(const QJsonArray& array) {
    QList<WitnessedHead> heads;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        heads << WitnessedHead{object.value(QStringLiteral("seq")).toInteger(),
                               object.value(QStringLiteral("hash")).toString(),
                               object.value(QStringLiteral("seen_at")).toString()};
    }
    return heads;
}

QJsonArray toJson(const QList<WitnessedHead>& heads) {
    QJsonArray array;
    for (const WitnessedHead& head : heads)
        array.append(toJson(head));
    return array;
}

// The first head, the newest, and the newest of each of the last `witnessedDays`
// days: enough to name roughly when the trail was rewritten, never a growing file.
QList<WitnessedHead> bounded(QList<WitnessedHead> heads, const QDateTime& now) {
    std::sort(heads.begin(), heads.end(),
              [](const WitnessedHead& a, const WitnessedHead& b) { return a.seq < b.seq; });
    if (heads.size() <= 2)
        return heads;
    const QDate oldestDay = now.toUTC().date().addDays(-(witnessedDays - 1));
    QMap<QDate, WitnessedHead> newestPerDay;
    for (const WitnessedHead& head : std::as_const(heads)) {
        const QDate day = QDateTime::fromString(head.seenAt, Qt::ISODateWithMs).toUTC().date();
        if (day.isValid() && day >= oldestDay)
            newestPerDay.insert(day, head); // ascending seq: the last one wins
    }
    QList<WitnessedHead> kept{heads.first()};
    for (const WitnessedHead& head : std::as_const(newestPerDay))
        if (head.seq != kept.last().seq)
            kept << head;
    if (heads.last().seq != kept.last().seq)
        kept << heads.last();
    return kept;
}

// A lost head as both alarm events list it: what was seen, and what is there now
// (null when the event is gone).
QJsonObject toJson(const HeadAlarm& alarm) {
    QJsonObject entry = toJson(alarm.seen);
    entry.insert(QStringLiteral("found_hash"),
                 alarm.foundHash.isEmpty() ? QJsonValue() : QJsonValue(alarm.foundHash));
    return entry;
}

bool sameHead(const WitnessedHead& a, const WitnessedHead& b) {
    return a.seq == b.seq && a.hash == b.hash;
}

// The trail's first event: kept as well, so that a trail rewritten from its start
// (or another database put in this one's place) is caught too.
Result<std::optional<WitnessedHead>> firstEvent(QSqlDatabase db, const QString& seenAt) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq LIMIT 1")))
        return readFailure(query);
    if (!query.next())
        return std::optional<WitnessedHead>();
    return std::optional<WitnessedHead>(
        WitnessedHead{query.value(0).toLongLong(), query.value(1).toString(), seenAt});
}

} // namespace

QString HeadAlarm::describe() const {
    const QString shortHash = seen.hash.left(16);
    if (foundHash.isEmpty())
        return Text::tr("This computer saw event #%1 (hash %2...) on %3, and the audit trail no "
                        "longer has it: its newest events were removed or the database was "
                        "replaced by an older copy.")
            .arg(seen.seq)
            .arg(shortHash, seen.seenAt);
    return Text::tr("This computer saw event #%1 with hash %2... on %3, and the audit trail now "
                    "has a different event there (hash %4...): its events were rewritten or the "
                    "database was replaced.")
        .arg(seen.seq)
        .arg(shortHash, seen.seenAt, foundHash.left(16));
}

HeadWitness::HeadWitness(const QString& directory, const QString& databaseIdentity)
    : m_identity(databaseIdentity) {
    const QByteArray key =
        QCryptographicHash::hash(databaseIdentity.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    m_path = directory + u'/' + QString::fromLatin1(key) + QStringLiteral(".json");
}

QString HeadWitness::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/witnessed-heads");
}

Result<HeadWitness::Stored> HeadWitness::load() const {
    QFile file(m_path);
    if (!file.exists())
        return Stored{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read the heads this computer witnessed (%1): %2")
                         .arg(m_path, file.errorString())};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{Text::tr("The heads this computer witnessed (%1) are damaged: %2. The file "
                              "is left as it is; move it away to start witnessing afresh.")
                         .arg(m_path, parseError.errorString())};
    const QJsonObject object = document.object();
    return Stored{headsFrom(object.value(QStringLiteral("heads")).toArray()),
                  headsFrom(object.value(QStringLiteral("recorded_alarms")).toArray())};
}

Status HeadWitness::save(const Stored& stored) const {
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error{Text::tr("Cannot create %1 to keep the witnessed heads.")
                         .arg(QFileInfo(m_path).absolutePath())};
    QFile::setPermissions(QFileInfo(m_path).absolutePath(), ownerOnly | QFileDevice::ExeOwner);
    const QJsonObject object{{QStringLiteral("version"), fileVersion},
                             {QStringLiteral("database"), m_identity},
                             {QStringLiteral("heads"), toJson(stored.heads)},
                             {QStringLiteral("recorded_alarms"), toJson(stored.recordedAlarms)}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly) ||
        file.write(QJsonDocument(object).toJson()) < 0 || !file.commit())
        return Error{
            Text::tr("Cannot keep the witnessed heads in %1: %2").arg(m_path, file.errorString())};
    return success();
}

Result<QList<WitnessedHead>> HeadWitness::heads() const {
    Result<Stored> stored = load();
    if (!stored)
        return stored.error();
    return stored->heads;
}

Result<QList<HeadAlarm>> HeadWitness::check(QSqlDatabase db) const {
    const Result<Stored> stored = load();
    if (!stored)
        return stored.error();
    return alarmsFor(db, stored->heads);
}

Result<QList<HeadAlarm>> HeadWitness::alarmsFor(QSqlDatabase db,
                                                const QList<WitnessedHead>& kept) const {
    QList<HeadAlarm> alarms;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"));
    for (const WitnessedHead& head : kept) {
        query.addBindValue(head.seq);
        if (!query.exec())
            return readFailure(query);
        const QString found = query.next() ? query.value(0).toString() : QString();
        if (found != head.hash)
            alarms << HeadAlarm{head, found};
    }
    return alarms;
}

Result<QList<HeadAlarm>> HeadWitness::checkAndRemember(QSqlDatabase db, const QDateTime& now) {
    const Result<Stored> seen = load();
    if (!seen)
        return seen.error();
    Result<QList<HeadAlarm>> alarms = alarmsFor(db, seen->heads);
    if (!alarms || !alarms->isEmpty())
        return alarms;
    const Result<ChainHead> head = chainHead(db);
    if (!head)
        return head.error();
    if (head->seq == 0)
        return alarms;
    const QString seenAt = now.toUTC().toString(Qt::ISODateWithMs);
    const WitnessedHead newest{head->seq, head->hash, seenAt};
    auto alreadyKept = [&newest](const Stored& stored) {
        return !stored.heads.isEmpty() && sameHead(stored.heads.last(), newest);
    };
    // Most opens find the head they saw last time: no lock, no write.
    if (alreadyKept(seen.value()))
        return alarms;

    // Two programs of the same person (the application and a script) keep one file.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return Error{
            Text::tr("The witnessed heads in %1 are locked by another program.").arg(m_path)};
    Result<Stored> stored = load();
    if (!stored)
        return stored.error();
    if (alreadyKept(stored.value()))
        return alarms;
    QList<WitnessedHead>& heads = stored->heads;
    if (heads.isEmpty()) {
        const Result<std::optional<WitnessedHead>> first = firstEvent(db, seenAt);
        if (!first)
            return first.error();
        if (first.value() && first.value()->seq != newest.seq)
            heads << *first.value();
    }
    heads << newest;
    heads = bounded(heads, now);
    if (Status saved = save(stored.value()); !saved)
        return saved.error();
    return alarms;
}

Result<bool> HeadWitness::forgetForNewDatabase(QSqlDatabase db) {
    const Result<ChainHead> head = chainHead(db);
    if (!head)
        return head.error();
    if (head->seq != 0)
        return false;
    if (!QFile::remove(m_path) && QFile::exists(m_path))
        return Error{Text::tr("Cannot remove %1.").arg(m_path)};
    return true;
}

Result<int> HeadWitness::recordAlarms(QSqlDatabase db, const QString& actor,
                                      const QList<HeadAlarm>& alarms) {
    Result<Stored> stored = load();
    if (!stored)
        return stored.error();
    QJsonArray fresh;
    for (const HeadAlarm& alarm : alarms) {
        const bool known = std::any_of(
            stored->recordedAlarms.cbegin(), stored->recordedAlarms.cend(),
            [&](const WitnessedHead& recorded) { return sameHead(recorded, alarm.seen); });
        if (known)
            continue;
        fresh.append(toJson(alarm));
        stored->recordedAlarms << alarm.seen;
    }
    if (fresh.isEmpty())
        return 0;
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    const QJsonObject details{{QStringLiteral("lost_heads"), fresh},
                              {QStringLiteral("computer"), QSysInfo::machineHostName()},
                              {QStringLiteral("witness"), m_path}};
    if (Status recorded = appendAuditEvent(
            db, {actor, AuditAction::headAlarm, QStringLiteral("audit"), details}, utcNow());
        !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (Status saved = save(stored.value()); !saved)
        return saved.error();
    return static_cast<int>(fresh.size());
}

Status HeadWitness::acknowledge(QSqlDatabase db, const Session& actor, const QString& reason,
                                const QDateTime& now) {
    if (Status allowed = require(actor, Permission::AcknowledgeRestore); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{Text::tr("Say why the trail is legitimately different (for example which "
                              "backup was restored, and when).")};
    const Result<QList<HeadAlarm>> alarms = check(db);
    if (!alarms)
        return alarms.error();
    if (alarms->isEmpty())
        return Error{Text::tr("This computer has no lost head to acknowledge for this database.")};
    const Result<ChainHead> head = chainHead(db);
    if (!head)
        return head.error();
    QJsonArray lost;
    for (const HeadAlarm& alarm : alarms.value()) {
        lost.append(toJson(alarm));
    }
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    const QJsonObject details{{QStringLiteral("lost_heads"), lost},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("head_seq"), head->seq},
                              {QStringLiteral("head_hash"), head->hash}};
    if (Status recorded = appendAuditEvent(
            db, {actor.login, AuditAction::restoreAcknowledged, QStringLiteral("audit"), details},
            utcNow());
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    // What this computer saw of the replaced trail no longer applies.
    if (!QFile::remove(m_path) && QFile::exists(m_path))
        return Error{Text::tr("The acknowledgement is recorded, but %1 could not be removed; "
                              "remove it by hand.")
                         .arg(m_path)};
    const Result<QList<HeadAlarm>> remembered = checkAndRemember(db, now);
    if (!remembered)
        return remembered.error();
    return success();
}

void reportHeadAlarms(const QList<HeadAlarm>& alarms, Verification& verification) {
    if (!verification.intact() || alarms.isEmpty())
        return;
    verification.problem = ChainProblem::WitnessedHeadLost;
    verification.firstBadSeq = alarms.first().seen.seq;
    verification.subject = QStringLiteral("audit");
    verification.description = alarms.first().describe();
}

} // namespace oversight
