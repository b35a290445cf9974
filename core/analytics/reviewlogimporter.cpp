#include "analytics/reviewlogimporter.h"

#include "accounts/permissions.h"
#include "analytics/analyticszone.h"
#include "analytics/counts.h"
#include "analytics/factrecorder.h"
#include "analytics/timestamps.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "audit/contentdigest.h"
#include "audit/importevents.h"
#include "common/ids.h"
#include "intake/columnmap.h"
#include "intake/csvreader.h"
#include "intake/importer.h"
#include "intake/stagedbatches.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "workload/workposition.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace oversight {

namespace {

// Facts stored per transaction: a few milliseconds of the write lock each.
constexpr std::size_t factsPerTransaction = 2000;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewLogImporter)
};

struct Columns {
    int reviewer = -1;
    int time = -1;
    int caseRef = -1;
    int final = -1;
    int ai = -1;
    int initial = -1;
    int initialConfidence = -1;
    int aiConfidence = -1;
    int truth = -1;
    int queue = -1;
};

QString fieldText(const Record& record, int column) {
    return column < 0 || column >= record.fieldCount()
               ? QString()
               : QString::fromUtf8(record.field(column)).trimmed();
}

} // namespace

ReviewLogReport ReviewLogImporter::run(const Session& actor, const ReviewLogOptions& options,
                                       const ImportProgress& progress) {
    ReviewLogReport report;
    // The chunk being stored, and the log once staged: a failure rolls the one
    // back and removes the other (intake/stagedbatches.h).
    std::optional<Transaction> transaction;
    qint64 stagedLog = 0;
    auto fail = [&](const QString& message) {
        report.error = message;
        report.logId.clear();
        transaction.reset();
        if (stagedLog != 0) {
            if (Status removed = removeStagedLog(m_db, stagedLog); !removed)
                report.error += u' ' + leftForTheNextImport(removed.error().message);
        }
        return report;
    };
    auto begin = [&]() {
        transaction.emplace(m_db);
        return transaction->begun();
    };
    auto stillStaging = [&](qint64 logSeq) -> QString {
        const Status staging = keepStaging(m_db, StagedImport::ReviewLog, logSeq);
        return staging ? QString() : staging.error().message;
    };
    if (Status allowed = require(actor, Permission::ImportDecisions); !allowed)
        return fail(allowed.error().message);

    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot open %1: %2").arg(options.filePath, file.errorString()));
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return fail(Text::tr("Cannot read %1: %2").arg(options.filePath, file.errorString()));
        report.sha256 = QString::fromLatin1(hash.result().toHex());
        file.seek(0);
    }

    CsvReader reader(&file);
    QList<QString> fileColumns;
    QString headerError;
    if (!reader.readHeader(fileColumns, headerError))
        return fail(Text::tr("%1: %2").arg(options.filePath, headerError));
    const Header header = Header::fromFileColumns(fileColumns);
    Columns columns;
    QStringList missing;
    // Optional columns are named only when the user asks for them: each named one must exist.
    auto locate = [&](const QString& name, int& index) {
        if (name.isEmpty())
            return;
        index = header.indexOf(name);
        if (index < 0)
            missing << name;
    };
    locate(options.reviewerColumn, columns.reviewer);
    locate(options.timeColumn, columns.time);
    locate(options.caseColumn, columns.caseRef);
    locate(options.finalColumn, columns.final);
    locate(options.aiColumn, columns.ai);
    locate(options.initialColumn, columns.initial);
    locate(options.initialConfidenceColumn, columns.initialConfidence);
    locate(options.aiConfidenceColumn, columns.aiConfidence);
    locate(options.truthColumn, columns.truth);
    locate(options.queueColumn, columns.queue);
    QList<int> groupColumns;
    for (const QString& name : options.groups.columns) {
        int index = -1;
        locate(name, index);
        groupColumns << index;
    }
    for (const auto& [name, cuts] : options.groups.bands) {
        if (!options.groups.columns.contains(name))
            return fail(Text::tr("%1: --group-bands names column '%2', which --group-columns does "
                                 "not name")
                            .arg(options.filePath, name));
    }
    if (!missing.isEmpty())
        return fail(Text::tr("%1: no column named %2 (the file has: %3)")
                        .arg(options.filePath, missing.join(QStringLiteral(", ")),
                             header.names.join(QStringLiteral(", "))));

    const Result<QTimeZone> analyticsTimeZone = fixAnalyticsZone(m_db);
    if (!analyticsTimeZone)
        return fail(analyticsTimeZone.error().message);
    if (!begin())
        return fail(Text::tr("The database is busy: %1").arg(transaction->beginError()));
    QSqlQuery query(m_db);
    // Returns an error message when a published log has this file's hash.
    auto earlierImport = [&]() -> QString {
        if (options.force)
            return {};
        query.prepare(QStringLiteral(
            "SELECT imported_at FROM review_logs WHERE source_sha256 = ? AND staging = 0"));
        query.addBindValue(report.sha256);
        if (query.exec() && query.next())
            return Text::tr("%1 was already imported on %2; use --force to import it again.")
                .arg(options.filePath, query.value(0).toString());
        return {};
    };
    if (const QString duplicate = earlierImport(); !duplicate.isEmpty())
        return fail(duplicate);
    const QString logId = newId();
    query.prepare(QStringLiteral(
        "INSERT INTO review_logs (id, source_name, source_sha256, time_zone, imported_by, "
        "imported_at, group_columns, group_bands, positive_label, staging, staged_by, "
        "staging_heartbeat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING seq"));
    query.addBindValue(logId);
    query.addBindValue(QFileInfo(options.filePath).fileName());
    query.addBindValue(report.sha256);
    query.addBindValue(QString::fromUtf8(options.zone.id()));
    query.addBindValue(actor.userId);
    query.addBindValue(utcNow());
    query.addBindValue(QString::fromUtf8(groupColumnsJson(options.groups.columns)));
    query.addBindValue(QString::fromUtf8(groupBandsJson(options.groups.bands)));
    query.addBindValue(options.groups.positiveLabel.isEmpty() ? QVariant()
                                                              : options.groups.positiveLabel);
    query.addBindValue(stagingOwner());
    query.addBindValue(utcNow());
    if (!query.exec() || !query.next())
        return fail(Text::tr("Cannot record the log: %1").arg(query.lastError().text()));
    const qint64 logSeq = query.value(0).toLongLong();
    query.finish(); // SQLite keeps a RETURNING statement open until it is finished
    if (Status staged = transaction->commit(); !staged)
        return fail(staged.error().message);
    transaction.reset();
    stagedLog = logSeq;

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO review_facts (log_seq, reviewer, finalized_at, slot, local_day, local_hour, "
        "queue, model, case_ref, initial, initial_confidence, model_label, final, truth, "
        "day_ordinal, break_ordinal, groups, positive_label) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant null{QMetaType(QMetaType::QString)};
    GroupAssigner groupAssigner(options.groups.columns, options.groups.bands);
    QByteArray groupsJson;
    QList<QByteArrayView> groupCells;
    const QVariant positiveLabel =
        options.groups.positiveLabel.isEmpty() ? null : QVariant(options.groups.positiveLabel);
    // Logs usually come in time order: then each reviewer's position in the day and
    // since a break follows from their previous row, in this one pass. Otherwise a
    // second pass over the stored rows, in time order, sets them.
    QHash<QString, PreviousWork> lastOf;
    bool inTimeOrder = true;
    // Rows are checked outside any transaction and stored a chunk at a time, so
    // the write lock is held only while a chunk is written.
    using FactValues = std::array<QVariant, 18>;
    std::vector<FactValues> chunk;
    chunk.reserve(factsPerTransaction);
    auto storeChunk = [&]() -> QString {
        if (!begin())
            return Text::tr("The database is busy: %1").arg(transaction->beginError());
        if (const QString lost = stillStaging(logSeq); !lost.isEmpty())
            return lost;
        for (const FactValues& values : chunk) {
            for (const QVariant& value : values)
                insert.addBindValue(value);
            if (!insert.exec())
                return Text::tr("Cannot store the review of %1: %2")
                    .arg(values[8].toString(), insert.lastError().text());
        }
        if (Status committed = transaction->commit(); !committed)
            return committed.error().message;
        transaction.reset();
        chunk.clear();
        return {};
    };
    Record record;
    while (reader.next(record)) {
        ++report.rows;
        QList<Reject> problems;
        if (!record.problem().isEmpty())
            problems << Reject{record.row,
                               record.problemColumn() >= 0
                                   ? header.names.value(record.problemColumn())
                                   : QString(),
                               record.problem()};
        auto required = [&](int column) {
            const QString value = fieldText(record, column);
            if (value.isEmpty())
                problems << Reject{record.row, header.names[column],
                                   /*: Why a row was rejected: a required field has no value. */
                                   Text::tr("empty")};
            return value;
        };
        const QString reviewer = required(columns.reviewer);
        const QString timeText = required(columns.time);
        const QString caseRef = required(columns.caseRef);
        const QString final = required(columns.final);
        const QString ai = required(columns.ai);
        std::optional<QDateTime> time;
        if (!timeText.isEmpty()) {
            time = parseTimestamp(timeText, options.zone);
            if (!time)
                problems << Reject{record.row, header.names[columns.time],
                                   Text::tr("'%1' is not an ISO 8601 date and time (or does not "
                                            "exist in %2)")
                                       .arg(timeText, QString::fromUtf8(options.zone.id()))};
        }
        if (columns.aiConfidence >= 0) {
            const QString confidence = fieldText(record, columns.aiConfidence);
            const std::optional<double> value = parseFiniteNumber(confidence.toUtf8());
            if (!confidence.isEmpty() && (!value || *value < 0 || *value > 1))
                problems << Reject{record.row, header.names[columns.aiConfidence],
                                   Text::tr("'%1' is not a number from 0 to 1").arg(confidence)};
        }
        std::optional<int> stated;
        if (columns.initialConfidence >= 0) {
            const QString text = fieldText(record, columns.initialConfidence);
            bool number = false;
            const int value = text.toInt(&number);
            if (!text.isEmpty() && (!number || value < 0 || value > 100))
                problems << Reject{record.row, header.names[columns.initialConfidence],
                                   Text::tr("'%1' is not a whole number from 0 to 100").arg(text)};
            else if (!text.isEmpty())
                stated = value;
        }
        QString queue =
            columns.queue >= 0 ? fieldText(record, columns.queue) : QStringLiteral("review");
        if (queue.isEmpty())
            queue = QStringLiteral("review");
        if (!groupColumns.isEmpty()) {
            groupCells.clear();
            for (int index : std::as_const(groupColumns))
                groupCells << record.field(index);
            QString field;
            QString problem;
            if (!groupAssigner.assign(groupCells, groupsJson, field, problem))
                problems << Reject{record.row, field, problem};
            else if (const QString tooMany = groupAssigner.tooManyGroups(); !tooMany.isEmpty())
                return fail(Text::tr("%1: %2. Nothing was stored.").arg(options.filePath, tooMany));
        }
        if (!problems.isEmpty()) {
            ++report.rejected;
            for (const Reject& reject : std::as_const(problems))
                if (report.rejects.size() < maxListedRejects)
                    report.rejects << reject;
            continue;
        }
        const QString initial = fieldText(record, columns.initial);
        const QString truth = fieldText(record, columns.truth);
        WorkPosition position;
        if (inTimeOrder) {
            const auto previous = lastOf.constFind(reviewer);
            if (previous != lastOf.cend() && *time < previous->finalizedAt) {
                inTimeOrder = false;
            } else {
                position = nextWorkPosition(previous == lastOf.cend()
                                                ? std::nullopt
                                                : std::optional<PreviousWork>(*previous),
                                            *time, *time, options.zone);
                lastOf.insert(reviewer, PreviousWork{*time, position});
            }
        }
        const LocalSlot local = localSlot(*time, analyticsTimeZone.value());
        chunk.push_back(FactValues{
            logSeq, reviewer, time->toString(Qt::ISODateWithMs),
            time->toSecsSinceEpoch() / slotSeconds, local.day, local.hour, queue, options.model,
            caseRef, initial.isEmpty() ? null : QVariant(initial),
            stated ? QVariant(*stated) : QVariant(QMetaType(QMetaType::Int)), ai, final,
            truth.isEmpty() ? null : QVariant(truth), position.dayOrdinal, position.breakOrdinal,
            groupColumns.isEmpty() ? null : QVariant(QString::fromUtf8(groupsJson)),
            positiveLabel});
        ++report.accepted;
        if (chunk.size() == factsPerTransaction) {
            if (const QString failed = storeChunk(); !failed.isEmpty())
                return fail(failed);
            if (progress && !progress(reader.bytesRead(), file.size()))
                return fail(Text::tr("The import was cancelled; nothing was stored."));
        }
    }
    if (!chunk.empty()) {
        if (const QString failed = storeChunk(); !failed.isEmpty())
            return fail(failed);
    }
    if (file.error() != QFileDevice::NoError)
        return fail(Text::tr("Reading %1 failed: %2").arg(options.filePath, file.errorString()));
    if (options.strict && report.rejected > 0)
        return fail(
            Text::tr("%1: %2 of %3 rows were rejected and --strict is set; nothing was stored.")
                .arg(options.filePath)
                .arg(report.rejected)
                .arg(report.rows));

    // Each reviewer's position in the day and since a break, from the times alone
    // (a log has no claim times: the gap is between two decisions).
    if (!inTimeOrder) {
        streamRows(query);
        query.prepare(QStringLiteral("SELECT seq, reviewer, finalized_at FROM review_facts WHERE "
                                     "log_seq = ? ORDER BY reviewer, finalized_at, seq"));
        query.addBindValue(logSeq);
        if (!query.exec())
            return fail(Text::tr("Cannot order the reviews: %1").arg(query.lastError().text()));
        // Read whole first (no lock held), then written a chunk at a time.
        struct Ordinals {
            qint64 seq;
            int day;
            int sinceBreak;
        };
        std::vector<Ordinals> ordinals;
        QString currentReviewer;
        std::optional<PreviousWork> previous;
        while (query.next()) {
            const QString reviewer = query.value(1).toString();
            if (reviewer != currentReviewer) {
                currentReviewer = reviewer;
                previous.reset();
            }
            const QDateTime at =
                QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
            const WorkPosition position = nextWorkPosition(previous, at, at, options.zone);
            previous = PreviousWork{at, position};
            ordinals.push_back(
                {query.value(0).toLongLong(), position.dayOrdinal, position.breakOrdinal});
        }
        query.finish();
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral(
            "UPDATE review_facts SET day_ordinal = ?, break_ordinal = ? WHERE seq = ?"));
        for (std::size_t from = 0; from < ordinals.size(); from += factsPerTransaction) {
            if (!begin())
                return fail(Text::tr("The database is busy: %1").arg(transaction->beginError()));
            if (const QString lost = stillStaging(logSeq); !lost.isEmpty())
                return fail(lost);
            const std::size_t to = std::min(ordinals.size(), from + factsPerTransaction);
            for (std::size_t i = from; i < to; ++i) {
                update.addBindValue(ordinals[i].day);
                update.addBindValue(ordinals[i].sinceBreak);
                update.addBindValue(ordinals[i].seq);
                if (!update.exec())
                    return fail(
                        Text::tr("Cannot store the ordinals: %1").arg(update.lastError().text()));
            }
            if (Status committed = transaction->commit(); !committed)
                return fail(committed.error().message);
            transaction.reset();
        }
    }
    // The rollup rows and the digest are computed from the staged facts while no
    // lock is held; publishing then adds them in one short transaction.
    if (Status rolled = stageRollUp(m_db, QStringLiteral("log_seq = ?"), logSeq); !rolled)
        return fail(rolled.error().message);
    const Result<QString> digest = reviewLogContentDigest(m_db, logSeq);
    if (!digest)
        return fail(digest.error().message);
    if (!begin())
        return fail(Text::tr("The database is busy: %1").arg(transaction->beginError()));
    // Another import of the same file may have been published meanwhile.
    if (const QString duplicate = earlierImport(); !duplicate.isEmpty())
        return fail(duplicate);
    query.prepare(QStringLiteral(
        "UPDATE review_logs SET rows_total = ?, rows_accepted = ?, rows_rejected = ?, "
        "imported_at = ?, staging = 0, staged_by = NULL, staging_heartbeat = NULL "
        "WHERE seq = ? AND staging = 1"));
    query.addBindValue(report.rows);
    query.addBindValue(report.accepted);
    query.addBindValue(report.rejected);
    query.addBindValue(utcNow());
    query.addBindValue(logSeq);
    if (!query.exec())
        return fail(Text::tr("Cannot record the log: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return fail(removedAsAbandoned());
    if (Status rolled = publishStagedRollUp(m_db); !rolled)
        return fail(rolled.error().message);
    QJsonObject details =
        reviewLogImportedDetails({QFileInfo(options.filePath).fileName(), report.sha256,
                                  report.rows, report.accepted, report.rejected, digest.value()},
                                 QString::fromUtf8(options.zone.id()));
    addGroupDetails(details, options.groups);
    if (Status recorded = appendAuditEvent(
            m_db, {actor.login, AuditAction::reviewLogImported, logId, details}, utcNow());
        !recorded)
        return fail(recorded.error().message);
    if (Status committed = transaction->commit(); !committed)
        return fail(committed.error().message);
    transaction.reset();
    stagedLog = 0;
    report.logId = logId;
    return report;
}

} // namespace oversight
