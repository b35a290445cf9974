#include "analytics/reviewlogimporter.h"

#include "accounts/permissions.h"
#include "analytics/analyticszone.h"
#include "analytics/counts.h"
#include "analytics/factrecorder.h"
#include "analytics/finestgrainstage.h"
#include "analytics/reviewlogrows.h"
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
#include "storage/bulkinsert.h"
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
#include <future>
#include <optional>
#include <vector>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewLogImporter)
};

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
    ReviewLogColumns columns;
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
    for (const QString& name : options.groups.columns) {
        int index = -1;
        locate(name, index);
        columns.groups << index;
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
    std::optional<UnsyncedStagingCommits> unsynced(m_db);

    const QStringList factColumns{QStringLiteral("log_seq"),
                                  QStringLiteral("reviewer"),
                                  QStringLiteral("finalized_at"),
                                  QStringLiteral("slot"),
                                  QStringLiteral("local_day"),
                                  QStringLiteral("local_hour"),
                                  QStringLiteral("queue"),
                                  QStringLiteral("model"),
                                  QStringLiteral("case_ref"),
                                  QStringLiteral("initial"),
                                  QStringLiteral("initial_confidence"),
                                  QStringLiteral("model_label"),
                                  QStringLiteral("final"),
                                  QStringLiteral("truth"),
                                  QStringLiteral("day_ordinal"),
                                  QStringLiteral("break_ordinal"),
                                  QStringLiteral("groups"),
                                  QStringLiteral("positive_label")};
    const Result<std::unique_ptr<BulkInsert>> insert =
        BulkInsert::create(m_db, QStringLiteral("review_facts"), factColumns);
    if (!insert)
        return fail(insert.error().message);
    // On SQLite the finest-grain rollup rows are summed on the reading thread as
    // the chunks come (analytics/finestgrainstage.h), while a log stays in time
    // order; otherwise its ordinals are set afterwards and the rows read back.
    std::unique_ptr<FinestGrainStage> finestGrain;
    if (engineOf(m_db) == Engine::Sqlite) {
        Result<std::unique_ptr<FinestGrainStage>> created =
            FinestGrainStage::create(m_db, factColumns);
        if (!created)
            return fail(created.error().message);
        finestGrain = std::move(created).value();
    }
    const QByteArray model = options.model.toUtf8();
    const QByteArray positiveLabel = options.groups.positiveLabel.toUtf8();
    const bool withGroups = !options.groups.columns.isEmpty();
    // The digest of the facts as stored (reviewLogContentDigest's columns, in its
    // order), taken as they are read while the log comes in time order;
    // otherwise the ordinals change afterwards and it is read back from them.
    ContentDigest digest;
    // A fact's values in factColumns' order.
    auto writeFact = [&](BulkInsert& row, const StagedFactChunk& chunk, const StagedFact& fact) {
        auto text = [&](StagedFact::TextField field) {
            const QByteArrayView value = chunk.text(fact, field);
            if (value.isNull())
                row.null();
            else
                row.text(value);
        };
        row.integer(logSeq);
        text(StagedFact::Reviewer);
        text(StagedFact::FinalizedAt);
        row.integer(fact.slot);
        text(StagedFact::LocalDay);
        row.integer(fact.localHour);
        text(StagedFact::Queue);
        row.text(model);
        text(StagedFact::CaseRef);
        text(StagedFact::Initial);
        if (fact.statedConfidence < 0)
            row.null();
        else
            row.integer(fact.statedConfidence);
        text(StagedFact::ModelLabel);
        text(StagedFact::Final);
        text(StagedFact::Truth);
        row.integer(fact.position.dayOrdinal);
        row.integer(fact.position.breakOrdinal);
        text(StagedFact::Groups);
        if (positiveLabel.isEmpty())
            row.null();
        else
            row.text(positiveLabel);
        return row.endRow();
    };
    auto digestFact = [&](const StagedFactChunk& chunk, const StagedFact& fact) {
        auto add = [&](QByteArrayView value) {
            if (value.isNull())
                digest.addNull();
            else
                digest.addText(value);
        };
        add(chunk.text(fact, StagedFact::Reviewer));
        add(chunk.text(fact, StagedFact::FinalizedAt));
        digest.addInteger(fact.slot);
        add(chunk.text(fact, StagedFact::LocalDay));
        digest.addInteger(fact.localHour);
        add(chunk.text(fact, StagedFact::Queue));
        digest.addText(model);
        add(chunk.text(fact, StagedFact::CaseRef));
        add(chunk.text(fact, StagedFact::Initial));
        if (fact.statedConfidence < 0)
            digest.addNull();
        else
            digest.addInteger(fact.statedConfidence);
        add(chunk.text(fact, StagedFact::ModelLabel));
        add(chunk.text(fact, StagedFact::Final));
        add(chunk.text(fact, StagedFact::Truth));
        digest.addNull(); // blind_ms: a log has no claim times
        digest.addNull(); // decide_ms
        digest.addInteger(fact.position.dayOrdinal);
        digest.addInteger(fact.position.breakOrdinal);
        if (withGroups) {
            add(chunk.text(fact, StagedFact::Groups));
            add(positiveLabel.isEmpty() ? QByteArrayView() : QByteArrayView(positiveLabel));
        }
        digest.endRow();
    };
    auto storeChunk = [&](const StagedFactChunk& chunk) -> QString {
        if (!begin())
            return Text::tr("The database is busy: %1").arg(transaction->beginError());
        if (const QString lost = stillStaging(logSeq); !lost.isEmpty())
            return lost;
        for (const StagedFact& fact : chunk.facts()) {
            if (const Status stored = writeFact(*insert.value(), chunk, fact); !stored)
                return Text::tr("Cannot store the review of %1: %2")
                    .arg(QString::fromUtf8(chunk.text(fact, StagedFact::CaseRef)),
                         stored.error().message);
        }
        if (const Status stored = insert.value()->flush(); !stored)
            return Text::tr("Cannot store the reviews: %1").arg(stored.error().message);
        if (Status committed = transaction->commit(); !committed)
            return committed.error().message;
        transaction.reset();
        return {};
    };
    // Rows are read and checked outside any transaction, on a second thread while
    // this one stores the chunk before, so the write lock is held only while a
    // chunk is written and both cores work.
    ReviewLogRows rows(options, header, columns, analyticsTimeZone.value());
    std::array<StagedFactChunk, 2> chunks;
    std::size_t current = 0;
    QString readError;
    auto fill = [&](StagedFactChunk& chunk) {
        const ReviewLogRows::Outcome outcome =
            rows.fill(reader, chunk, reviewFactsPerTransaction, report, readError);
        // While the log stays in time order its facts are final as read: their
        // digest and rollup sums are taken here, off the storing thread.
        if (outcome == ReviewLogRows::Outcome::Failed || !rows.inTimeOrder())
            return outcome;
        for (const StagedFact& fact : chunk.facts()) {
            digestFact(chunk, fact);
            if (!finestGrain)
                continue;
            if (Status summed = writeFact(finestGrain->facts(), chunk, fact); !summed) {
                readError = summed.error().message;
                return ReviewLogRows::Outcome::Failed;
            }
        }
        if (!finestGrain)
            return outcome;
        if (Status summed = finestGrain->endChunk(); !summed) {
            readError = summed.error().message;
            return ReviewLogRows::Outcome::Failed;
        }
        if (finestGrain->bytes() > finestGrainStageBytes)
            finestGrain.reset();
        return outcome;
    };
    ReviewLogRows::Outcome outcome = fill(chunks[current]);
    for (;;) {
        if (outcome == ReviewLogRows::Outcome::Failed)
            return fail(readError);
        const bool more = outcome == ReviewLogRows::Outcome::ChunkFull;
        std::future<ReviewLogRows::Outcome> next;
        if (more)
            next = std::async(std::launch::async, fill, std::ref(chunks[1 - current]));
        const QString failed = chunks[current].empty() ? QString() : storeChunk(chunks[current]);
        if (more)
            outcome = next.get();
        if (!failed.isEmpty())
            return fail(failed);
        if (!more)
            break;
        if (progress && !progress(reader.bytesRead(), file.size()))
            return fail(Text::tr("The import was cancelled; nothing was stored."));
        current = 1 - current;
    }
    if (file.error() != QFileDevice::NoError)
        return fail(Text::tr("Reading %1 failed: %2").arg(options.filePath, file.errorString()));
    // The whole file is read: the last chance to cancel before the rollups and publishing.
    if (progress && !progress(file.size(), file.size()))
        return fail(Text::tr("The import was cancelled; nothing was stored."));
    if (options.strict && report.rejected > 0)
        return fail(
            Text::tr("%1: %2 of %3 rows were rejected and --strict is set; nothing was stored.")
                .arg(options.filePath)
                .arg(report.rejected)
                .arg(report.rows));

    // Each reviewer's position in the day and since a break, from the times alone
    // (a log has no claim times: the gap is between two decisions).
    if (!rows.inTimeOrder()) {
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
        for (std::size_t from = 0; from < ordinals.size(); from += reviewFactsPerTransaction) {
            if (!begin())
                return fail(Text::tr("The database is busy: %1").arg(transaction->beginError()));
            if (const QString lost = stillStaging(logSeq); !lost.isEmpty())
                return fail(lost);
            const std::size_t to = std::min(ordinals.size(), from + reviewFactsPerTransaction);
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
    StagedFactsKnown known;
    known.withGroups = withGroups;
    if (rows.inTimeOrder())
        known.finestGrain = finestGrain.get();
    if (Status rolled = stageRollUp(m_db, QStringLiteral("log_seq = ?"), logSeq, known); !rolled)
        return fail(rolled.error().message);
    const Result<QString> contentDigest = rows.inTimeOrder() ? Result<QString>(digest.finish())
                                                             : reviewLogContentDigest(m_db, logSeq);
    if (!contentDigest)
        return fail(contentDigest.error().message);
    unsynced.reset(); // publishing waits for the disk, and so every chunk before it
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
    QJsonObject details = reviewLogImportedDetails({QFileInfo(options.filePath).fileName(),
                                                    report.sha256, report.rows, report.accepted,
                                                    report.rejected, contentDigest.value()},
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
