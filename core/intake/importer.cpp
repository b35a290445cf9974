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
#include "intake/csvreader.h"
#include "intake/jsonlreader.h"
#include "intake/rejectwriter.h"
#include "review/reviewpolicy.h"
#include "storage/bulkstatement.h"
#include "storage/database.h"

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
#include <chrono>
#include <future>
#include <memory>

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
constexpr qint64 progressEveryRows = 4096;

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

// Where a duplicate id was first seen, for the reject message.
QString describeDuplicate(const QSqlDatabase& db, const QString& externalId,
                          const QString& batchId) {
    QSqlQuery existing(db);
    existing.prepare(
        QStringLiteral("SELECT b.id, c.source_row, b.source_name FROM cases c "
                       "JOIN import_batches b ON b.seq = c.batch_seq WHERE c.external_id = ?"));
    existing.addBindValue(externalId);
    if (!existing.exec() || !existing.next())
        return {};
    if (existing.value(0).toString() == batchId)
        return Text::tr("it repeats the id of row %1 of this file")
            .arg(existing.value(1).toLongLong());
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
    auto fail = [&report](const QString& message) {
        report.error = message;
        report.batchId.clear();
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
    Transaction transaction(m_db);
    if (!transaction.begun())
        return fail(
            Text::tr("The database is busy or read-only: %1").arg(transaction.beginError()));

    QSqlQuery query(m_db);
    // Returns an error message when the file was imported before (and not forced).
    auto checkHash = [&]() -> QString {
        hashChecked = true;
        const Result<QByteArray> sha256 = hashing.get();
        if (!sha256)
            return sha256.error().message;
        report.sha256 = QString::fromLatin1(sha256.value());
        if (options.force)
            return {};
        QSqlQuery earlier(m_db);
        earlier.prepare(QStringLiteral("SELECT id, source_name, imported_at FROM import_batches "
                                       "WHERE source_sha256 = ? ORDER BY imported_at LIMIT 1"));
        earlier.addBindValue(report.sha256);
        if (earlier.exec() && earlier.next())
            return Text::tr("%1 was already imported as batch %2 (from %3 at %4); use --force to "
                            "import it again (cases already present are never duplicated).")
                .arg(options.filePath, earlier.value(0).toString(), earlier.value(1).toString(),
                     earlier.value(2).toString());
        return {};
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
        "positive_label, review_policy, known_answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"));
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
    const QString importedAt = utcNow();
    query.addBindValue(importedAt);
    query.addBindValue(QString::fromUtf8(groupColumnsJson(options.groups.columns)));
    query.addBindValue(QString::fromUtf8(groupBandsJson(options.groups.bands)));
    query.addBindValue(options.groups.show ? 1 : 0);
    query.addBindValue(options.groups.positiveLabel.isEmpty() ? QVariant()
                                                              : options.groups.positiveLabel);
    query.addBindValue(QString::fromUtf8(QJsonDocument(reviewPolicySnapshot(reviewPolicies.value()))
                                             .toJson(QJsonDocument::Compact)));
    query.addBindValue(options.knownAnswers ? 1 : 0);
    if (!query.exec() || !query.next())
        return fail(Text::tr("Cannot record the batch: %1").arg(query.lastError().text()));
    const qint64 batchSeq = query.value(0).toLongLong();
    query.finish(); // SQLite keeps a RETURNING statement open until it is finished

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
    Record record;
    ParsedRow row;
    QByteArray factsJson;
    QByteArray hiddenJson;
    QList<Reject> rowRejects;
    QList<QByteArrayView> factValues;
    GroupAssigner groupAssigner(options.groups.columns, options.groups.bands);
    QByteArray groupsJson;
    QList<QByteArrayView> groupCells;
    bool positiveLabelSeen = false;
    DecisionCellCounter decisionCells;
    std::optional<std::pair<qint64, qint64>> caseSeqs; // first and last stored
    while (reader->next(record)) {
        ++report.rows;
        if (report.rows % progressEveryRows == 0) {
            if (progress && !progress(reader->bytesRead(), fileSize))
                return fail(Text::tr("The import was cancelled; nothing was stored."));
            if (!hashChecked &&
                hashing.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
                if (const QString duplicate = checkHash(); !duplicate.isEmpty())
                    return fail(duplicate);
            }
        }

        rowRejects.clear();
        bool valid = validator.validate(record, row, rowRejects);
        if (valid && !map.groups.isEmpty()) {
            groupCells.clear();
            for (int index : map.groups)
                groupCells << record.field(index);
            QString field;
            QString problem;
            if (!groupAssigner.assign(groupCells, groupsJson, field, problem)) {
                valid = false;
                rowRejects << Reject{record.row, field, problem};
            } else if (const QString tooMany = groupAssigner.tooManyGroups(); !tooMany.isEmpty()) {
                return fail(Text::tr("%1: %2. Nothing was stored.").arg(options.filePath, tooMany));
            }
        }
        if (valid && options.knownAnswers && row.truth.isEmpty()) {
            valid = false;
            rowRejects << Reject{record.row, options.truthColumn,
                                 Text::tr("a known-answer case needs its correct answer")};
        }
        RoutingDecision decision{Route::Automated, nullptr};
        if (valid) {
            // A known-answer case waits outside every queue for claims to serve it.
            decision = options.knownAnswers ? RoutingDecision{Route::Review, "below_threshold"}
                                            : route(policy, row.confidence, row.externalId);
            BulkStatement& insertCase = *statements.insertCase;
            const QByteArray caseId = newIdLatin1();
            fieldsJson(factsJson, record, map.facts);
            insertCase.bindText(0, caseId);
            insertCase.bindText(1, row.externalId);
            insertCase.bindInteger(2, batchSeq);
            insertCase.bindInteger(3, record.row);
            insertCase.bindText(4, factsJson);
            insertCase.bindText(5, routeNames[static_cast<int>(decision.route)]);
            if (decision.route == Route::Automated) {
                insertCase.bindNull(6);
                insertCase.bindText(7, "automated");
            } else {
                if (options.knownAnswers)
                    insertCase.bindNull(6);
                else
                    insertCase.bindText(6, routeNames[static_cast<int>(decision.route)]);
                insertCase.bindText(7, "queued");
            }
            const Result<std::optional<qint64>> inserted = insertCase.executeInsert();
            if (!inserted)
                return fail(Text::tr("Cannot store row %1: %2")
                                .arg(record.row)
                                .arg(inserted.error().message));
            if (!inserted.value()) {
                valid = false;
                const QString externalId = QString::fromUtf8(row.externalId);
                rowRejects << Reject{
                    record.row, header.names[map.id],
                    Text::tr("duplicate case id '%1': %2")
                        .arg(externalId, describeDuplicate(m_db, externalId, batchId))};
            } else {
                const qint64 caseSeq = *inserted.value();
                if (caseSeqs)
                    caseSeqs->second = caseSeq;
                else
                    caseSeqs = std::pair{caseSeq, caseSeq};
                BulkStatement& insertSealed = *statements.insertSealed;
                insertSealed.bindInteger(0, caseSeq);
                fieldsJson(hiddenJson, record, map.hidden);
                insertSealed.bindText(1, row.label);
                insertSealed.bindDouble(2, row.confidence);
                if (row.probabilitiesJson.isEmpty())
                    insertSealed.bindNull(3);
                else
                    insertSealed.bindText(3, row.probabilitiesJson);
                if (row.truth.isEmpty())
                    insertSealed.bindNull(4);
                else
                    insertSealed.bindText(4, row.truth);
                insertSealed.bindText(5, hiddenJson);
                insertSealed.bindText(6, decision.reason);
                if (map.groups.isEmpty())
                    insertSealed.bindNull(7);
                else
                    insertSealed.bindText(7, groupsJson);
                if (const Result<qint64> stored = insertSealed.execute(); !stored)
                    return fail(Text::tr("Cannot store row %1: %2")
                                    .arg(record.row)
                                    .arg(stored.error().message));
                if (!map.groups.isEmpty() && !options.knownAnswers)
                    decisionCells.add(groupsJson, row.label,
                                      decision.route == Route::Review ? QByteArrayView()
                                                                      : QByteArrayView(row.label),
                                      row.truth);
                addToDigest(digest, row, record.row, routeNames[static_cast<int>(decision.route)],
                            decision, factsJson, hiddenJson,
                            map.groups.isEmpty() ? nullptr : &groupsJson);
            }
        }
        if (!valid) {
            ++report.rejected;
            for (const Reject& reject : std::as_const(rowRejects)) {
                if (report.rejects.size() < maxListedRejects)
                    report.rejects << reject;
                else
                    report.rejectsTruncated = true;
            }
            if (!rejectWriter.write(record, rowRejects))
                return fail(rejectWriter.error());
            continue;
        }
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
            factValues << record.field(index);
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

    query.prepare(QStringLiteral(
        "UPDATE import_batches SET source_sha256 = ?, rows_total = ?, rows_accepted = ?, "
        "rows_rejected = ?, routed_review = ?, routed_audit = ?, routed_automated = ?, labels = ? "
        "WHERE id = ?"));
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
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(Text::tr("Cannot record the batch counts: %1").arg(query.lastError().text()));
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
    if (Status saved = transaction.commit(); !saved)
        return fail(saved.error().message);
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
