#include "intake/importer.h"

#include "accounts/permissions.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "audit/contentdigest.h"
#include "audit/importevents.h"
#include "common/ids.h"
#include "common/jsontext.h"
#include "fairness/fairnessrollups.h"
#include "handoff/decisionrecords.h"
#include "intake/caserows.h"
#include "intake/csvreader.h"
#include "intake/jsonlreader.h"
#include "intake/rejectwriter.h"
#include "intake/stagedbatches.h"
#include "review/reviewpolicy.h"
#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <array>
#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// The columns and order of batchContentDigest.
void addToDigest(ContentDigest& digest, const ParsedRow& row, qint64 sourceRow,
                 const QByteArray& route, const RoutingDecision& decision,
                 const QByteArray& factsJson, const QByteArray& hiddenJson,
                 const QByteArray* groupsJson) {
    digest.addText(row.externalId);
    digest.addInteger(sourceRow);
    digest.addText(route);
    digest.addText(factsJson);
    digest.addText(row.label);
    digest.addReal(row.confidence);
    if (row.probabilitiesJson.isEmpty())
        digest.addNull();
    else
        digest.addText(row.probabilitiesJson);
    if (row.truth.isEmpty())
        digest.addNull();
    else
        digest.addText(row.truth);
    digest.addText(hiddenJson);
    digest.addText(QByteArrayView(decision.reason));
    // Only batches with protected attributes digest them, so that the digests of
    // batches stored before there were any still verify.
    if (groupsJson)
        digest.addText(*groupsJson);
    digest.endRow();
}

// Two events in the import's transaction: what was imported (the file, its
// counts and the digest of what was stored) and how it was routed (the policy
// and where the cases went).
Status recordImport(QSqlDatabase db, const Session& actor, const QString& batchId,
                    const ImportOptions& options, const ImportReport& report,
                    const QString& contentDigest, bool policyOverridden) {
    const QString at = utcNow();
    const ImportedFile file{QFileInfo(options.filePath).fileName(),
                            report.sha256,
                            report.rows,
                            report.accepted,
                            report.rejected,
                            contentDigest};
    QJsonObject imported = batchImportedDetails(file, options.modelName, options.modelVersion);
    addGroupDetails(imported, options.groups);
    if (options.knownAnswers)
        imported.insert(QStringLiteral("known_answers"), true);
    if (Status recorded =
            appendAuditEvent(db, {actor.login, AuditAction::batchImported, batchId, imported}, at);
        !recorded)
        return recorded;
    const QJsonObject routed =
        batchRoutedDetails(report.policy, policyOverridden,
                           {report.routedReview, report.routedAudit, report.routedAutomated});
    return appendAuditEvent(db, {actor.login, AuditAction::batchRouted, batchId, routed}, at);
}

constexpr qint64 binaryProbeBytes = 64 * 1024;

Result<InputFormat> detectFormat(const ImportOptions& options) {
    if (options.format != InputFormat::Detect)
        return options.format;
    const QString suffix = QFileInfo(options.filePath).suffix().toLower();
    if (suffix == u"csv")
        return InputFormat::Csv;
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return InputFormat::JsonLines;
    return Error{
        Text::tr("%1: cannot tell the format from the extension '.%2'; use --format csv or "
                 "--format jsonl.")
            .arg(options.filePath, suffix)};
}

// Refuses what is plainly not UTF-8 text before anything is parsed.
Status probeText(QFile& file) {
    const QByteArray head = file.peek(binaryProbeBytes);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return Error{Text::tr("%1 is UTF-16 text; save it as UTF-8.").arg(file.fileName())};
    if (head.contains('\0'))
        return Error{
            Text::tr("%1 is a binary file, not CSV or JSON Lines text.").arg(file.fileName())};
    return success();
}

Result<QByteArray> sha256OfFile(const QString& path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error{Text::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return hash.result().toHex();
}

QJsonArray toJsonArray(const QStringList& values) {
    QJsonArray array;
    for (const QString& value : values)
        array.append(value);
    return array;
}

QByteArray mappingJson(const ImportOptions& options, InputFormat format) {
    QJsonObject mapping{
        {QStringLiteral("format"),
         format == InputFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl")},
        {QStringLiteral("id_column"), options.idColumn},
        {QStringLiteral("label_column"), options.labelColumn},
        {QStringLiteral("confidence_column"), options.confidenceColumn},
        {QStringLiteral("truth_column"), options.truthColumn},
        {QStringLiteral("hidden"), toJsonArray(options.hiddenColumns)},
        {QStringLiteral("allowed_leaks"), toJsonArray(options.allowedLeakColumns)},
        {QStringLiteral("strict"), options.strict},
        {QStringLiteral("force"), options.force},
    };
    QJsonObject probabilities;
    for (const auto& [label, column] : options.probabilityColumns)
        probabilities.insert(label, column);
    mapping.insert(QStringLiteral("probability_columns"), probabilities);
    return QJsonDocument(mapping).toJson(QJsonDocument::Compact);
}

QByteArray namesJson(const Header& header, const QList<int>& columns) {
    QJsonArray array;
    for (int index : columns)
        array.append(header.names[index]);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// The statements one import runs for every row, prepared once.
struct RowStatements {
    std::unique_ptr<BulkStatement> insertCase;
    std::unique_ptr<BulkStatement> insertSealed;
    QString error;

    explicit RowStatements(const QSqlDatabase& db) {
        auto prepare = [&](const QString& sql,
                           const QString& keyColumn = {}) -> std::unique_ptr<BulkStatement> {
            Result<std::unique_ptr<BulkStatement>> statement =
                keyColumn.isEmpty() ? BulkStatement::prepare(db, sql)
                                    : BulkStatement::prepareInsert(db, sql, keyColumn);
            if (!statement) {
                error = statement.error().message;
                return nullptr;
            }
            return std::move(statement).value();
        };
        insertCase = prepare(
            QStringLiteral("INSERT INTO cases (id, external_id, batch_seq, source_row, facts, "
                           "route, queue, state) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (external_id) DO NOTHING"),
            QStringLiteral("seq"));
        insertSealed = prepare(QStringLiteral(
            "INSERT INTO case_sealed (case_seq, model_label, confidence, probabilities, truth, "
            "hidden, route_reason, groups) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
};

// Rows read and checked, waiting to be stored with their chunk: sized so that
// a chunk holds the write lock for a few tens of milliseconds.
constexpr std::size_t rowsPerStagingTransaction = 2000;

// One row of a chunk. The vectors and arrays are reused chunk after chunk, so
// staging allocates almost nothing per row.
struct StagedRow {
    Record record;
    ParsedRow row; // views into record
    bool valid = false;
    QList<Reject> rejects;
    RoutingDecision decision{Route::Automated, nullptr};
    QByteArray caseId;
    QByteArray factsJson;
    QByteArray hiddenJson;
    QByteArray groupsJson;
    qint64 caseSeq = 0;
};

bool beginTransaction(std::optional<Transaction>& transaction, const QSqlDatabase& db) {
    transaction.emplace(db);
    return transaction->begun();
}

void bindTextOrNull(BulkStatement& statement, int index, QByteArrayView value) {
    if (value.isEmpty())
        statement.bindNull(index);
    else
        statement.bindText(index, value);
}

// Where a duplicate id was first seen, for the reject message.
QString describeDuplicate(const QSqlDatabase& db, const QString& externalId,
                          const QString& batchId) {
    QSqlQuery existing(db);
    existing.prepare(
        QStringLiteral("SELECT b.id, c.source_row, b.source_name, b.staging FROM cases c "
                       "JOIN import_batches b ON b.seq = c.batch_seq WHERE c.external_id = ?"));
    existing.addBindValue(externalId);
    if (!existing.exec() || !existing.next())
        return {};
    if (existing.value(0).toString() == batchId)
        return Text::tr("it repeats the id of row %1 of this file")
            .arg(existing.value(1).toLongLong());
    if (existing.value(3).toInt() == 1)
        return Text::tr("another import is storing it now (row %1 of %2, batch %3)")
            .arg(existing.value(1).toLongLong())
            .arg(existing.value(2).toString(), existing.value(0).toString());
    return Text::tr("it is already in the database (row %1 of %2, batch %3)")
        .arg(existing.value(1).toLongLong())
        .arg(existing.value(2).toString(), existing.value(0).toString());
}

// The chosen fields as a JSON array of strings, into a buffer reused across rows.
void fieldsJson(QByteArray& json, const Record& record, const QList<int>& columns) {
    json.resize(0);
    json.append('[');
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            json.append(',');
        appendJsonString(json, record.field(columns[i]));
    }
    json.append(']');
}

} // namespace

ImportReport Importer::run(const Session& actor, const ImportOptions& options,
                           const ImportProgress& progress) {
    ImportReport report;
    // The chunk being stored, and the batch once staged: a failure rolls the one
    // back and removes the other, so nothing of a failed import stays behind.
    std::optional<Transaction> transaction;
    qint64 stagedBatch = 0;
    auto fail = [&](const QString& message) {
        report.error = message;
        report.batchId.clear();
        transaction.reset();
        if (stagedBatch != 0) {
            if (Status removed = removeStagedBatch(m_db, stagedBatch); !removed)
                report.error += u' ' + leftForTheNextImport(removed.error().message);
        }
        return report;
    };

    if (Status allowed = require(actor, Permission::ImportDecisions); !allowed)
        return fail(allowed.error().message);

    const Result<InputFormat> format = detectFormat(options);
    if (!format)
        return fail(format.error().message);
    if (options.knownAnswers && options.truthColumn.isEmpty())
        return fail(Text::tr("%1: a known-answer set needs the column with each case's correct "
                             "answer (the known outcome). Nothing was stored.")
                        .arg(options.filePath));

    QFile file(options.filePath);
    if (QFileInfo(options.filePath).isDir())
        return fail(Text::tr("%1 is a directory, not a file.").arg(options.filePath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot open %1: %2").arg(options.filePath, file.errorString()));
    if (Status text = probeText(file); !text)
        return fail(text.error().message);
    // The file's hash identifies the batch; it is computed on the other core while
    // this one imports, and checked against earlier batches as soon as it is known.
    std::future<Result<QByteArray>> hashing =
        std::async(std::launch::async, sha256OfFile, options.filePath);
    bool hashChecked = false;

    PolicyStore policies(m_db);
    const Result<RoutingPolicy> stored = policies.current();
    if (!stored)
        return fail(stored.error().message);
    RoutingPolicy policy = stored.value();
    policy.threshold = options.threshold.value_or(policy.threshold);
    policy.auditRate = options.auditRate.value_or(policy.auditRate);
    policy.seed = options.seed.value_or(policy.seed);
    if (Status valid = policy.validate(); !valid)
        return fail(valid.error().message);
    report.policy = policy;
    const bool policyOverridden = options.threshold || options.auditRate || options.seed;

    std::unique_ptr<RecordReader> reader;
    if (format.value() == InputFormat::Csv)
        reader = std::make_unique<CsvReader>(&file);
    else
        reader = std::make_unique<JsonlReader>(&file);
    QList<QString> fileColumns;
    QString headerError;
    if (!reader->readHeader(fileColumns, headerError))
        return fail(Text::tr("%1: %2").arg(options.filePath, headerError));
    const Header header = Header::fromFileColumns(fileColumns);
    report.notices << header.renamedNotices;
    const Result<ColumnMap> mapped = mapColumns(header, options);
    if (!mapped)
        return fail(Text::tr("%1: %2").arg(options.filePath, mapped.error().message));
    const ColumnMap& map = mapped.value();

    RejectWriter rejectWriter(options.rejectsPath, header.names);
    if (!rejectWriter.open())
        return fail(rejectWriter.error());

    const BulkWriteSettings bulkWrite(m_db);
    // What dead imports left staged goes first, so that their case ids do not
    // pass for duplicates of this file's.
    if (const Result<int> removed = removeAbandonedImports(m_db); !removed)
        return fail(removed.error().message);
    if (!beginTransaction(transaction, m_db))
        return fail(
            Text::tr("The database is busy or read-only: %1").arg(transaction->beginError()));

    QSqlQuery query(m_db);
    // Returns an error message when a published batch has this file's hash (and
    // the import is not forced).
    auto earlierImport = [&]() -> QString {
        if (options.force)
            return {};
        QSqlQuery earlier(m_db);
        earlier.prepare(QStringLiteral("SELECT id, source_name, imported_at FROM import_batches "
                                       "WHERE source_sha256 = ? AND staging = 0 "
                                       "ORDER BY imported_at LIMIT 1"));
        earlier.addBindValue(report.sha256);
        if (earlier.exec() && earlier.next())
            return Text::tr("%1 was already imported as batch %2 (from %3 at %4); use --force to "
                            "import it again (cases already present are never duplicated).")
                .arg(options.filePath, earlier.value(0).toString(), earlier.value(1).toString(),
                     earlier.value(2).toString());
        return {};
    };

    // Returns an error message when the file was imported before (and not forced).
    auto checkHash = [&]() -> QString {
        hashChecked = true;
        const Result<QByteArray> sha256 = hashing.get();
        if (!sha256)
            return sha256.error().message;
        report.sha256 = QString::fromLatin1(sha256.value());
        return earlierImport();
    };

    // The review policy the batch's cases are handed out under.
    const Result<QList<QueueReviewPolicy>> reviewPolicies = ReviewPolicyStore(m_db).list();
    if (!reviewPolicies)
        return fail(reviewPolicies.error().message);

    // The model version: reuse its row or create it.
    query.prepare(QStringLiteral("SELECT id FROM model_versions WHERE name = ? AND version = ?"));
    query.addBindValue(options.modelName);
    query.addBindValue(options.modelVersion);
    QString modelVersionId;
    if (query.exec() && query.next()) {
        modelVersionId = query.value(0).toString();
    } else {
        modelVersionId = newId();
        query.prepare(QStringLiteral(
            "INSERT INTO model_versions (id, name, version, created_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(modelVersionId);
        query.addBindValue(options.modelName);
        query.addBindValue(options.modelVersion);
        query.addBindValue(utcNow());
        if (!query.exec())
            return fail(
                Text::tr("Cannot record the model version: %1").arg(query.lastError().text()));
    }

    const QString batchId = newId();
    query.prepare(QStringLiteral(
        "INSERT INTO import_batches (id, source_name, source_sha256, format, model_version_id, "
        "threshold, audit_rate, seed, policy_overridden, fact_columns, hidden_columns, mapping, "
        "imported_by, imported_at, group_columns, group_bands, show_group_columns, "
        "positive_label, review_policy, known_answers, staging, staged_by, staging_heartbeat) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
        "RETURNING seq"));
    query.addBindValue(batchId);
    query.addBindValue(QFileInfo(options.filePath).fileName());
    query.addBindValue(QStringLiteral("")); // the hash, once known
    query.addBindValue(format.value() == InputFormat::Csv ? QStringLiteral("csv")
                                                          : QStringLiteral("jsonl"));
    query.addBindValue(modelVersionId);
    query.addBindValue(policy.threshold);
    query.addBindValue(policy.auditRate);
    query.addBindValue(policy.seed);
    query.addBindValue(policyOverridden ? 1 : 0);
    query.addBindValue(QString::fromUtf8(namesJson(header, map.facts)));
    query.addBindValue(QString::fromUtf8(namesJson(header, map.hidden)));
    query.addBindValue(QString::fromUtf8(mappingJson(options, format.value())));
    query.addBindValue(actor.userId);
    query.addBindValue(utcNow()); // until it is published
    query.addBindValue(QString::fromUtf8(groupColumnsJson(options.groups.columns)));
    query.addBindValue(QString::fromUtf8(groupBandsJson(options.groups.bands)));
    query.addBindValue(options.groups.show ? 1 : 0);
    query.addBindValue(options.groups.positiveLabel.isEmpty() ? QVariant()
                                                              : options.groups.positiveLabel);
    query.addBindValue(QString::fromUtf8(QJsonDocument(reviewPolicySnapshot(reviewPolicies.value()))
                                             .toJson(QJsonDocument::Compact)));
    query.addBindValue(options.knownAnswers ? 1 : 0);
    query.addBindValue(stagingOwner());
    query.addBindValue(utcNow());
    if (!query.exec() || !query.next())
        return fail(Text::tr("Cannot record the batch: %1").arg(query.lastError().text()));
    const qint64 batchSeq = query.value(0).toLongLong();
    query.finish(); // SQLite keeps a RETURNING statement open until it is finished
    if (Status staged = transaction->commit(); !staged)
        return fail(staged.error().message);
    transaction.reset();
    stagedBatch = batchSeq;
    std::optional<UnsyncedStagingCommits> unsynced(m_db);

    QList<QString> factNames;
    for (int index : map.facts)
        factNames << header.names[index];
    LeakCheck leakCheck(factNames, AssociationTarget::Model);
    // Only rows whose outcome is known say anything about the outcome.
    LeakCheck outcomeCheck(factNames, AssociationTarget::Outcome);
    RowValidator validator(header, map);
    RowStatements statements(m_db);
    // The options a reviewer decides between: the probability columns' labels in
    // mapping order, then any other label the model gave. Never empty, so the
    // loop can compare with the last one first (labels repeat, row after row).
    QList<QByteArray> labels{QByteArray()};
    for (const auto& [label, column] : options.probabilityColumns)
        labels << label.toUtf8();
    if (!statements.error.isEmpty())
        return fail(statements.error);
    const QByteArray routeNames[] = {"review", "audit", "automated"}; // in Route's order
    const qint64 fileSize = file.size();

    ContentDigest digest; // of what is stored, in order: batchContentDigest reads it back
    QList<QByteArrayView> factValues;
    GroupAssigner groupAssigner(options.groups.columns, options.groups.bands);
    QList<QByteArrayView> groupCells;
    bool positiveLabelSeen = false;
    DecisionCellCounter decisionCells;
    std::optional<std::pair<qint64, qint64>> caseSeqs; // first and last stored

    // What a row stores, in one place for both ways of storing it.
    auto caseRow = [&](const StagedRow& staged) {
        const ParsedRow& row = staged.row;
        const Route route = staged.decision.route;
        const QByteArrayView routeName = routeNames[static_cast<int>(route)];
        CaseRow values;
        values.id = staged.caseId;
        values.externalId = row.externalId;
        values.sourceRow = staged.record.row;
        values.facts = staged.factsJson;
        values.route = routeName;
        values.queue =
            route == Route::Automated || options.knownAnswers ? QByteArrayView() : routeName;
        values.state = route == Route::Automated ? "automated" : "queued";
        values.modelLabel = row.label;
        values.confidence = row.confidence;
        values.probabilities = row.probabilitiesJson;
        values.truth = row.truth;
        values.hidden = staged.hiddenJson;
        values.routeReason = staged.decision.reason;
        if (!map.groups.isEmpty())
            values.groups = staged.groupsJson;
        return values;
    };
    // On PostgreSQL rows go through COPY, a chunk at a time.
    std::optional<CopiedCaseRows> copied;
    if (engineOf(m_db) == Engine::Postgres)
        copied.emplace();

    // Stores the chunk's valid rows in one short transaction (a repeated id
    // turns its row into a reject), then counts what was stored, in file order.
    auto storeChunk = [&](std::vector<StagedRow>& chunk, std::size_t filled) -> QString {
        if (!beginTransaction(transaction, m_db))
            return Text::tr("The database is busy or read-only: %1").arg(transaction->beginError());
        // The heartbeat first: it tells everyone else this import still runs, and
        // finds out whether someone took it for dead and removed its rows.
        if (Status staging = keepStaging(m_db, StagedImport::Batch, batchSeq); !staging)
            return staging.error().message;
        QSqlQuery batchRow(m_db);
        std::optional<std::pair<qint64, qint64>> stored;
        qint64 storedForReview = 0;
        qint64 storedForAudit = 0;
        // Marks a row whose id was taken a reject; counts one that was stored.
        auto settle = [&](StagedRow& staged, std::optional<qint64> caseSeq) {
            if (!caseSeq) {
                staged.valid = false;
                const QString externalId = QString::fromUtf8(staged.row.externalId);
                staged.rejects << Reject{
                    staged.record.row, header.names[map.id],
                    Text::tr("duplicate case id '%1': %2")
                        .arg(externalId, describeDuplicate(m_db, externalId, batchId))};
                return;
            }
            staged.caseSeq = *caseSeq;
            storedForReview += staged.decision.route == Route::Review;
            storedForAudit += staged.decision.route == Route::Audit;
            stored = stored ? std::pair{stored->first, staged.caseSeq}
                            : std::pair{staged.caseSeq, staged.caseSeq};
        };
        if (copied) {
            for (std::size_t i = 0; i < filled; ++i)
                if (chunk[i].valid)
                    copied->add(caseRow(chunk[i]));
            const Result<std::vector<qint64>> seqs = copied->store(m_db, batchSeq);
            if (!seqs)
                return seqs.error().message;
            std::size_t next = 0;
            for (std::size_t i = 0; i < filled; ++i) {
                if (!chunk[i].valid)
                    continue;
                const qint64 seq = seqs.value()[next++];
                settle(chunk[i], seq != 0 ? std::optional<qint64>(seq) : std::nullopt);
            }
        }
        for (std::size_t i = 0; !copied && i < filled; ++i) {
            StagedRow& staged = chunk[i];
            if (!staged.valid)
                continue;
            const CaseRow row = caseRow(staged);
            BulkStatement& insertCase = *statements.insertCase;
            insertCase.bindText(0, row.id);
            insertCase.bindText(1, row.externalId);
            insertCase.bindInteger(2, batchSeq);
            insertCase.bindInteger(3, row.sourceRow);
            insertCase.bindText(4, row.facts);
            insertCase.bindText(5, row.route);
            bindTextOrNull(insertCase, 6, row.queue);
            insertCase.bindText(7, row.state);
            const Result<std::optional<qint64>> inserted = insertCase.executeInsert();
            if (!inserted)
                return Text::tr("Cannot store row %1: %2")
                    .arg(staged.record.row)
                    .arg(inserted.error().message);
            settle(staged, inserted.value());
            if (!staged.valid)
                continue;
            BulkStatement& insertSealed = *statements.insertSealed;
            insertSealed.bindInteger(0, staged.caseSeq);
            insertSealed.bindText(1, row.modelLabel);
            insertSealed.bindDouble(2, row.confidence);
            bindTextOrNull(insertSealed, 3, row.probabilities);
            bindTextOrNull(insertSealed, 4, row.truth);
            insertSealed.bindText(5, row.hidden);
            insertSealed.bindText(6, row.routeReason);
            bindTextOrNull(insertSealed, 7, row.groups);
            if (const Result<qint64> sealed = insertSealed.execute(); !sealed)
                return Text::tr("Cannot store row %1: %2")
                    .arg(staged.record.row)
                    .arg(sealed.error().message);
        }
        // The staged range bounds the removal of a dead import; the routed counts
        // let queue depths leave the staged cases out (stagedQueuedCases).
        batchRow.prepare(QStringLiteral(
            "UPDATE import_batches SET routed_review = routed_review + ?, routed_audit = "
            "routed_audit + ?, staged_first_case = coalesce(staged_first_case, ?), "
            "staged_last_case = coalesce(?, staged_last_case) WHERE seq = ?"));
        batchRow.addBindValue(storedForReview);
        batchRow.addBindValue(storedForAudit);
        batchRow.addBindValue(stored ? QVariant(stored->first) : QVariant());
        batchRow.addBindValue(stored ? QVariant(stored->second) : QVariant());
        batchRow.addBindValue(batchSeq);
        if (!batchRow.exec())
            return Text::tr("Cannot record the import's progress: %1")
                .arg(batchRow.lastError().text());
        if (Status committed = transaction->commit(); !committed)
            return committed.error().message;
        transaction.reset();

        for (std::size_t i = 0; i < filled; ++i) {
            StagedRow& staged = chunk[i];
            const ParsedRow& row = staged.row;
            if (!staged.valid) {
                ++report.rejected;
                for (const Reject& reject : std::as_const(staged.rejects)) {
                    if (report.rejects.size() < maxListedRejects)
                        report.rejects << reject;
                    else
                        report.rejectsTruncated = true;
                }
                if (!rejectWriter.write(staged.record, staged.rejects))
                    return rejectWriter.error();
                continue;
            }
            caseSeqs = caseSeqs ? std::pair{caseSeqs->first, staged.caseSeq}
                                : std::pair{staged.caseSeq, staged.caseSeq};
            const RoutingDecision& decision = staged.decision;
            if (!map.groups.isEmpty() && !options.knownAnswers)
                decisionCells.add(staged.groupsJson, row.label,
                                  decision.route == Route::Review ? QByteArrayView()
                                                                  : QByteArrayView(row.label),
                                  row.truth);
            addToDigest(digest, row, staged.record.row,
                        routeNames[static_cast<int>(decision.route)], decision, staged.factsJson,
                        staged.hiddenJson, map.groups.isEmpty() ? nullptr : &staged.groupsJson);
            ++report.accepted;
            switch (decision.route) {
            case Route::Review:
                ++report.routedReview;
                break;
            case Route::Audit:
                ++report.routedAudit;
                ++report.routedAutomated;
                break;
            case Route::Automated:
                ++report.routedAutomated;
                break;
            }
            factValues.clear();
            for (int index : map.facts)
                factValues << staged.record.field(index);
            leakCheck.add(factValues, row.label);
            if (!row.truth.isEmpty())
                outcomeCheck.add(factValues, row.truth);
            if (!positiveLabelSeen && !options.groups.positiveLabel.isEmpty())
                positiveLabelSeen = row.label == options.groups.positiveLabel.toUtf8() ||
                                    row.truth == options.groups.positiveLabel.toUtf8();
            if (row.label != labels.back() &&
                std::none_of(labels.cbegin(), labels.cend(),
                             [&](const QByteArray& known) { return known == row.label; }))
                labels << row.label.toByteArray();
        }
        return {};
    };

    // Reads and checks up to a chunk of rows. Touches nothing the storing side
    // uses (no connection, no report), so it runs on the other core while this
    // one stores the chunk before.
    struct Filled {
        std::size_t rows = 0;
        bool more = false; // the chunk is full: the file may go on
        qint64 bytesRead = 0;
        QString error;
    };
    Record record;
    auto fill = [&](std::vector<StagedRow>& chunk) -> Filled {
        Filled filled;
        while (filled.rows < chunk.size() && reader->next(record)) {
            StagedRow& staged = chunk[filled.rows++];
            // The chunk keeps this record; the reader refills the buffer it held before.
            std::swap(staged.record, record);
            staged.rejects.clear();
            staged.valid = validator.validate(staged.record, staged.row, staged.rejects);
            if (staged.valid && !map.groups.isEmpty()) {
                groupCells.clear();
                for (int index : map.groups)
                    groupCells << staged.record.field(index);
                QString field;
                QString problem;
                if (!groupAssigner.assign(groupCells, staged.groupsJson, field, problem)) {
                    staged.valid = false;
                    staged.rejects << Reject{staged.record.row, field, problem};
                } else if (const QString tooMany = groupAssigner.tooManyGroups();
                           !tooMany.isEmpty()) {
                    filled.error =
                        Text::tr("%1: %2. Nothing was stored.").arg(options.filePath, tooMany);
                    return filled;
                }
            }
            if (staged.valid && options.knownAnswers && staged.row.truth.isEmpty()) {
                staged.valid = false;
                staged.rejects << Reject{staged.record.row, options.truthColumn,
                                         Text::tr("a known-answer case needs its correct answer")};
            }
            if (staged.valid) {
                // A known-answer case waits outside every queue for claims to serve it.
                staged.decision = options.knownAnswers
                                      ? RoutingDecision{Route::Review, "below_threshold"}
                                      : route(policy, staged.row.confidence, staged.row.externalId);
                staged.caseId = newIdLatin1();
                fieldsJson(staged.factsJson, staged.record, map.facts);
                fieldsJson(staged.hiddenJson, staged.record, map.hidden);
            }
        }
        filled.more = filled.rows == chunk.size();
        filled.bytesRead = reader->bytesRead();
        return filled;
    };

    // Rows are read and checked outside any transaction and stored a chunk at a
    // time, so the write lock is held only while a chunk is written.
    std::array<std::vector<StagedRow>, 2> chunks{std::vector<StagedRow>(rowsPerStagingTransaction),
                                                 std::vector<StagedRow>(rowsPerStagingTransaction)};
    std::size_t current = 0;
    Filled filled = fill(chunks[current]);
    for (;;) {
        if (!filled.error.isEmpty())
            return fail(filled.error);
        report.rows += static_cast<qint64>(filled.rows);
        const bool more = filled.more;
        const qint64 bytesRead = filled.bytesRead;
        std::future<Filled> next;
        if (more)
            next = std::async(std::launch::async, fill, std::ref(chunks[1 - current]));
        const QString failed =
            filled.rows == 0 ? QString() : storeChunk(chunks[current], filled.rows);
        if (more)
            filled = next.get();
        if (!failed.isEmpty())
            return fail(failed);
        if (!more)
            break;
        if (progress && !progress(bytesRead, fileSize))
            return fail(Text::tr("The import was cancelled; nothing was stored."));
        if (!hashChecked &&
            hashing.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            if (const QString duplicate = checkHash(); !duplicate.isEmpty())
                return fail(duplicate);
        }
        current = 1 - current;
    }
    if (file.error() != QFileDevice::NoError)
        return fail(Text::tr("Reading %1 failed: %2").arg(options.filePath, file.errorString()));
    if (progress && !progress(fileSize, fileSize))
        return fail(Text::tr("The import was cancelled; nothing was stored."));
    if (!hashChecked) {
        if (const QString duplicate = checkHash(); !duplicate.isEmpty())
            return fail(duplicate);
    }

    const LeakFindings leaks =
        judgeLeaks(leakCheck, options.truthColumn.isEmpty() ? nullptr : &outcomeCheck, options);
    report.associations = leaks.associations;
    report.leaks = leaks.leaks;
    report.nearLeaks = leaks.nearLeaks;
    report.notices << leaks.notices;
    if (!options.groups.positiveLabel.isEmpty() && !positiveLabelSeen && report.accepted > 0)
        report.notices << Text::tr("The positive label '%1' is neither a label of the model nor "
                                   "an outcome in this file: every case counts as negative.")
                              .arg(options.groups.positiveLabel);
    if (!options.groups.columns.isEmpty() && options.groups.positiveLabel.isEmpty())
        report.notices << Text::tr("No --positive-label: the error rates by group (true and false "
                                   "positive rates) stay empty; selection rates and accuracy "
                                   "still come.");

    if (!rejectWriter.commit())
        return fail(rejectWriter.error());
    if (!leaks.refusal.isEmpty())
        return fail(
            Text::tr("%1: refused, %2 Nothing was stored.").arg(options.filePath, leaks.refusal));
    if (options.holdOnNearLeaks && !leaks.nearLeaks.isEmpty())
        return fail(Text::tr("%1: held before storing, so that a person decides on the columns "
                             "strongly associated with the model's label or the outcome. Nothing "
                             "was stored.")
                        .arg(options.filePath));
    if (options.strict && report.rejected > 0)
        return fail(
            Text::tr("%1: %2 of %3 rows were rejected and --strict is set; nothing was stored.")
                .arg(options.filePath)
                .arg(report.rejected)
                .arg(report.rows));

    // Publishing: one short transaction makes the batch, its routing, counts,
    // decision records and audit events visible together.
    unsynced.reset();
    if (!beginTransaction(transaction, m_db))
        return fail(
            Text::tr("The database is busy or read-only: %1").arg(transaction->beginError()));
    // Another import of the same file may have been published meanwhile.
    if (const QString duplicate = earlierImport(); !duplicate.isEmpty())
        return fail(duplicate);
    const QString importedAt = utcNow();
    query.prepare(QStringLiteral(
        "UPDATE import_batches SET source_sha256 = ?, rows_total = ?, rows_accepted = ?, "
        "rows_rejected = ?, routed_review = ?, routed_audit = ?, routed_automated = ?, labels = ?, "
        "imported_at = ?, staging = 0, staged_by = NULL, staging_heartbeat = NULL "
        "WHERE seq = ? AND staging = 1"));
    query.addBindValue(report.sha256);
    query.addBindValue(report.rows);
    query.addBindValue(report.accepted);
    query.addBindValue(report.rejected);
    query.addBindValue(report.routedReview);
    query.addBindValue(report.routedAudit);
    query.addBindValue(report.routedAutomated);
    QJsonArray labelArray;
    for (const QByteArray& label : std::as_const(labels))
        if (!label.isEmpty())
            labelArray.append(QString::fromUtf8(label));
    query.addBindValue(QString::fromUtf8(QJsonDocument(labelArray).toJson(QJsonDocument::Compact)));
    query.addBindValue(importedAt);
    query.addBindValue(batchSeq);
    if (!query.exec())
        return fail(Text::tr("Cannot record the batch counts: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return fail(removedAsAbandoned());
    if (Status counted = decisionCells.store(m_db, batchSeq); !counted)
        return fail(counted.error().message);
    if (caseSeqs && !options.knownAnswers) {
        if (Status recorded =
                recordBatchDecisions(m_db, batchSeq, caseSeqs->first, caseSeqs->second, importedAt);
            !recorded)
            return fail(recorded.error().message);
    }
    if (Status recorded =
            recordImport(m_db, actor, batchId, options, report, digest.finish(), policyOverridden);
        !recorded)
        return fail(recorded.error().message);
    if (Status saved = transaction->commit(); !saved)
        return fail(saved.error().message);
    transaction.reset();
    stagedBatch = 0;
    report.batchId = batchId;
    return report;
}

Result<QStringList> readFileColumns(const QString& path) {
    ImportOptions options;
    options.filePath = path;
    const Result<InputFormat> format = detectFormat(options);
    if (!format)
        return format.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("%1: %2").arg(path, file.errorString())};
    std::unique_ptr<RecordReader> reader;
    if (format.value() == InputFormat::Csv)
        reader = std::make_unique<CsvReader>(&file);
    else
        reader = std::make_unique<JsonlReader>(&file);
    QList<QString> columns;
    QString error;
    if (!reader->readHeader(columns, error))
        return Error{Text::tr("%1: %2").arg(path, error)};
    return Header::fromFileColumns(columns).names;
}

} // namespace oversight
