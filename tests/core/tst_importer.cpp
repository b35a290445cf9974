// Intake through the real importer on real SQLite files: every validation rule,
// the leak check, routing, atomicity and duplicate batches.
#include "audit/chainverifier.h"
#include "dossier/casedossier.h"
#include "intake/batchlist.h"
#include "intake/importer.h"
#include "intake/stagedbatches.h"
#include "queues/queuedepths.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <cmath>
#include <random>

using namespace oversight;
using namespace oversight::test;

namespace {

const QByteArray header = "id,label,confidence,age,city\n";

ImportOptions optionsFor(const QString& path) {
    ImportOptions options;
    options.filePath = path;
    return options;
}

bool hasReject(const ImportReport& report, qint64 row, const QString& column,
               const QString& reasonPart) {
    for (const Reject& reject : report.rejects) {
        if (reject.row == row && reject.column == column && reject.reason.contains(reasonPart))
            return true;
    }
    return false;
}

QString describe(const ImportReport& report) {
    QStringList lines{report.error};
    for (const Reject& r : report.rejects)
        lines << QStringLiteral("row %1 [%2] %3").arg(r.row).arg(r.column, r.reason);
    return lines.join(u'\n');
}

// A file of n rows whose facts are noise plus, optionally, a column that leaks.
QByteArray syntheticFile(int n, const QByteArray& extraHeader,
                         const std::function<QByteArray(bool approve, std::mt19937&)>& extra) {
    std::mt19937 random(5);
    std::uniform_real_distribution<double> uniform(0, 1);
    QByteArray content = "id,label,confidence,income,region";
    if (!extraHeader.isEmpty())
        content += ',' + extraHeader;
    content += '\n';
    const char* regions[] = {"north", "south", "east"};
    for (int i = 0; i < n; ++i) {
        const bool approve = uniform(random) < 0.6;
        content += "c" + QByteArray::number(i) + ',' + (approve ? "approve" : "decline") + ',' +
                   QByteArray::number(0.5 + uniform(random) / 2, 'f', 3) + ',' +
                   QByteArray::number(20000 + static_cast<int>(uniform(random) * 50000)) + ',' +
                   regions[static_cast<int>(uniform(random) * 3)];
        if (extra)
            content += ',' + extra(approve, random);
        content += '\n';
    }
    return content;
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsValidRowsAndStoresFactsApart() {
        TempDatabase t;
        const QString file = t.write(QStringLiteral("a.csv"),
                                     header + "c1,approve,0.9,41,Lyon\nc2,decline,0.6,29,Oslo\n");
        ImportOptions options = optionsFor(file);
        options.hiddenColumns = {QStringLiteral("city")};
        const ImportReport report = Importer(t.db()).run(t.admin, options);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.rows, 2);
        QCOMPARE(report.accepted, 2);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases")), 2);
        // Facts are what reviewers see: no label, no confidence, no hidden column.
        QCOMPARE(
            t.value(QStringLiteral("SELECT facts FROM cases WHERE external_id = 'c1'")).toString(),
            QStringLiteral("[\"41\"]"));
        QCOMPARE(t.value(QStringLiteral("SELECT fact_columns FROM import_batches")).toString(),
                 QStringLiteral("[\"age\"]"));
        QCOMPARE(t.value(QStringLiteral("SELECT hidden FROM case_sealed s JOIN cases c ON c.seq = "
                                        "s.case_seq WHERE c.external_id = 'c2'"))
                     .toString(),
                 QStringLiteral("[\"Oslo\"]"));
        QCOMPARE(t.value(QStringLiteral("SELECT model_label FROM case_sealed s JOIN cases c ON "
                                        "c.seq = s.case_seq WHERE c.external_id = 'c2'"))
                     .toString(),
                 QStringLiteral("decline"));
        // The batch records its source, hash and policy.
        QCOMPARE(t.value(QStringLiteral("SELECT source_sha256 FROM import_batches")).toString(),
                 report.sha256);
        QCOMPARE(report.sha256.size(), 64);
        QCOMPARE(t.value(QStringLiteral("SELECT rows_accepted FROM import_batches")).toInt(), 2);
        // Internal ids are version 4 UUIDs.
        const QString id = t.value(QStringLiteral("SELECT id FROM cases LIMIT 1")).toString();
        QVERIFY(QUuid::fromString(id).version() == QUuid::Random);
    }

    // Ids with the characters a bulk path must escape (PostgreSQL's COPY: tab,
    // newline, backslash, and the text \N that means NULL there), and
    // confidences whose shortest text is long, are stored exactly as read; a
    // repeated id in the same chunk stays a reject.
    void textAndNumbersAreStoredExactly() {
        TempDatabase t;
        const QList<QByteArray> ids{"tab\there",        "back\\slash", "\\N",
                                    "line\nbreak",      "cr\rhere",    "\\t not a tab",
                                    "\xC3\xA9t\xC3\xA9"};
        const QList<double> confidences{0.30000000000000004, 0.1, 1.0 / 3.0, 5e-324, 0.0,
                                        0.9999999999999999,  0.7};
        QByteArray content = "id,label,confidence\n";
        for (qsizetype i = 0; i < ids.size(); ++i)
            content +=
                '"' + ids[i] + "\",approve," + QByteArray::number(confidences[i], 'g', 17) + '\n';
        content += "\"tab\there\",approve,0.5\n";
        const QString file = t.write(QStringLiteral("hostile.csv"), content);
        const ImportReport report = Importer(t.db()).run(t.admin, optionsFor(file));
        QCOMPARE(report.accepted, ids.size());
        QCOMPARE(report.rejected, 1);
        QVERIFY(
            hasReject(report, ids.size() + 1, QStringLiteral("id"), QStringLiteral("duplicate")));
        QSqlQuery stored(t.db());
        QVERIFY(stored.exec(QStringLiteral("SELECT c.external_id, s.confidence, c.source_row FROM "
                                           "cases c JOIN case_sealed s ON s.case_seq = c.seq "
                                           "ORDER BY c.seq")));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QVERIFY(stored.next());
            QCOMPARE(stored.value(0).toString(), QString::fromUtf8(ids[i]));
            QCOMPARE(stored.value(1).toDouble(), confidences[i]);
            QCOMPARE(stored.value(2).toLongLong(), i + 1);
        }
        QVERIFY(!stored.next());
    }

    void rfc4180QuotingBomAndLineEndings() {
        TempDatabase t;
        const QByteArray content = "\xEF\xBB\xBFid,label,confidence,note\r\n"
                                   "c1,approve,0.9,\"has, comma\"\r\n"
                                   "c2,approve,0.9,\"two\r\nlines\"\r\n"
                                   "c3,approve,0.9,\"say \"\"hi\"\"\"\n"
                                   "\n"
                                   "c4,approve,0.9,plain";
        const QString file = t.write(QStringLiteral("q.csv"), content);
        const ImportReport report = Importer(t.db()).run(t.admin, optionsFor(file));
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.accepted, 4);
        QCOMPARE(
            t.value(QStringLiteral("SELECT facts FROM cases WHERE external_id = 'c1'")).toString(),
            QStringLiteral("[\"has, comma\"]"));
        QCOMPARE(
            t.value(QStringLiteral("SELECT facts FROM cases WHERE external_id = 'c2'")).toString(),
            QStringLiteral("[\"two\\r\\nlines\"]"));
        QCOMPARE(
            t.value(QStringLiteral("SELECT facts FROM cases WHERE external_id = 'c3'")).toString(),
            QStringLiteral("[\"say \\\"hi\\\"\"]"));
        QCOMPARE(t.value(QStringLiteral("SELECT source_row FROM cases WHERE external_id = 'c4'"))
                     .toInt(),
                 4);
    }

    void rejectsEachInvalidRowWithRowColumnAndReason() {
        TempDatabase t;
        const QByteArray longField(70 * 1024, 'x');
        const QByteArray content = header +
                                   "c1,approve,0.9,41,Lyon\n"      // 1 valid
                                   ",approve,0.9,41,Lyon\n"        // 2 empty id
                                   "c1,approve,0.9,41,Lyon\n"      // 3 repeated id
                                   "c4,,0.9,41,Lyon\n"             // 4 missing label
                                   "c5,approve,NaN,41,Lyon\n"      // 5 NaN
                                   "c6,approve,,41,Lyon\n"         // 6 empty confidence
                                   "c7,approve,abc,41,Lyon\n"      // 7 not a number
                                   "c8,approve,1.5,41,Lyon\n"      // 8 out of range
                                   "c9,approve,0.9,41\n"           // 9 too few fields
                                   "c10,approve,0.9,41,Lyon,x\n"   // 10 too many
                                   "c11,approve,0.9,41,\xC3\x28\n" // 11 invalid UTF-8
                                   "c12,approve,0.9,41," +
                                   longField +
                                   "\n"                          // 12 over 64 KiB
                                   "   ,approve,0.9,41,Lyon\n"   // 13 blank id
                                   "c14,approve,-0.1,41,Lyon\n"  // 14 negative
                                   "c15,approve,0.75,41,Lyon\n"; // 15 valid
        const QString file = t.write(QStringLiteral("bad.csv"), content);
        ImportOptions options = optionsFor(file);
        options.rejectsPath = t.path(QStringLiteral("rejects.csv"));
        const ImportReport report = Importer(t.db()).run(t.admin, options);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.rows, 15);
        QCOMPARE(report.accepted, 2);
        QCOMPARE(report.rejected, 13);
        QVERIFY(hasReject(report, 2, QStringLiteral("id"), QStringLiteral("missing case id")));
        QVERIFY(
            hasReject(report, 3, QStringLiteral("id"), QStringLiteral("repeats the id of row 1")));
        QVERIFY(
            hasReject(report, 4, QStringLiteral("label"), QStringLiteral("missing model label")));
        QVERIFY(hasReject(report, 5, QStringLiteral("confidence"), QStringLiteral("not a number")));
        QVERIFY(hasReject(report, 6, QStringLiteral("confidence"), QStringLiteral("not a number")));
        QVERIFY(hasReject(report, 7, QStringLiteral("confidence"),
                          QStringLiteral("\"abc\" is not a number")));
        QVERIFY(
            hasReject(report, 8, QStringLiteral("confidence"), QStringLiteral("outside [0, 1]")));
        QVERIFY(hasReject(report, 9, QString(), QStringLiteral("4 fields, the header has 5")));
        QVERIFY(hasReject(report, 10, QString(), QStringLiteral("6 fields, the header has 5")));
        QVERIFY(hasReject(report, 11, QStringLiteral("city"), QStringLiteral("not valid UTF-8")));
        QVERIFY(
            hasReject(report, 12, QStringLiteral("city"), QStringLiteral("longer than 64 KiB")));
        QVERIFY(hasReject(report, 13, QStringLiteral("id"), QStringLiteral("missing case id")));
        QVERIFY(
            hasReject(report, 14, QStringLiteral("confidence"), QStringLiteral("outside [0, 1]")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases")), 2);

        // The rejects file lists every rejected row with its original fields.
        QFile rejects(options.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rejects.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("row,column,reason,id,label,confidence,age,city"));
        QVERIFY(lines[1].startsWith("2,id,missing case id,,approve,0.9,41,Lyon"));
        QCOMPARE(lines.size() - 2, 13); // header + 13 rows + trailing empty
    }

    // Several chunks, each read ahead on the other core while the one before is
    // stored: every valid row lands once, in file order, with its own facts, and
    // a reject keeps its row number wherever its chunk boundary falls.
    void rowsAcrossChunksKeepOrderFactsAndRejects() {
        TempDatabase t;
        constexpr int rows = 7013;
        QByteArray content = header;
        QList<qint64> expectedAccepted;
        QList<qint64> expectedRejected;
        QSet<QByteArray> seen;
        for (int row = 1; row <= rows; ++row) {
            // Every 1999th row repeats the id of a valid row 1500 rows before,
            // usually in the chunk before; every 97th has a confidence out of range.
            const QByteArray id = "c" + QByteArray::number(row % 1999 == 0 ? row - 1500 : row);
            const bool outOfRange = row % 97 == 0;
            content += id + ",approve," + (outOfRange ? "1.5" : "0.9") + ',' +
                       QByteArray::number(row % 90) + ",city" + QByteArray::number(row) + '\n';
            if (outOfRange || seen.contains(id))
                expectedRejected << row;
            else
                expectedAccepted << row;
            seen.insert(id);
        }
        QCOMPARE(expectedRejected.size(), 72 + 3);
        ImportOptions options = optionsFor(t.write(QStringLiteral("chunks.csv"), content));
        options.rejectsPath = t.path(QStringLiteral("rejects.csv"));
        const ImportReport report = Importer(t.db()).run(t.admin, options);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.rows, rows);
        QCOMPARE(report.accepted, expectedAccepted.size());
        QCOMPARE(report.rejected, expectedRejected.size());

        QSqlQuery stored(t.db());
        QVERIFY(stored.exec(
            QStringLiteral("SELECT external_id, source_row, facts FROM cases ORDER BY seq")));
        QList<qint64> storedRows;
        while (stored.next()) {
            const qint64 row = stored.value(1).toLongLong();
            storedRows << row;
            QCOMPARE(stored.value(0).toString(), QStringLiteral("c%1").arg(row));
            QCOMPARE(stored.value(2).toString(),
                     QStringLiteral("[\"%1\",\"city%2\"]").arg(row % 90).arg(row));
        }
        QCOMPARE(storedRows, expectedAccepted);

        QFile rejects(options.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = rejects.readAll().split('\n');
        lines.removeFirst(); // the header
        lines.removeLast();  // after the last newline
        QList<qint64> rejectedRows;
        for (const QByteArray& line : std::as_const(lines))
            rejectedRows << line.left(line.indexOf(',')).toLongLong();
        QCOMPARE(rejectedRows, expectedRejected);
    }

    void probabilityColumns() {
        TempDatabase t;
        const QByteArray content = "id,label,p_yes,p_no\n"
                                   "c1,yes,0.7,0.3\n"        // valid, confidence 0.7
                                   "c2,yes,0.5,0.5\n"        // tie: label is one of the maxima
                                   "c3,no,0.7,0.3\n"         // label is not the arg-max
                                   "c4,yes,0.7,0.4\n"        // sums to 1.1
                                   "c5,yes,-0.2,1.2\n"       // negative
                                   "c6,yes,x,0.3\n"          // not a number
                                   "c7,yes,0.6666,0.3333\n"; // sums to 0.9999: within tolerance
        const QString file = t.write(QStringLiteral("p.csv"), content);
        ImportOptions options = optionsFor(file);
        options.probabilityColumns = {{QStringLiteral("yes"), QStringLiteral("p_yes")},
                                      {QStringLiteral("no"), QStringLiteral("p_no")}};
        const ImportReport report = Importer(t.db()).run(t.admin, options);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.accepted, 3);
        QVERIFY(hasReject(report, 3, QStringLiteral("label"),
                          QStringLiteral("must be the most probable")));
        QVERIFY(hasReject(report, 4, QString(), QStringLiteral("sum to 1.1")));
        QVERIFY(hasReject(report, 5, QStringLiteral("p_yes"), QStringLiteral("outside [0, 1]")));
        QVERIFY(hasReject(report, 6, QStringLiteral("p_yes"), QStringLiteral("not a number")));
        QCOMPARE(
            t.value(QStringLiteral("SELECT confidence FROM case_sealed s JOIN cases c ON c.seq "
                                   "= s.case_seq WHERE external_id = 'c1'"))
                .toDouble(),
            0.7);
        const QJsonObject probabilities =
            QJsonDocument::fromJson(
                t.value(
                     QStringLiteral("SELECT probabilities FROM case_sealed s JOIN cases c ON c.seq "
                                    "= s.case_seq WHERE external_id = 'c1'"))
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(probabilities.value(QStringLiteral("no")).toDouble(), 0.3);
        QCOMPARE(
            t.value(QStringLiteral("SELECT facts FROM cases WHERE external_id = 'c1'")).toString(),
            QStringLiteral("[]"));
    }

    void fileLevelErrorsStoreNothing_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("idColumn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing mapped column")
            << header + "c1,approve,0.9,1,x\n"
            << QStringLiteral("case_id") << QStringLiteral("--id-column names column 'case_id'");
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x14\0binary", 14)
                                << QStringLiteral("id") << QStringLiteral("binary file");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("id") << QStringLiteral("empty");
        QTest::newRow("utf16") << QByteArray("\xFF\xFEi\0d\0", 6) << QStringLiteral("id")
                               << QStringLiteral("UTF-16");
    }

    void fileLevelErrorsStoreNothing() {
        QFETCH(QByteArray, content);
        QFETCH(QString, idColumn);
        QFETCH(QString, expected);
        TempDatabase t;
        const QString file = t.write(QStringLiteral("f.csv"), content);
        ImportOptions options = optionsFor(file);
        options.idColumn = idColumn;
        const ImportReport report = Importer(t.db()).run(t.admin, options);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(expected), qPrintable(report.error));
        QVERIFY(report.error.contains(file) || expected == u"binary file" || expected == u"UTF-16");
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases")), 0);
    }

    void unreadableFile() {
        TempDatabase t;
        const ImportReport missing =
            Importer(t.db()).run(t.admin, optionsFor(t.path(QStringLiteral("none.csv"))));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QStringLiteral("none.csv")), qPrintable(missing.error));
        const ImportReport directory =
            Importer(t.db()).run(t.admin, optionsFor(t.dir.path() + QStringLiteral("/")));
        QVERIFY(!directory.ok());
        const ImportReport unknownFormat =
            Importer(t.db()).run(t.admin, optionsFor(t.write(QStringLiteral("x.txt"), header)));
        QVERIFY(unknownFormat.error.contains(QStringLiteral("--format")));
    }

    void strictRejectsTheWholeFile() {
        TempDatabase t;
        const QString file =
            t.write(QStringLiteral("s.csv"), header + "c1,approve,0.9,1,x\nc2,approve,2,1,x\n");
        ImportOptions options = optionsFor(file);
        options.strict = true;
        const ImportReport report = Importer(t.db()).run(t.admin, options);
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(QStringLiteral("--strict")));
        QCOMPARE(report.rejected, 1);
        QVERIFY(hasReject(report, 2, QStringLiteral("confidence"), QStringLiteral("outside")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
    }

    void duplicateBatchIsRefusedUnlessForced() {
        TempDatabase t;
        const QString file = t.write(QStringLiteral("d.csv"), header + "c1,approve,0.9,1,x\n");
        QVERIFY(Importer(t.db()).run(t.admin, optionsFor(file)).ok());
        const ImportReport again = Importer(t.db()).run(t.admin, optionsFor(file));
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(QStringLiteral("already imported")), qPrintable(again.error));
        ImportOptions forced = optionsFor(file);
        forced.force = true;
        const ImportReport report = Importer(t.db()).run(t.admin, forced);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.accepted, 0);
        QVERIFY(
            hasReject(report, 1, QStringLiteral("id"), QStringLiteral("already in the database")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases")), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM import_batches")), 2);
    }

    void duplicateHeadersAreDisambiguated() {
        TempDatabase t;
        const QString file = t.write(QStringLiteral("h.csv"),
                                     "id,label,confidence,score,score,\nc1,approve,0.9,1,2,3\n");
        const ImportReport report = Importer(t.db()).run(t.admin, optionsFor(file));
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(t.value(QStringLiteral("SELECT fact_columns FROM import_batches")).toString(),
                 QStringLiteral("[\"score\",\"score#2\",\"column 6\"]"));
        QCOMPARE(t.value(QStringLiteral("SELECT facts FROM cases")).toString(),
                 QStringLiteral("[\"1\",\"2\",\"3\"]"));
        const QString notices = report.notices.join(u'\n');
        QVERIFY(notices.contains(
            QStringLiteral("column 5 repeats the name 'score'; it is called 'score#2'")));
        QVERIFY(notices.contains(QStringLiteral("column 6 has no name")));
        QVERIFY(notices.contains(QStringLiteral("leak check not applied: 1 accepted rows")));
    }

    void jsonLines() {
        TempDatabase t;
        const QByteArray content =
            "{\"id\": \"j1\", \"label\": \"yes\", \"confidence\": 0.4, \"zeta\": 3, \"alpha\": "
            "null}\n"
            "{\"id\": \"j2\", \"label\": \"no\", \"confidence\": 0.95, \"zeta\": \"x\", \"alpha\": "
            "true}\n"
            "\n"
            "{\"id\": \"j3\", \"label\": \"no\", \"confidence\": 0.95, \"zeta\": 1, \"alpha\": 1, "
            "\"extra\": 1}\n"
            "not json\n"
            "{\"id\": \"j5\", \"id\": \"j6\", \"label\": \"no\", \"confidence\": 0.95}\n";
        const QString file = t.write(QStringLiteral("d.jsonl"), content);
        const ImportReport report = Importer(t.db()).run(t.admin, optionsFor(file));
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.rows, 5);
        QCOMPARE(report.accepted, 2);
        // File order, not alphabetical: zeta before alpha.
        QCOMPARE(t.value(QStringLiteral("SELECT fact_columns FROM import_batches")).toString(),
                 QStringLiteral("[\"zeta\",\"alpha\"]"));
        QCOMPARE(
            t.value(QStringLiteral("SELECT facts FROM cases WHERE external_id = 'j1'")).toString(),
            QStringLiteral("[\"3\",\"\"]"));
        QVERIFY(hasReject(report, 3, QString(), QStringLiteral("'extra'")));
        QVERIFY(hasReject(report, 4, QString(), QStringLiteral("not valid JSON")));
        QVERIFY(hasReject(report, 5, QString(), QStringLiteral("more than once")));
    }

    // A cell may hold 64 KiB exactly; one byte more is a reject naming row and
    // column, never a value cut short. Both formats, with multi-byte characters.
    void factCellLimitIsExact_data() {
        QTest::addColumn<bool>("jsonLines");
        QTest::newRow("csv") << false;
        QTest::newRow("jsonl") << true;
    }

    void factCellLimitIsExact() {
        QFETCH(bool, jsonLines);
        TempDatabase t;
        // 65,536 bytes: 'e' then U+00E9 (two bytes) repeated.
        const QByteArray fits =
            'x' + QByteArray(maxFieldBytes / 2 - 1, 'e').replace("e", "\xC3\xA9") + 'x';
        QCOMPARE(fits.size(), maxFieldBytes);
        const QByteArray over = fits + 'y';
        QByteArray content;
        if (jsonLines) {
            content = "{\"id\": \"a\", \"label\": \"yes\", \"confidence\": 0.5, \"city\": \"" +
                      fits +
                      "\"}\n{\"id\": \"b\", \"label\": \"no\", \"confidence\": 0.5, "
                      "\"city\": \"" +
                      over + "\"}\n";
        } else {
            content = "id,label,confidence,city\na,yes,0.5," + fits + "\nb,no,0.5," + over + '\n';
        }
        const QString file = t.write(
            jsonLines ? QStringLiteral("limit.jsonl") : QStringLiteral("limit.csv"), content);
        const ImportReport report = Importer(t.db()).run(t.admin, optionsFor(file));
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.accepted, 1);
        QCOMPARE(report.rejected, 1);
        QVERIFY2(hasReject(report, 2, QStringLiteral("city"), QStringLiteral("longer than 64 KiB")),
                 qPrintable(describe(report)));
        const QJsonArray facts =
            QJsonDocument::fromJson(
                t.value(QStringLiteral("SELECT facts FROM cases WHERE external_id = 'a'"))
                    .toString()
                    .toUtf8())
                .array();
        QCOMPARE(facts.at(0).toString().toUtf8(), fits);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases WHERE external_id = 'b'")), 0);
    }

    // A JSON line longer than the line limit is a reject; the rows after it are read.
    void overlongJsonLineIsRejectedAndReadingGoesOn() {
        TempDatabase t;
        QByteArray content = "{\"id\": \"a\", \"label\": \"yes\", \"confidence\": 0.5, "
                             "\"city\": \"x\"}\n";
        content += "{\"id\": \"b\", \"label\": \"no\", \"confidence\": 0.5, \"city\": \"" +
                   QByteArray(17 * 1024 * 1024, 'z') + "\"}\n";
        content += "{\"id\": \"c\", \"label\": \"no\", \"confidence\": 0.5, \"city\": "
                   "\"y\"}\n";
        const QString file = t.write(QStringLiteral("long.jsonl"), content);
        const ImportReport report = Importer(t.db()).run(t.admin, optionsFor(file));
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.rows, 3);
        QCOMPARE(report.accepted, 2);
        QVERIFY(hasReject(report, 2, QString(), QStringLiteral("longer than 16 MiB")));
    }

    void routingFollowsThresholdAndSample() {
        TempDatabase t;
        QByteArray content = "id,label,confidence\n";
        for (int i = 0; i < 2000; ++i)
            content += "r" + QByteArray::number(i) + ",yes," + (i % 4 == 0 ? "0.5" : "0.9") + '\n';
        const QString file = t.write(QStringLiteral("r.csv"), content);
        ImportOptions options = optionsFor(file);
        options.threshold = 0.75;
        options.auditRate = 0.1;
        options.seed = 42;
        const ImportReport report = Importer(t.db()).run(t.admin, options);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.routedReview, 500);
        QCOMPARE(report.routedReview + report.routedAutomated, report.accepted);
        // Each audited case is exactly one whose re-derived draw is under the rate.
        qint64 expectedAudit = 0;
        for (int i = 0; i < 2000; ++i) {
            if (i % 4 != 0 && auditDraw(42, QStringLiteral("r%1").arg(i)) < 0.1)
                ++expectedAudit;
        }
        QCOMPARE(report.routedAudit, expectedAudit);
        QVERIFY(expectedAudit > 110 && expectedAudit < 190); // about 10 % of 1500
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases WHERE queue = 'audit'")),
                 expectedAudit);
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM cases WHERE route = 'automated' AND queue IS NULL")),
                 1500 - expectedAudit);
        QCOMPARE(t.value(QStringLiteral("SELECT seed FROM import_batches")).toLongLong(), 42);
        QCOMPARE(t.value(QStringLiteral("SELECT policy_overridden FROM import_batches")).toInt(),
                 1);
    }

    void sameSeedSameAuditSetDifferentSeedDifferent() {
        QByteArray content = "id,label,confidence\n";
        for (int i = 0; i < 1000; ++i)
            content += "s" + QByteArray::number(i) + ",yes,0.99\n";
        auto auditSet = [&](qint64 seed) {
            TempDatabase t;
            ImportOptions options = optionsFor(t.write(QStringLiteral("s.csv"), content));
            options.seed = seed;
            options.auditRate = 0.2;
            const ImportReport report = Importer(t.db()).run(t.admin, options);
            if (!report.ok())
                qFatal("%s", qPrintable(report.error));
            QStringList ids;
            QSqlQuery query(t.db());
            query.exec(QStringLiteral(
                "SELECT external_id FROM cases WHERE queue = 'audit' ORDER BY external_id"));
            while (query.next())
                ids << query.value(0).toString();
            return ids;
        };
        const QStringList first = auditSet(7);
        QVERIFY(first.size() > 150);
        QCOMPARE(auditSet(7), first);
        QVERIFY(auditSet(8) != first);
    }

    void leakingNumericColumnIsRefused() {
        TempDatabase t;
        const QByteArray content =
            syntheticFile(400, "risk_score", [](bool approve, std::mt19937& r) {
                std::uniform_real_distribution<double> u(0, 0.45);
                return QByteArray::number(approve ? 0.55 + u(r) : u(r), 'f', 3);
            });
        const QString file = t.write(QStringLiteral("leak.csv"), content);
        const ImportReport report = Importer(t.db()).run(t.admin, optionsFor(file));
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(QStringLiteral("'risk_score' (score 1.000)")),
                 qPrintable(report.error));
        QCOMPARE(report.leaks.size(), 1);
        QCOMPARE(report.leaks.first().column, QStringLiteral("risk_score"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases")), 0);

        // Hidden, the same file imports, and the column is stored apart.
        ImportOptions hidden = optionsFor(file);
        hidden.hiddenColumns = {QStringLiteral("risk_score")};
        const ImportReport hiddenReport = Importer(t.db()).run(t.admin, hidden);
        QVERIFY2(hiddenReport.ok(), qPrintable(hiddenReport.error));
        QCOMPARE(hiddenReport.accepted, 400);
    }

    void leakingCategoricalColumnIsRefusedUnlessAllowed() {
        TempDatabase t;
        const QByteArray content =
            syntheticFile(300, "risk_band", [](bool approve, std::mt19937& r) {
                std::uniform_int_distribution<int> band(0, 1);
                return QByteArray(approve ? (band(r) ? "A" : "B") : (band(r) ? "D" : "E"));
            });
        const QString file = t.write(QStringLiteral("band.csv"), content);
        const ImportReport refused = Importer(t.db()).run(t.admin, optionsFor(file));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.leaks.size(), 1);
        QVERIFY(refused.leaks.first().cramersV > 0.95);

        ImportOptions allowed = optionsFor(file);
        allowed.allowedLeakColumns = {QStringLiteral("risk_band")};
        const ImportReport report = Importer(t.db()).run(t.admin, allowed);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.leaks.size(), 1); // still reported
        QVERIFY(report.notices.join(u'\n').contains(QStringLiteral("allowed")));
    }

    void weaklyRelatedColumnPasses() {
        TempDatabase t;
        // Related to the label, as a real predictor is, but far from giving it away.
        const QByteArray content =
            syntheticFile(1000, "debt_ratio", [](bool approve, std::mt19937& r) {
                std::normal_distribution<double> n(approve ? 0.30 : 0.40, 0.12);
                return QByteArray::number(n(r), 'f', 3);
            });
        const ImportReport report =
            Importer(t.db()).run(t.admin, optionsFor(t.write(QStringLiteral("w.csv"), content)));
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.leaks.size(), 0);
        double debtScore = -1;
        for (const ColumnAssociation& a : report.associations) {
            if (a.column == u"debt_ratio")
                debtScore = a.score;
        }
        QVERIFY2(debtScore > 0.2 && debtScore < 0.7, qPrintable(QString::number(debtScore)));
    }

    void cancelledMidwayLeavesNothing() {
        TempDatabase t;
        QByteArray content = "id,label,confidence\n";
        for (int i = 0; i < 50000; ++i)
            content += "x" + QByteArray::number(i) + ",yes,0.5\n";
        const QString file = t.write(QStringLiteral("big.csv"), content);
        int calls = 0;
        const ImportReport report =
            Importer(t.db()).run(t.admin, optionsFor(file), [&](qint64 done, qint64 total) {
                ++calls;
                return done < total / 2; // fail half-way through
            });
        QVERIFY(!report.ok());
        QVERIFY(calls > 1);
        QVERIFY(report.rows > 1000 && report.rows < 50000);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM case_sealed")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM model_versions")), 0);
        // And the database still takes the same file afterwards.
        QVERIFY(Importer(t.db()).run(t.admin, optionsFor(file)).ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases")), 50000);
    }

    // While an import stages its rows, a second connection sees none of them:
    // no queued case to count or claim, no batch, no case to look up, a trail
    // that verifies; once published, every one at once.
    void aBatchBeingStagedIsInvisibleUntilPublished() {
        TempDatabase t;
        const Session rita = addReviewer(t, QStringLiteral("rita"));
        constexpr int rows = 5000; // progress is called between chunks, while staging
        // reviewCasesCsv's confidences are all below the 0.75 threshold: every
        // row goes to the review queue, so the file's row count is the expectation.
        const QByteArray csv = reviewCasesCsv(rows);
        QCOMPARE(csv.count('\n'), rows + 1);
        Result<Database> other = Database::open(t.location, Database::OpenMode::MustExist);
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        const QSqlDatabase reader = other->connection();
        ReviewService reviews(reader);

        int checks = 0;
        auto whileStaging = [&](qint64 done, qint64 total) {
            if (done >= total || checks > 0)
                return true;
            ++checks;
            QSqlQuery raw(reader);
            // The rows are physically there, queued in the index...
            [&] {
                QVERIFY(raw.exec(QStringLiteral("SELECT count(*) FROM cases WHERE queue = "
                                                "'review' AND state = 'queued'")) &&
                        raw.next());
                QVERIFY(raw.value(0).toLongLong() >= 2000);
                QVERIFY(raw.exec(QStringLiteral("SELECT count(*) FROM import_batches WHERE "
                                                "staging = 1")) &&
                        raw.next());
                QCOMPARE(raw.value(0).toLongLong(), 1);
                // ...and no reader shows them.
                const Result<QueueOverview> depths = readQueueOverview(reader);
                QVERIFY(depths.ok());
                for (const QueueDepth& queue : depths->queues)
                    QCOMPARE(queue.pending, 0);
                const Result<std::optional<ClaimedCase>> claimed =
                    reviews.claimNext(rita, QStringLiteral("review"));
                QVERIFY(claimed.ok());
                QVERIFY(!claimed->has_value());
                const Result<QList<BatchSummary>> batches = readBatches(reader, 10);
                QVERIFY(batches.ok());
                QVERIFY(batches->isEmpty());
                QVERIFY(!buildCaseDossier(reader, t.admin, QStringLiteral("case-1"), false).ok());
                const Result<Verification> verified = verifyAuditTrail(reader, t.admin);
                QVERIFY(verified.ok());
                QVERIFY(verified->intact());
            }();
            return !QTest::currentTestFailed();
        };
        ImportOptions options;
        options.filePath = t.write(QStringLiteral("staged.csv"), csv);
        options.probabilityColumns = {{QStringLiteral("approve"), QStringLiteral("p_approve")},
                                      {QStringLiteral("decline"), QStringLiteral("p_decline")}};
        options.modelName = QStringLiteral("credit-risk");
        const ImportReport report = Importer(t.db()).run(t.admin, options, whileStaging);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(checks, 1);

        const Result<QueueOverview> depths = readQueueOverview(reader);
        QVERIFY(depths.ok());
        QCOMPARE(depths->queues.first().name, QStringLiteral("review"));
        QCOMPARE(depths->queues.first().pending, rows);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM import_batches WHERE staging = 0 "
                                        "AND staged_by IS NULL")),
                 1);
        const Result<std::optional<ClaimedCase>> claimed =
            reviews.claimNext(rita, QStringLiteral("review"));
        QVERIFY(claimed.ok() && claimed->has_value());
        const Result<Verification> verified = verifyAuditTrail(reader, t.admin);
        QVERIFY(verified.ok() && verified->intact());
    }

    // A staged batch is removed only when its import is dead: kept while its
    // process runs here, or while another computer's import keeps writing; removed
    // once silent too long. The import whose rows were removed then fails cleanly.
    void abandonedStagingIsRemovedOnlyWhenItsImportIsDead() {
        TempDatabase t;
        Result<Database> other = Database::open(t.location, Database::OpenMode::MustExist);
        QVERIFY(other.ok());
        const QSqlDatabase reader = other->connection();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime silent = now.addSecs(stagingSilenceLimitSeconds + 60);
        QList<int> removed;
        auto judgeWhileStaging = [&](qint64 done, qint64 total) {
            if (done >= total || !removed.isEmpty())
                return true;
            auto removeDead = [&](const QDateTime& at) {
                const Result<int> count = removeAbandonedImports(reader, at);
                removed << (count.ok() ? count.value() : -1);
            };
            removeDead(now); // staged by this very process, which runs
            QSqlQuery query(reader);
            query.prepare(QStringLiteral("UPDATE import_batches SET staged_by = ? "
                                         "WHERE staging = 1"));
            query.addBindValue(QStringLiteral("another-computer 1"));
            if (!query.exec())
                return false;
            removeDead(now);    // another computer's import, writing a moment ago
            removeDead(silent); // the same, silent for longer than the limit
            return true;
        };
        ImportOptions options;
        options.filePath = t.write(QStringLiteral("s.csv"), reviewCasesCsv(5000));
        options.probabilityColumns = {{QStringLiteral("approve"), QStringLiteral("p_approve")},
                                      {QStringLiteral("decline"), QStringLiteral("p_decline")}};
        const ImportReport report = Importer(t.db()).run(t.admin, options, judgeWhileStaging);
        QCOMPARE(removed, (QList<int>{0, 0, 1}));
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(QStringLiteral("removed this import's rows as abandoned")),
                 qPrintable(report.error));
        for (const QString& table :
             {QStringLiteral("cases"), QStringLiteral("case_sealed"),
              QStringLiteral("import_batches"), QStringLiteral("model_versions")})
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM ") + table), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action LIKE "
                                        "'batch.%'")),
                 0);
    }

    void onlyAdministratorsImport() {
        TempDatabase t;
        const QString file = t.write(QStringLiteral("a.csv"), header + "c1,approve,0.9,1,x\n");
        const Session reviewer{
            QStringLiteral("someone"), QStringLiteral("rita"), {QStringLiteral("reviewer")}};
        const ImportReport report = Importer(t.db()).run(reviewer, optionsFor(file));
        QVERIFY(!report.ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM cases")), 0);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
