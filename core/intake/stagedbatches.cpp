#include "intake/stagedbatches.h"

#include "common/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(StagedBatches)
};

// Small enough that a reviewer waiting for the write lock never waits long.
constexpr qint64 casesRemovedPerTransaction = 5000;

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot remove an abandoned import: %1").arg(query.lastError().text())};
}

bool processRuns(qint64 pid) {
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    // Signal 0 only asks whether the process exists; EPERM means it does.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // elsewhere only the silence limit decides
#endif
}

bool importIsDead(const QString& stagedBy, const QString& heartbeat, const QDateTime& now) {
    const QDateTime lastWrite = QDateTime::fromString(heartbeat, Qt::ISODateWithMs);
    if (!lastWrite.isValid() || lastWrite.secsTo(now) > stagingSilenceLimitSeconds)
        return true;
    const qsizetype space = stagedBy.lastIndexOf(u' ');
    if (space < 0)
        return false;
    if (stagedBy.left(space) != QSysInfo::machineHostName())
        return false; // another computer's process: only its silence tells
    return !processRuns(stagedBy.mid(space + 1).toLongLong());
}

} // namespace

QString publishedBatch(const QString& batchSeqColumn) {
    return batchSeqColumn +
           QStringLiteral(" NOT IN (SELECT seq FROM import_batches WHERE staging = 1)");
}

Result<QHash<QString, qint64>> stagedQueuedCases(const QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT coalesce(sum(routed_review), 0), "
                                   "coalesce(sum(routed_audit), 0) FROM import_batches "
                                   "WHERE staging = 1 AND known_answers = 0")) ||
        !query.next())
        return Error{
            Text::tr("Cannot read the imports in progress: %1").arg(query.lastError().text())};
    return QHash<QString, qint64>{{QStringLiteral("review"), query.value(0).toLongLong()},
                                  {QStringLiteral("audit"), query.value(1).toLongLong()}};
}

QString publishedFacts() {
    // Facts of reviews made here have no log: coalesce, or NOT IN would drop them.
    return QStringLiteral(
        "coalesce(log_seq, 0) NOT IN (SELECT seq FROM review_logs WHERE staging = 1)");
}

Status keepStaging(QSqlDatabase db, StagedImport kind, qint64 seq) {
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE %1 SET staging_heartbeat = ? WHERE seq = ? AND staging = 1")
            .arg(kind == StagedImport::Batch ? QStringLiteral("import_batches")
                                             : QStringLiteral("review_logs")));
    query.addBindValue(utcNow());
    query.addBindValue(seq);
    if (!query.exec())
        return Error{
            Text::tr("Cannot record the import's progress: %1").arg(query.lastError().text())};
    if (query.numRowsAffected() != 1)
        return Error{removedAsAbandoned()};
    return success();
}

QString removedAsAbandoned() {
    return Text::tr("Another client removed this import's rows as abandoned (it wrote nothing "
                    "for %1 minutes); nothing was stored.")
        .arg(stagingSilenceLimitSeconds / 60);
}

QString leftForTheNextImport(const QString& why) {
    return Text::tr("(What it stored stays invisible to everyone and is removed by the next "
                    "import: %1)")
        .arg(why);
}

QString stagingOwner() {
    return QSysInfo::machineHostName() + u' ' + QString::number(QCoreApplication::applicationPid());
}

Status removeStagedBatch(QSqlDatabase db, qint64 batchSeq) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT staged_first_case, staged_last_case, model_version_id "
                                 "FROM import_batches WHERE seq = ? AND staging = 1"));
    query.addBindValue(batchSeq);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return success(); // published, or already removed
    const bool anyCases = !query.isNull(0);
    const qint64 first = query.value(0).toLongLong();
    const qint64 last = query.value(1).toLongLong();
    const QString modelVersion = query.value(2).toString();
    query.finish();
    for (qint64 from = first; anyCases && from <= last; from += casesRemovedPerTransaction) {
        const qint64 to = std::min(last, from + casesRemovedPerTransaction - 1);
        Transaction transaction(db);
        if (!transaction.begun())
            return Error{
                Text::tr("Cannot remove an abandoned import: %1").arg(transaction.beginError())};
        for (const QString& sql :
             {QStringLiteral("DELETE FROM case_sealed WHERE case_seq IN (SELECT seq FROM cases "
                             "WHERE seq BETWEEN ? AND ? AND batch_seq = ?)"),
              QStringLiteral("DELETE FROM cases WHERE seq BETWEEN ? AND ? AND batch_seq = ?")}) {
            query.prepare(sql);
            query.addBindValue(from);
            query.addBindValue(to);
            query.addBindValue(batchSeq);
            if (!query.exec())
                return failure(query);
        }
        if (Status done = transaction.commit(); !done)
            return done;
    }
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{
            Text::tr("Cannot remove an abandoned import: %1").arg(transaction.beginError())};
    query.prepare(QStringLiteral("DELETE FROM import_batches WHERE seq = ? AND staging = 1"));
    query.addBindValue(batchSeq);
    if (!query.exec())
        return failure(query);
    // A model version first named by this import goes with it.
    query.prepare(QStringLiteral("DELETE FROM model_versions WHERE id = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM import_batches WHERE model_version_id = ?)"));
    query.addBindValue(modelVersion);
    query.addBindValue(modelVersion);
    if (!query.exec())
        return failure(query);
    return transaction.commit();
}

Status removeStagedLog(QSqlDatabase db, qint64 logSeq) {
    QSqlQuery query(db);
    for (;;) {
        Transaction transaction(db);
        if (!transaction.begun())
            return Error{
                Text::tr("Cannot remove an abandoned import: %1").arg(transaction.beginError())};
        query.prepare(
            QStringLiteral(
                "DELETE FROM review_facts WHERE seq IN (SELECT seq FROM review_facts WHERE log_seq "
                "= "
                "? AND log_seq IN (SELECT seq FROM review_logs WHERE staging = 1) LIMIT %1)")
                .arg(casesRemovedPerTransaction));
        query.addBindValue(logSeq);
        if (!query.exec())
            return failure(query);
        const int removed = query.numRowsAffected();
        if (removed == 0) {
            query.prepare(QStringLiteral("DELETE FROM review_logs WHERE seq = ? AND staging = 1"));
            query.addBindValue(logSeq);
            if (!query.exec())
                return failure(query);
        }
        if (Status done = transaction.commit(); !done)
            return done;
        if (removed == 0)
            return success();
    }
}

Result<int> removeAbandonedImports(QSqlDatabase db, const QDateTime& now) {
    int removedImports = 0;
    for (const bool logs : {false, true}) {
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("SELECT seq, staged_by, staging_heartbeat FROM %1 "
                               "WHERE staging = 1")
                    .arg(logs ? QStringLiteral("review_logs") : QStringLiteral("import_batches"))))
            return failure(query);
        QList<qint64> dead;
        while (query.next())
            if (importIsDead(query.value(1).toString(), query.value(2).toString(), now))
                dead << query.value(0).toLongLong();
        query.finish();
        for (qint64 seq : std::as_const(dead)) {
            if (Status removed = logs ? removeStagedLog(db, seq) : removeStagedBatch(db, seq);
                !removed)
                return removed.error();
        }
        removedImports += static_cast<int>(dead.size());
    }
    return removedImports;
}

} // namespace oversight
