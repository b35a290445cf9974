// Case data is untrusted: a file may hold markup, bidirectional overrides,
// invisible characters, emoji, control characters, SQL and spreadsheet formulas.
// Through the real import and the real review page, every such value is stored
// byte for byte and shown as the characters it holds: never as markup, never as a
// keyboard mnemonic, in every label and button that shows it.
#include "appsettings.h"
#include "mainwindow.h"
#include "pages/reviewpage.h"
#include "pages/reviewqueuespage.h"
#include "reviewsupport.h"
#include "widgets/plaintext.h"
#include "widgets/revealpanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>

using namespace oversight;
using namespace oversight::test;

namespace {

// Labels (the model's classes) and facts that try to be something other than text.
const QString markupLabel = QStringLiteral("R&D <b>approve</b>");
const QString overrideLabel = QStringLiteral("decline\u202E\u05E9\u05DC\u05D5\u05DD");

QList<std::pair<QString, QString>> hostileFacts() {
    return {
        {QStringLiteral("html"),
         QStringLiteral("<b>bold</b><img src=x onerror=alert(1)><a href='http://evil'>click</a>")},
        {QStringLiteral("<h1>column</h1>"), QStringLiteral("a heading as a column name")},
        {QStringLiteral("rtl"), QStringLiteral("\u202Eevil.exe\u202C \u05E9\u05DC\u05D5\u05DD "
                                               "\u0645\u0631\u062D\u0628\u0627")},
        {QStringLiteral("zero_width"), QStringLiteral("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf")},
        {QStringLiteral("emoji"),
         QStringLiteral("\U0001F469\u200D\u2696\uFE0F \U0001F525 \U0001F1E9"
                        "\U0001F1EA")},
        {QStringLiteral("control"),
         QStringLiteral("bell\u0007 escape\u001B[31mred\u001B[0m tab\tend")},
        {QStringLiteral("sql"), QStringLiteral("'; DROP TABLE cases; -- \" OR 1=1")},
        {QStringLiteral("formula"), QStringLiteral("=HYPERLINK(\"http://evil\",\"open\")")},
        {QStringLiteral("ampersand"), QStringLiteral("Smith & Sons &amp; &lt;b&gt;")},
        // One word as long as a cell may be: no place to break it.
        {QStringLiteral("long"), QString(maxFieldBytes, u'W')},
    };
}

QByteArray csvField(const QString& text) {
    QByteArray bytes = text.toUtf8();
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray hostileCsv(int cases) {
    const auto facts = hostileFacts();
    QByteArray csv = "id,label,confidence";
    for (const auto& [name, value] : facts)
        csv += ',' + csvField(name);
    csv += '\n';
    for (int i = 0; i < cases; ++i) {
        csv += csvField(QStringLiteral("<i>case</i>&%1").arg(i)) + ',' +
               csvField(i % 2 ? markupLabel : overrideLabel) + ",0.6";
        for (const auto& [name, value] : facts)
            csv += ',' + csvField(value);
        csv += '\n';
    }
    return csv;
}

// What a person sees of a label: its characters, or the text its markup renders.
QString shownText(const QLabel* label) {
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    return rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
}

// What a person sees of a button: '&' marks a mnemonic, '&&' is one ampersand.
QString shownText(const QAbstractButton* button) {
    QString shown;
    const QString text = button->text();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i;
        else if (text[i] == u'&')
            continue;
        shown += text[i];
    }
    return shown;
}

QStringList shownTexts(QWidget* root) {
    QStringList texts;
    for (const QLabel* label : root->findChildren<QLabel*>())
        texts << shownText(label);
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>())
        texts << shownText(button);
    return texts;
}

// No control character or bidirectional override reaches the screen to act on
// the text around it: each is shown as a visible sign instead.
void expectNothingActsOnTheText(const QStringList& texts) {
    for (const QString& text : texts)
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const bool acts = (u < 0x20 && u != u'\t' && u != u'\n') || u == 0x7F ||
                              (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) ||
                              u == 0x200B || u == 0xFEFF;
            QVERIFY2(!acts, qPrintable(QStringLiteral("U+%1 in '%2'")
                                           .arg(int(u), 4, 16, QLatin1Char('0'))
                                           .arg(text.left(60))));
        }
}

bool shows(const QStringList& texts, const QString& value) {
    for (const QString& text : texts)
        if (text.contains(value))
            return true;
    return false;
}

} // namespace

class TestHostileContent : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void visibleTextShowsWhatActsAndKeepsWhatWrites() {
        QCOMPARE(visibleText(QStringLiteral("a\u001B[31mb\u0007")),
                 QStringLiteral("a[U+001B][31mb[U+0007]"));
        QCOMPARE(visibleText(QStringLiteral("\u202Eexe.live")), QStringLiteral("[U+202E]exe.live"));
        QCOMPARE(visibleText(QStringLiteral("c\u200B1\uFEFF")),
                 QStringLiteral("c[U+200B]1[U+FEFF]"));
        // Joiners and right-to-left marks are part of writing, not tricks.
        const QString written = QStringLiteral("\U0001F469\u200D\u2696 \u0645\u200C\u0631 "
                                               "\u05E9\u200F tab\tline\nend");
        QCOMPARE(visibleText(written), written);
    }

    void importStoresEveryValueByteForByte() {
        TempDatabase temp;
        ImportOptions options;
        options.filePath = temp.write(QStringLiteral("hostile.csv"), hostileCsv(4));
        options.threshold = 1.0;
        const ImportReport report = Importer(temp.db()).run(temp.admin, options);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.accepted, 4);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases")), 4);
        // Facts are stored as a JSON array in column order.
        QJsonParseError error;
        const QJsonArray stored =
            QJsonDocument::fromJson(
                temp.value(QStringLiteral("SELECT facts FROM cases ORDER BY seq LIMIT 1"))
                    .toString()
                    .toUtf8(),
                &error)
                .array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto facts = hostileFacts();
        QCOMPARE(stored.size(), facts.size());
        for (qsizetype i = 0; i < facts.size(); ++i)
            QCOMPARE(stored.at(i).toString(), facts[i].second);
        QCOMPARE(temp.value(QStringLiteral("SELECT external_id FROM cases ORDER BY seq LIMIT 1"))
                     .toString(),
                 QStringLiteral("<i>case</i>&0"));
    }

    void reviewPageShowsDataAsPlainText() {
        TempDatabase temp;
        ImportOptions options;
        options.filePath = temp.write(QStringLiteral("hostile.csv"), hostileCsv(4));
        options.threshold = 1.0;
        QVERIFY(Importer(temp.db()).run(temp.admin, options).ok());
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        AppSettings settings(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(temp.location));
        window.setSession(reviewer);
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.reviewQueuesPage()->startButton(), Qt::LeftButton);
        ReviewPage* page = window.reviewPage();
        QVERIFY(page->isVisible());

        const QStringList blind = shownTexts(page);
        for (const auto& [name, value] : hostileFacts())
            QVERIFY2(shows(blind, visibleText(value)),
                     qPrintable(QStringLiteral("fact %1 is not shown as it is").arg(name)));
        QVERIFY(shows(blind, QStringLiteral("<i>case</i>&")));
        QVERIFY(shows(blind, markupLabel));
        QVERIFY(shows(blind, QStringLiteral("decline[U+202E]")));
        expectNothingActsOnTheText(blind);
        // Markup in data never becomes a link, an image or a heading.
        for (const QLabel* label : page->findChildren<QLabel*>())
            QVERIFY2(label->textFormat() != Qt::AutoText || !Qt::mightBeRichText(label->text()),
                     qPrintable(label->text().left(80)));
        // A 64 KiB word scrolls inside the facts; it does not make the window wider
        // than a screen.
        QVERIFY2(window.minimumSizeHint().width() < 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));

        // Commit the first decision (the first label offered): the reveal shows
        // both answers verbatim too.
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus != nullptr);
        QTest::keyClick(focus, Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(page->isRevealed());
        const QStringList revealed = shownTexts(page->revealPanel());
        QVERIFY(shows(revealed, markupLabel) || shows(revealed, visibleText(overrideLabel)));
        expectNothingActsOnTheText(revealed);
        const QString modelLabel =
            temp.value(QStringLiteral("SELECT s.model_label FROM case_sealed s JOIN cases c ON "
                                      "c.seq = s.case_seq WHERE c.id = '%1'")
                           .arg(page->currentCaseId()))
                .toString();
        QVERIFY(!modelLabel.isEmpty());
        QVERIFY2(shows(revealed, visibleText(modelLabel)), qPrintable(revealed.join(u'|')));
        for (const QLabel* label : page->revealPanel()->findChildren<QLabel*>())
            QVERIFY2(label->textFormat() != Qt::AutoText || !Qt::mightBeRichText(label->text()),
                     qPrintable(label->text().left(80)));
    }
};

QTEST_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
