#include "handoff/decisionexport.h"

#include "accounts/permissions.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "handoff/exportwriter.h"
#include "storage/database.h"
#include "storage/rowstream.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DecisionExport)
};

Error readFailure(const QString& reason) {
    return Error{Text::tr("Cannot read the decisions to export: %1").arg(reason)};
}

constexpr qint64 progressEveryRecords = 10000;

// The first record that may hold a cursor after `since`: a batch's record holds
// a range of cursors, so it is the last record starting at or before `since`.
Result<qint64> firstRecordToRead(QSqlDatabase db, qint64 since) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT cursor FROM decision_records WHERE cursor <= ? ORDER BY cursor DESC LIMIT 1"));
    query.addBindValue(since);
    if (!query.exec())
        return readFailure(query.lastError().text());
    return query.next() ? query.value(0).toLongLong() : since + 1;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString& name) {
    const QString lower = name.toLower();
    if (lower == u"jsonl")
        return ExportFormat::Jsonl;
    if (lower == u"csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format) {
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

Result<ExportSummary> writeDecisions(QSqlDatabase db, const Session& actor,
                                     const ExportRequest& request, QIODevice& out,
                                     const ExportProgress& progress) {
    if (Status allowed = require(actor, Permission::ExportDecisions); !allowed)
        return allowed.error();
    if (request.since < 0)
        return Error{Text::tr("A cursor is 0 or more, not %1.").arg(request.since)};
    if (request.limit && *request.limit < 1)
        return Error{Text::tr("The limit is 1 record or more, not %1.").arg(*request.limit)};

    ReadSnapshot snapshot(db);
    if (!snapshot.begun())
        return readFailure(snapshot.beginError());
    const Result<qint64> start = firstRecordToRead(db, request.since);
    if (!start)
        return start.error();
    Result<std::unique_ptr<RowStream>> changes = RowStream::open(
        db,
        QStringLiteral(
            "SELECT d.cursor, d.slots, d.decided_by, d.first_case_seq, d.batch_seq, d.decision, "
            "d.reviewer, d.decided_at, d.supersedes, b.id, m.name, m.version, c.external_id "
            "FROM decision_records d JOIN import_batches b ON b.seq = d.batch_seq "
            "JOIN model_versions m ON m.id = b.model_version_id "
            "JOIN cases c ON c.seq = d.first_case_seq WHERE d.cursor >= ? ORDER BY d.cursor"),
        {start.value()});
    if (!changes)
        return readFailure(changes.error().message);

    ExportWriter writer(out, request.format);
    ExportSummary summary;
    summary.nextCursor = request.since;
    const qint64 limit = request.limit.value_or(std::numeric_limits<qint64>::max());
    auto handOn = [&](ExportRecord& record) -> Status {
        if (Status written = writer.write(record); !written)
            return written;
        if (!summary.firstCursor)
            summary.firstCursor = record.cursor;
        summary.nextCursor = record.cursor;
        ++summary.records;
        if (progress && summary.records % progressEveryRecords == 0 && !progress(summary.records))
            return Error{Text::tr("The export was cancelled.")};
        return success();
    };

    RowStream& change = *changes.value();
    ExportRecord record;
    while (summary.records < limit && change.next()) {
        const qint64 cursor = change.integer(0);
        const qint64 slots = change.integer(1);
        record.decidedBy = change.utf8(2).toByteArray();
        const qint64 firstCaseSeq = change.integer(3);
        record.decidedAt = change.utf8(7).toByteArray();
        record.batch = change.utf8(9).toByteArray();
        record.model = change.utf8(10).toByteArray();
        record.modelVersion = change.utf8(11).toByteArray();
        if (record.decidedBy != "model") {
            if (cursor <= request.since)
                continue;
            record.cursor = cursor;
            record.externalId = change.utf8(12).toByteArray();
            record.decision = change.utf8(5).toByteArray();
            record.reviewer =
                change.isNull(6) ? std::nullopt : std::optional(change.utf8(6).toByteArray());
            record.supersedes = change.isNull(8) ? std::nullopt : std::optional(change.integer(8));
            if (Status written = handOn(record); !written)
                return written.error();
            continue;
        }
        // A batch: the model's decisions of the cases no mandatory review waits for.
        const qint64 skipped = std::max<qint64>(0, request.since + 1 - cursor);
        if (skipped >= slots)
            continue;
        Result<std::unique_ptr<RowStream>> cases = RowStream::open(
            db,
            QStringLiteral("SELECT c.seq, c.external_id, s.model_label FROM cases c "
                           "JOIN case_sealed s ON s.case_seq = c.seq "
                           "WHERE c.seq >= ? AND c.seq <= ? AND c.batch_seq = ? "
                           "AND c.route <> 'review' ORDER BY c.seq"),
            {firstCaseSeq + skipped, firstCaseSeq + slots - 1, change.integer(4)});
        if (!cases)
            return readFailure(cases.error().message);
        record.reviewer.reset();
        record.supersedes.reset();
        RowStream& decided = *cases.value();
        while (summary.records < limit && decided.next()) {
            record.cursor = cursor + decided.integer(0) - firstCaseSeq;
            // resize(0) keeps the capacity: no allocation per record.
            record.externalId.resize(0);
            record.externalId.append(decided.utf8(1));
            record.decision.resize(0);
            record.decision.append(decided.utf8(2));
            if (Status written = handOn(record); !written)
                return written.error();
        }
        if (!decided.error().isEmpty())
            return readFailure(decided.error());
    }
    if (!change.error().isEmpty())
        return readFailure(change.error());
    const Result<QString> sha256 = writer.finish();
    if (!sha256)
        return sha256.error();
    summary.sha256 = sha256.value();
    return summary;
}

Status recordDecisionExport(QSqlDatabase db, const Session& actor, const ExportRequest& request,
                            const ExportSummary& summary, const QString& destination) {
    if (summary.records == 0)
        return success();
    const QJsonObject details{{QStringLiteral("format"), exportFormatName(request.format)},
                              {QStringLiteral("destination"), destination},
                              {QStringLiteral("since"), request.since},
                              {QStringLiteral("first_cursor"), summary.firstCursor.value_or(0)},
                              {QStringLiteral("last_cursor"), summary.nextCursor},
                              {QStringLiteral("records"), summary.records},
                              {QStringLiteral("sha256"), summary.sha256}};
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{transaction.beginError()};
    if (Status recorded = appendAuditEvent(
            db, {actor.login, AuditAction::decisionsExported, destination, details}, utcNow());
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<ExportSummary> exportDecisionsToFile(QSqlDatabase db, const Session& actor,
                                            const ExportRequest& request, const QString& path,
                                            const ExportProgress& progress) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("Cannot write %1: %2").arg(path, file.errorString())};
    Result<ExportSummary> summary = writeDecisions(db, actor, request, file, progress);
    if (!summary) {
        file.cancelWriting();
        return Error{Text::tr("%1 was not written: %2").arg(path, summary.error().message)};
    }
    if (!file.commit())
        return Error{Text::tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (Status recorded =
            recordDecisionExport(db, actor, request, summary.value(), QFileInfo(path).fileName());
        !recorded) {
        QFile::remove(path);
        return Error{Text::tr("The export could not be recorded, so %1 was removed: %2")
                         .arg(path, recorded.error().message)};
    }
    return summary;
}

} // namespace oversight
