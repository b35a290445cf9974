// The translations: every .ts file complete (a new or changed string fails this
// until it is translated), each translation keeps the source's placeholders and
// mnemonic, keys that share a screen have distinct mnemonics in every language,
// and the compiled catalogues embedded in the application load and translate.
#include "i18n/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace oversight;

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = false;
};

QList<Message> readCatalogue(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = Message{context, {}, {}, false};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"vanished" || type == u"obsolete")
                continue;
            current.finished = type.isEmpty();
            current.translation = xml.readElementText();
            current.finished = current.finished && !current.translation.isEmpty();
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList translationFiles() {
    const QDir folder(QStringLiteral(OVERSIGHT_TRANSLATIONS_DIR));
    QStringList paths;
    for (const QString& name : folder.entryList({QStringLiteral("oversight_*.ts")}, QDir::Files))
        paths << folder.filePath(name);
    return paths;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+"));
    QSet<QString> found;
    for (auto match = placeholder.globalMatch(text); match.hasNext();)
        found << match.next().captured().remove(u'L');
    return found;
}

// The mnemonic letter of a text ("&File" -> "f"), empty when it has none.
QString mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text.mid(i + 1, 1).toLower();
    }
    return {};
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogues_data() {
        QTest::addColumn<QString>("path");
        const QStringList paths = translationFiles();
        QVERIFY(paths.size() >= 2);
        for (const QString& path : paths)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void catalogues() {
        QFETCH(QString, path);
        const QList<Message> messages = readCatalogue(path);
        QVERIFY(messages.size() > 500);
        QStringList unfinished;
        QStringList broken;
        for (const Message& message : messages) {
            if (!message.finished) {
                unfinished << message.context + QStringLiteral(": ") + message.source;
                continue;
            }
            if (placeholders(message.source) != placeholders(message.translation))
                broken << QStringLiteral("placeholders differ: ") + message.source +
                              QStringLiteral(" -> ") + message.translation;
            if (mnemonicOf(message.source).isEmpty() != mnemonicOf(message.translation).isEmpty())
                broken << QStringLiteral("mnemonic lost or added: ") + message.source +
                              QStringLiteral(" -> ") + message.translation;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished entries (run lupdate, then translate "
                                           "them in Qt Linguist):\n")
                                .arg(unfinished.size()) +
                            unfinished.join(u'\n')));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void mnemonicsOnOneScreenDiffer_data() {
        QTest::addColumn<QString>("path");
        for (const QString& path : translationFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void mnemonicsOnOneScreenDiffer() {
        // The window's menus and page tabs, and the review page on top of them.
        QFETCH(QString, path);
        QHash<std::pair<QString, QString>, QString> translated;
        for (const Message& message : readCatalogue(path))
            translated.insert({message.context, message.source}, message.translation);
        const QString window = QStringLiteral("oversight::MainWindow");
        const QList<std::pair<QString, QString>> screen{
            {window, QStringLiteral("&File")},
            {window, QStringLiteral("&View")},
            {window, QStringLiteral("&Help")},
            {window, QStringLiteral("&Review")},
            {window, QStringLiteral("&Dashboard")},
            {window, QStringLiteral("&Queues")},
            {window, QStringLiteral("Import &Batches")},
            {window, QStringLiteral("&Users")},
            {QStringLiteral("oversight::ReviewPage"), QStringLiteral("How &sure are you?")},
            {QStringLiteral("oversight::ReviewPage"), QStringLiteral("&Commit my decision")},
            {QStringLiteral("oversight::ReviewPage"), QStringLiteral("Re&lease...")},
            {QStringLiteral("oversight::ReviewPage"), QStringLiteral("&Escalate...")},
            {QStringLiteral("oversight::RevealPanel"), QStringLiteral("&Keep mine: %1")},
            {QStringLiteral("oversight::RevealPanel"), QStringLiteral("Take the &model's: %1")},
            {QStringLiteral("oversight::RevealPanel"), QStringLiteral("&Other:")},
            {QStringLiteral("oversight::RevealPanel"), QStringLiteral("Ra&tionale:")},
            {QStringLiteral("oversight::RevealPanel"), QStringLiteral("Finali&ze and next")},
        };
        QHash<QString, QString> owner;
        for (const auto& key : screen) {
            QVERIFY2(translated.contains(key), qPrintable(key.second));
            const QString letter = mnemonicOf(translated.value(key));
            QVERIFY2(!letter.isEmpty(), qPrintable(translated.value(key)));
            QVERIFY2(!owner.contains(letter),
                     qPrintable(QStringLiteral("'%1' and '%2' share Alt+%3")
                                    .arg(owner.value(letter), translated.value(key), letter)));
            owner.insert(letter, translated.value(key));
        }
    }

    void embeddedCataloguesLoadAndTranslate() {
        QCOMPARE(availableLanguages(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}));
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("de"), QStringLiteral("&Datei")},
            {QStringLiteral("es"), QStringLiteral("&Archivo")}};
        for (const auto& [language, file] : expected) {
            QTranslator translator;
            QVERIFY(translator.load(QLocale(language), QStringLiteral("oversight"),
                                    QStringLiteral("_"), QStringLiteral(":/i18n")));
            QCOMPARE(translator.translate("oversight::MainWindow", "&File"), file);
        }
    }

    void chosenLanguageSetsTheLocale() {
        const QLocale locale =
            installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(locale.language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QCOMPARE(QCoreApplication::translate("oversight::MainWindow", "&Quit"),
                 QStringLiteral("&Beenden"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
