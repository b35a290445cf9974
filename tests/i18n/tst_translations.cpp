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

// Texts shown together, as (context, source).
using Screen = QList<std::pair<QString, QString>>;

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
        QTest::addColumn<QString>("path"); // empty: the English sources
        QTest::addColumn<Screen>("screen");
        const QString window = QStringLiteral("oversight::MainWindow");
        const QList<std::pair<QString, QString>> menuBar{{window, QStringLiteral("&File")},
                                                         {window, QStringLiteral("&View")},
                                                         {window, QStringLiteral("&Help")}};
        const QList<std::pair<QString, QString>> tabs{
            {window, QStringLiteral("&Review")}, {window, QStringLiteral("&Dashboard")},
            {window, QStringLiteral("&Queues")}, {window, QStringLiteral("Import &Batches")},
            {window, QStringLiteral("&Users")},
        };
        const QString review = QStringLiteral("oversight::ReviewPage");
        const QString reveal = QStringLiteral("oversight::RevealPanel");
        const QString dashboard = QStringLiteral("oversight::DashboardPage");
        const QString welcome = QStringLiteral("oversight::WelcomePage");
        const QString settings = QStringLiteral("oversight::SettingsDialog");
        const QString import = QStringLiteral("oversight::ImportDialog");
        const QString newDatabase = QStringLiteral("oversight::NewDatabaseDialog");
        // What shares one screen: the menu bar and tabs stay in reach on every page.
        const QList<std::pair<QString, QList<std::pair<QString, QString>>>> screens{
            {QStringLiteral("review page"),
             menuBar + tabs +
                 QList<std::pair<QString, QString>>{
                     {review, QStringLiteral("How &sure are you?")},
                     {review, QStringLiteral("&Commit my decision")},
                     {review, QStringLiteral("Re&lease...")},
                     {review, QStringLiteral("&Escalate...")},
                     {reveal, QStringLiteral("&Keep mine: %1")},
                     {reveal, QStringLiteral("Take the &model's: %1")},
                     {reveal, QStringLiteral("&Other:")},
                     {reveal, QStringLiteral("Ra&tionale:")},
                     {reveal, QStringLiteral("Finali&ze and next")}}},
            {QStringLiteral("dashboard"),
             menuBar + tabs +
                 QList<std::pair<QString, QString>>{
                     {dashboard, QStringLiteral("&Period:")},
                     {dashboard, QStringLiteral("Qu&eue:")},
                     {dashboard, QStringLiteral("&Model:")},
                     {dashboard, QStringLiteral("Rev&iewer:")},
                     {dashboard, QStringLiteral("Show as &tables")},
                     {dashboard, QStringLiteral("E&xport Report...")},
                     {dashboard, QStringLiteral("&Warnings (activate one to see the reviews "
                                                "behind it)")}}},
            {QStringLiteral("welcome page"),
             menuBar +
                 QList<std::pair<QString, QString>>{
                     {window, QStringLiteral("&Welcome")},
                     {welcome, QStringLiteral("&Create a New Database...")},
                     {welcome, QStringLiteral("&Import a File...")},
                     {welcome, QStringLiteral("Open the &Demo")},
                     {welcome, QStringLiteral("&Open a Database...")},
                     {welcome, QStringLiteral("Connect to a &Server...")}}},
            {QStringLiteral("file menu"),
             {{window, QStringLiteral("&Open Database...")},
              {window, QStringLiteral("Connect to &Server...")},
              {window, QStringLiteral("S&witch User...")},
              {window, QStringLiteral("&Import Decisions...")},
              {window, QStringLiteral("Open the &Demo")},
              {window, QStringLiteral("Se&ttings...")},
              {window, QStringLiteral("&Quit")}}},
            {QStringLiteral("settings"),
             {{settings, QStringLiteral("&Language:")},
              {settings, QStringLiteral("Default review &queue:")},
              {settings, QStringLiteral("&Organisation name:")},
              {settings, QStringLiteral("Analytics &time zone:")},
              {settings, QStringLiteral("Review l&ease:")},
              {settings, QStringLiteral("Warn when the team's override rate is &below:")},
              {settings, QStringLiteral("A reviewer is &passive below:")},
              {settings, QStringLiteral("Warn when passive reviewers are &more than:")},
              {settings, QStringLiteral("Warn when busy days override less than (× quiet &days):")},
              {settings, QStringLiteral("Trend warning &significance level:")}}},
            {QStringLiteral("import"),
             {{import, QStringLiteral("&Browse...")},
              {import, QStringLiteral("&File:")},
              {import, QStringLiteral("&Model:")},
              {import, QStringLiteral("&Version:")},
              {import, QStringLiteral("Case id co&lumn:")},
              {import, QStringLiteral("&Decision column:")},
              {import, QStringLiteral("&Confidence:")},
              {import, QStringLiteral("Known &outcome:")},
              {import, QStringLiteral("&Hidden from reviewers:")},
              {import, QStringLiteral("&Import")}}},
            {QStringLiteral("new database"),
             {{newDatabase, QStringLiteral("&Browse...")},
              {newDatabase, QStringLiteral("&File:")},
              {newDatabase, QStringLiteral("Administrator &login:")},
              {newDatabase, QStringLiteral("&Password:")},
              {newDatabase, QStringLiteral("&Repeat:")},
              {newDatabase, QStringLiteral("&Create")}}},
            {QStringLiteral("demo"),
             {{newDatabase, QStringLiteral("&File:")},
              {newDatabase, QStringLiteral("&Sign in as:")},
              {newDatabase, QStringLiteral("&Password:")},
              {newDatabase, QStringLiteral("&Repeat:")},
              {newDatabase, QStringLiteral("Create the &Demo")}}},
        };
        QStringList paths = translationFiles();
        paths.prepend(QString());
        for (const QString& path : std::as_const(paths)) {
            const QString language =
                path.isEmpty() ? QStringLiteral("en") : QFileInfo(path).completeBaseName();
            for (const auto& [name, keys] : screens)
                QTest::newRow(qPrintable(language + u' ' + name)) << path << keys;
        }
    }

    void mnemonicsOnOneScreenDiffer() {
        QFETCH(QString, path);
        QFETCH(Screen, screen);
        QHash<std::pair<QString, QString>, QString> translated;
        if (!path.isEmpty()) {
            for (const Message& message : readCatalogue(path))
                translated.insert({message.context, message.source}, message.translation);
        }
        QHash<QString, QString> owner;
        for (const auto& key : screen) {
            QVERIFY2(path.isEmpty() || translated.contains(key), qPrintable(key.second));
            const QString text = path.isEmpty() ? key.second : translated.value(key);
            const QString letter = mnemonicOf(text);
            QVERIFY2(!letter.isEmpty(), qPrintable(text));
            QVERIFY2(!owner.contains(letter),
                     qPrintable(QStringLiteral("'%1' and '%2' share Alt+%3")
                                    .arg(owner.value(letter), text, letter)));
            owner.insert(letter, text);
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
