// An import of a 2 GiB file streams: the CLI's peak resident memory stays within
// the budget of DESIGN.md (200 MB, the same as for a million ordinary rows) while
// every row is stored. The rows carry a long note, as exports with free text do,
// so the file reaches 2 GiB with about a million rows. Prints its figures.
//
// Not built in the sanitizer configuration: AddressSanitizer's shadow memory makes
// a resident-memory figure meaningless there.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 fileBytes = qint64(2) * 1024 * 1024 * 1024;
constexpr qint64 budgetMegabytes = 200;

} // namespace

class TestLargeImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoGibFileStreamsWithinTheMemoryBudget() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The file, the write-ahead log and the database each hold about the data once.
        const qint64 needed = 7 * fileBytes;
        const qint64 free = QStorageInfo(dir.path()).bytesAvailable();
        if (free < needed)
            QFAIL(qPrintable(QStringLiteral("needs %1 GB free in %2, has %3 GB")
                                 .arg(needed / 1e9, 0, 'f', 1)
                                 .arg(dir.path())
                                 .arg(free / 1e9, 0, 'f', 1)));

        const QString csv = dir.filePath(QStringLiteral("large.csv"));
        qint64 rows = 0;
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray chunk = "id,label,confidence,age,region,segment,note\n";
            const QByteArray filler(1900, 'n');
            qint64 written = 0;
            while (written < fileBytes) {
                for (int i = 0; i < 1000; ++i, ++rows) {
                    chunk +=
                        "L" + QByteArray::number(rows) + ',' + (rows % 3 ? "approve" : "decline") +
                        ",0." + QByteArray::number(50 + rows % 50) + ',' +
                        QByteArray::number(18 + rows % 67) + ",region-" +
                        QByteArray::number(rows % 13) + ",segment-" + QByteArray::number(rows % 7) +
                        ",\"note " + QByteArray::number(rows) + ", " + filler + "\"\n";
                }
                QCOMPARE(file.write(chunk), chunk.size());
                written += chunk.size();
                chunk.clear();
            }
        }
        const qint64 size = QFileInfo(csv).size();
        QVERIFY(size >= fileBytes);

        const QString db = dir.filePath(QStringLiteral("large.db"));
        QProcess init;
        init.start(QStringLiteral(OVERSIGHT_CLI_PATH),
                   {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                    QStringLiteral("admin"), QStringLiteral("--password-stdin")});
        init.write("a-long-test-password\n");
        init.closeWriteChannel();
        QVERIFY(init.waitForFinished(-1) && init.exitCode() == 0);

        // /usr/bin/time reports the peak resident memory of the import process.
        const QString rssFile = dir.filePath(QStringLiteral("rss"));
        QProcess import;
        import.start(QStringLiteral("/usr/bin/time"),
                     {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rssFile,
                      QStringLiteral(OVERSIGHT_CLI_PATH), QStringLiteral("--db"), db,
                      QStringLiteral("import"), csv, QStringLiteral("--as"),
                      QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                      QStringLiteral("--json")});
        import.write("a-long-test-password\n");
        import.closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(import.waitForFinished(-1));
        const double seconds = timer.elapsed() / 1000.0;
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        const QJsonObject report = QJsonDocument::fromJson(import.readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("accepted")).toInteger(), rows);

        QFile rss(rssFile);
        QVERIFY(rss.open(QIODevice::ReadOnly));
        const qint64 peakKilobytes = rss.readAll().trimmed().toLongLong();
        QVERIFY(peakKilobytes > 0);
        const double peakMegabytes = peakKilobytes / 1024.0;
        qInfo("2 GiB import: %lld rows, %.2f GB, %.1f s, peak RSS %.1f MB (budget %lld MB)",
              static_cast<long long>(rows), size / 1e9, seconds, peakMegabytes, budgetMegabytes);
        QVERIFY2(peakMegabytes <= budgetMegabytes,
                 qPrintable(QStringLiteral("peak RSS %1 MB").arg(peakMegabytes)));
    }
};

QTEST_GUILESS_MAIN(TestLargeImport)
#include "tst_largeimport.moc"
