// The streaming CSV reader on its own, across chunk boundaries and bad quoting.
#include "intake/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace oversight;

namespace {

struct Parsed {
    QList<QString> header;
    QList<QList<QByteArray>> rows;
    QList<QString> problems;
};

Parsed parse(const QByteArray& content) {
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Parsed parsed;
    QString error;
    if (!reader.readHeader(parsed.header, error))
        parsed.problems << error;
    Record record;
    while (reader.next(record)) {
        QList<QByteArray> fields;
        for (int i = 0; i < record.fieldCount(); ++i)
            fields << record.field(i).toByteArray();
        parsed.rows << fields;
        parsed.problems << record.problem();
    }
    return parsed;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotedFields() {
        const Parsed p = parse("a,b\r\n\"x, y\",\"line1\nline2\"\r\n\"he said \"\"no\"\"\",\r\n");
        QCOMPARE(p.header, (QList<QString>{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows[0], (QList<QByteArray>{"x, y", "line1\nline2"}));
        QCOMPARE(p.rows[1], (QList<QByteArray>{"he said \"no\"", ""}));
    }

    void byteOrderMarkAndMissingFinalNewline() {
        const Parsed p = parse("\xEF\xBB\xBFid\n1\n2");
        QCOMPARE(p.header.first(), QStringLiteral("id"));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows[1].first(), QByteArray("2"));
    }

    void blankLinesAreSkipped() {
        const Parsed p = parse("id\n\n1\r\n\r\n2\n\n");
        QCOMPARE(p.rows.size(), 2);
    }

    void unterminatedQuoteIsReported() {
        const Parsed p = parse("a,b\n1,\"never closed\n2,3\n");
        QCOMPARE(p.rows.size(), 1);
        QVERIFY(p.problems[0].contains(QStringLiteral("never closed")));
    }

    void textAfterClosingQuoteIsReported() {
        const Parsed p = parse("a\n\"x\"y\n");
        QVERIFY(p.problems[0].contains(QStringLiteral("after a closing quote")));
    }

    void longFieldIsCappedAndReported() {
        QByteArray content = "a,b\n1,";
        content += QByteArray(3 * 1024 * 1024, 'z'); // spans several read chunks
        content += "\n2,ok\n";
        const Parsed p = parse(content);
        QCOMPARE(p.rows.size(), 2);
        QVERIFY(p.problems[0].contains(QStringLiteral("64 KiB")));
        QCOMPARE(p.rows[0][1].size(), maxFieldBytes);
        QCOMPARE(p.rows[1], (QList<QByteArray>{"2", "ok"}));
    }

    void utf8Validation() {
        QVERIFY(isValidUtf8("plain"));
        QVERIFY(isValidUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"));
        QVERIFY(!isValidUtf8("\xC3\x28"));
        QVERIFY(!isValidUtf8("\xC0\xAF"));         // overlong
        QVERIFY(!isValidUtf8("\xED\xA0\x80"));     // surrogate
        QVERIFY(!isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
        QVERIFY(!isValidUtf8("\xE2\x82"));         // truncated
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
