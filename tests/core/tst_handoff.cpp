// Handing decisions on: the export's records and cursors, through the real
// importer, review service and export on a real database.
#include "handoff/decisionexport.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "verification/databaseverification.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

namespace {

QByteArray exportBytes(TempDatabase& temp, const Session& who, ExportRequest request = {}) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<ExportSummary> summary = writeDecisions(temp.db(), who, request, buffer);
    if (!summary)
        qFatal("export failed: %s", qPrintable(summary.error().message));
    return buffer.data();
}

QList<QJsonObject> parseLines(const QByteArray& jsonl) {
    QList<QJsonObject> records;
    for (const QByteArray& line : jsonl.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("not JSON: %s", line.constData());
        records << document.object();
    }
    return records;
}

// Splits RFC 4180 text into rows of cells, independently of the writer.
QList<QStringList> parseCsv(const QByteArray& bytes) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

struct Expected {
    QString externalId;
    QString decision;
    QString decidedBy;
    QString reviewer;
};

// From the raw rows: the model's decision of each case not routed to a
// mandatory review, and each finalized review's final decision.
QList<Expected> expectedFromRawRows(TempDatabase& temp) {
    QList<Expected> expected;
    QSqlQuery query(temp.db());
    query.exec(QStringLiteral("SELECT c.external_id, s.model_label FROM cases c JOIN case_sealed "
                              "s ON s.case_seq = c.seq WHERE c.route IN ('automated', 'audit')"));
    while (query.next())
        expected << Expected{query.value(0).toString(), query.value(1).toString(),
                             QStringLiteral("model"), QString()};
    query.exec(QStringLiteral("SELECT c.external_id, r.final_decision, u.login FROM reviews r "
                              "JOIN cases c ON c.seq = r.case_seq JOIN users u ON u.id = "
                              "r.reviewer_id WHERE r.status = 'finalized'"));
    while (query.next())
        expected << Expected{query.value(0).toString(), query.value(1).toString(),
                             QStringLiteral("review"), query.value(2).toString()};
    return expected;
}

QStringList keysOf(const QList<Expected>& list) {
    QStringList keys;
    for (const Expected& e : list)
        keys << e.externalId + u'|' + e.decision + u'|' + e.decidedBy + u'|' + e.reviewer;
    keys.sort();
    return keys;
}

QStringList keysOf(const QList<QJsonObject>& records) {
    QStringList keys;
    for (const QJsonObject& r : records)
        keys << r[u"external_id"].toString() + u'|' + r[u"decision"].toString() + u'|' +
                    r[u"decided_by"].toString() + u'|' + r[u"reviewer"].toString();
    keys.sort();
    return keys;
}

// Reviews one case of `queue` to the end, deciding `finalLabel`.
void reviewOne(ReviewService& service, const Session& reviewer, const QString& queue,
               const QString& finalLabel) {
    const Result<std::optional<ClaimedCase>> claimed = service.claimNext(reviewer, queue);
    QVERIFY2(claimed && claimed.value(), "a case to claim");
    const QString caseId = claimed.value()->caseId;
    const Result<Reveal> reveal =
        service.commitInitial(reviewer, caseId, {finalLabel, 70, QStringLiteral("my view")});
    QVERIFY2(reveal, qPrintable(reveal ? QString() : reveal.error().message));
    const Result<FinalOutcome> done =
        service.finalize(reviewer, caseId, finalLabel, QStringLiteral("checked the facts"));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
}

} // namespace

class TestHandoff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recordsForEachKindOfChange() {
        TempDatabase temp;
        // 12 cases to mandatory review, then 9 decided by the model, all sampled for audit.
        QVERIFY(importCases(temp, reviewCasesCsv(12)).accepted == 12);
        QByteArray audited = reviewCasesCsv(9).replace("case-", "audit-");
        QVERIFY(importCases(temp, audited, true, QStringLiteral("audit.csv")).accepted == 9);
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        ReviewService service(temp.db());
        for (int i = 0; i < 3; ++i)
            reviewOne(service, reviewer, QStringLiteral("review"), QStringLiteral("decline"));
        for (int i = 0; i < 2; ++i)
            reviewOne(service, reviewer, QStringLiteral("audit"), QStringLiteral("decline"));

        const QList<QJsonObject> records = parseLines(exportBytes(temp, temp.admin));
        QCOMPARE(keysOf(records), keysOf(expectedFromRawRows(temp)));
        QCOMPARE(records.size(), 9 + 3 + 2);

        // Strictly increasing cursors; each review supersedes the case's earlier record.
        QHash<QString, qint64> modelCursor;
        qint64 previous = 0;
        for (const QJsonObject& r : records) {
            const qint64 cursor = r[u"cursor"].toInteger();
            QVERIFY(cursor > previous);
            previous = cursor;
            const QString id = r[u"external_id"].toString();
            if (r[u"decided_by"].toString() == u"model") {
                QVERIFY(r[u"reviewer"].isNull());
                QVERIFY(r[u"supersedes"].isNull());
                QCOMPARE(r[u"model"].toString(), QStringLiteral("credit-risk"));
                QCOMPARE(r[u"model_version"].toString(), QStringLiteral("2.3.0"));
                modelCursor.insert(id, cursor);
            } else if (id.startsWith(u"audit-")) {
                QVERIFY(modelCursor.contains(id));
                QCOMPARE(r[u"supersedes"].toInteger(), modelCursor.value(id));
            } else {
                QVERIFY2(r[u"supersedes"].isNull(), "a mandatory review replaces nothing");
            }
            QVERIFY(
                QDateTime::fromString(r[u"decided_at"].toString(), Qt::ISODateWithMs).isValid());
            QCOMPARE(r.keys().size(), 10);
        }
        // Cases still waiting for their mandatory review are absent.
        QSet<QString> exported;
        for (const QJsonObject& r : records)
            exported.insert(r[u"external_id"].toString());
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE route = 'review' "
                                           "AND state <> 'finalized'")),
                 qint64{9});
        QSqlQuery pending(temp.db());
        pending.exec(QStringLiteral(
            "SELECT external_id FROM cases WHERE route = 'review' AND state <> 'finalized'"));
        while (pending.next())
            QVERIFY(!exported.contains(pending.value(0).toString()));
    }

    void sameSinceGivesTheSameBytesAndPagesJoinUp() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(20), true).accepted == 20);
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        ReviewService service(temp.db());
        for (int i = 0; i < 4; ++i)
            reviewOne(service, reviewer, QStringLiteral("audit"), QStringLiteral("approve"));
        const QByteArray whole = exportBytes(temp, temp.admin);
        QCOMPARE(exportBytes(temp, temp.admin), whole);
        const QList<QJsonObject> all = parseLines(whole);
        QCOMPARE(all.size(), 24);

        // Pages of 5 from each page's next cursor, concatenated, are the whole export.
        QByteArray paged;
        qint64 since = 0;
        for (;;) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ExportRequest request;
            request.since = since;
            request.limit = 5;
            const Result<ExportSummary> page =
                writeDecisions(temp.db(), temp.admin, request, buffer);
            QVERIFY(page);
            if (page->records == 0) {
                QCOMPARE(page->nextCursor, since);
                break;
            }
            QVERIFY(page->records <= 5);
            QCOMPARE(
                page->sha256,
                QString::fromLatin1(
                    QCryptographicHash::hash(buffer.data(), QCryptographicHash::Sha256).toHex()));
            paged += buffer.data();
            since = page->nextCursor;
        }
        QCOMPARE(paged, whole);
        // From the middle of the batch's range: exactly the records after it.
        ExportRequest middle;
        middle.since = all.at(7)[u"cursor"].toInteger();
        QCOMPARE(parseLines(exportBytes(temp, temp.admin, middle)), all.mid(8));
    }

    void csvIsRfc4180WithFormulasNeutralised() {
        TempDatabase temp;
        QByteArray csv = "id,label,confidence,note\n"
                         "\"=HYPERLINK(\"\"http://x\"\")\",approve,0.99,a\n"
                         "\"plain, with comma\",decline,0.98,b\n"
                         "@sum,approve,0.97,c\n";
        ImportOptions options;
        options.filePath = temp.write(QStringLiteral("odd.csv"), csv);
        options.confidenceColumn = QStringLiteral("confidence");
        options.modelName = QStringLiteral("m");
        options.modelVersion = QStringLiteral("1");
        options.threshold = 0.5;
        options.auditRate = 0;
        const Result<ImportReport> imported = Importer(temp.db()).run(temp.admin, options);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        ExportRequest request;
        request.format = ExportFormat::Csv;
        const QList<QStringList> rows = parseCsv(exportBytes(temp, temp.admin, request));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).join(u','),
                 QStringLiteral("cursor,external_id,decision,decided_by,reviewer,decided_at,"
                                "batch,model,model_version,supersedes"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("'=HYPERLINK(\"http://x\")"));
        QCOMPARE(rows.at(2).at(1), QStringLiteral("plain, with comma"));
        QCOMPARE(rows.at(3).at(1), QStringLiteral("'@sum"));
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), 10);
        QCOMPARE(rows.at(2).at(4), QString()); // no reviewer
    }

    void onlyAdministratorsAndIntegrationsMayExport() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(3), true).accepted == 3);
        const Session integration =
            addReviewer(temp, QStringLiteral("loans"), {QStringLiteral("integration")});
        QCOMPARE(parseLines(exportBytes(temp, integration)).size(), 3);
        for (const QString& role : {QStringLiteral("reviewer"), QStringLiteral("compliance")}) {
            const Session other = addReviewer(temp, role + QStringLiteral("-user"), {role});
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            const Result<ExportSummary> refused = writeDecisions(temp.db(), other, {}, buffer);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(u"export decisions"),
                     qPrintable(refused.error().message));
            QVERIFY(buffer.data().isEmpty());
        }
    }

    void anExportToAFileIsRecordedWithItsHash() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(6), true).accepted == 6);
        const QString path = temp.path(QStringLiteral("out.jsonl"));
        ExportRequest request;
        request.since = 2;
        const Result<ExportSummary> summary =
            exportDecisionsToFile(temp.db(), temp.admin, request, path);
        QVERIFY(summary);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(parseLines(bytes).size(), 4);
        const QJsonObject details =
            QJsonDocument::fromJson(temp.value(QStringLiteral("SELECT details FROM audit_events "
                                                              "WHERE action = "
                                                              "'decisions.exported'"))
                                        .toString()
                                        .toUtf8())
                .object();
        QCOMPARE(details[u"records"].toInteger(), 4);
        QCOMPARE(details[u"since"].toInteger(), 2);
        QCOMPARE(details[u"first_cursor"].toInteger(), 3);
        QCOMPARE(details[u"last_cursor"].toInteger(), 6);
        QCOMPARE(details[u"sha256"].toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        // An empty poll hands nothing on and leaves no event.
        request.since = 6;
        QVERIFY(exportDecisionsToFile(temp.db(), temp.admin, request, path));
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'decisions.exported'")),
                 qint64{1});
    }

    void aBatchLargerThanOneFetchStreamsWhole() {
        // PostgreSQL reads through a server-side cursor 10,000 rows at a time.
        TempDatabase temp;
        const int cases = 12345;
        QVERIFY(importCases(temp, reviewCasesCsv(cases), true).accepted == cases);
        ExportRequest request;
        request.since = 17;
        const QList<QJsonObject> records = parseLines(exportBytes(temp, temp.admin, request));
        QCOMPARE(records.size(), cases - 17);
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i][u"cursor"].toInteger(), 18 + i);
            QCOMPARE(records[i][u"external_id"].toString(), QStringLiteral("case-%1").arg(17 + i));
        }
    }

    void verifyFindsAnEditedOrMissingDecisionRecord() {
        auto prepared = [](TempDatabase& temp) {
            QVERIFY(importCases(temp, reviewCasesCsv(6), true).accepted == 6);
            const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
            ReviewService service(temp.db());
            for (int i = 0; i < 2; ++i)
                reviewOne(service, reviewer, QStringLiteral("audit"), QStringLiteral("decline"));
            const Result<Verification> intact = verifyDatabase(temp.db(), temp.admin);
            QVERIFY(intact);
            QVERIFY2(intact->intact(), qPrintable(intact->description));
            // Someone with the file: the application's guard is removed first.
            QSqlQuery query(temp.db());
            const QStringList unguard =
                onPostgres()
                    ? QStringList{QStringLiteral(
                          "ALTER TABLE decision_records DISABLE TRIGGER decision_records_guarded")}
                    : QStringList{QStringLiteral("DROP TRIGGER decision_records_not_updated"),
                                  QStringLiteral("DROP TRIGGER decision_records_not_deleted")};
            for (const QString& sql : unguard)
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        };
        {
            TempDatabase temp;
            prepared(temp);
            const QString edited =
                temp.value(QStringLiteral("SELECT c.external_id FROM decision_records d JOIN "
                                          "cases c ON c.seq = d.first_case_seq WHERE "
                                          "d.decided_by = 'review' ORDER BY d.cursor LIMIT 1"))
                    .toString();
            QSqlQuery query(temp.db());
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE decision_records SET decision = 'approve' WHERE cursor = (SELECT "
                "min(cursor) FROM decision_records WHERE decided_by = 'review')")));
            const Result<Verification> found = verifyDatabase(temp.db(), temp.admin);
            QVERIFY(found);
            QCOMPARE(chainProblemName(found->problem), QStringLiteral("decision_record_differs"));
            QCOMPARE(found->subject, edited);
            QVERIFY2(found->description.contains(u"says approve"), qPrintable(found->description));
        }
        {
            TempDatabase temp;
            prepared(temp);
            QSqlQuery query(temp.db());
            QVERIFY(query.exec(
                QStringLiteral("DELETE FROM decision_records WHERE decided_by = 'model'")));
            const Result<Verification> found = verifyDatabase(temp.db(), temp.admin);
            QVERIFY(found);
            QCOMPARE(chainProblemName(found->problem), QStringLiteral("decision_record_differs"));
            QVERIFY2(found->description.contains(u"has no decision record"),
                     qPrintable(found->description));
        }
    }

    void decisionRecordsCannotBeRewritten() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(3), true).accepted == 3);
        QSqlQuery query(temp.db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE decision_records SET decided_at = 'x'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM decision_records")));
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM decision_records")), qint64{1});
    }
};

QTEST_GUILESS_MAIN(TestHandoff)
#include "tst_handoff.moc"
