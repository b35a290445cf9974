// oversight: the desktop application.
#include "appsettings.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "widgets/plaintext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Oversight"));
    QApplication::setApplicationName(QStringLiteral("oversight"));
    QApplication::setApplicationDisplayName(QStringLiteral("Oversight"));
    QApplication::setApplicationVersion(QStringLiteral(OVERSIGHT_VERSION));
    // The id of the installed .desktop file: Wayland compositors match windows to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.oversight.Oversight"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.oversight.Oversight"),
                         QIcon(QStringLiteral(":/icons/org.oversight.Oversight.svg"))));

    oversight::AppSettings settings;
    oversight::installTranslations(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Oversight desktop application"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Database to open: a file, or a team server as "
                                        "postgresql://user@host:port/dbname."),
        QStringLiteral("location"));
    parser.addOption(dbOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("OVERSIGHT_DB");

    oversight::MainWindow window(settings);
    // The first start: nothing named and nothing in the usual place yet.
    if (path.isEmpty() && !QFileInfo::exists(oversight::Database::defaultPath())) {
        window.showWelcome();
        window.show();
        return app.exec();
    }
    if (path.isEmpty())
        path = oversight::Database::defaultPath();
    const oversight::Result<oversight::ConnectionSpec> spec =
        oversight::ConnectionSpec::parse(path);
    if (!spec) {
        oversight::showPlainMessage(nullptr, QMessageBox::Warning,
                                    QApplication::translate("main", "Cannot open the database"),
                                    spec.error().message);
        return 1;
    }
    if (oversight::Status opened = window.openDatabase(spec.value()); !opened) {
        // A server that wants a password (or is not reachable yet): the connection
        // dialog, filled in, says why and lets the person correct it.
        if (spec->engine == oversight::Engine::Postgres) {
            if (!window.connectToServer(spec.value(), opened.error().message))
                return 0;
        } else {
            oversight::showPlainMessage(nullptr, QMessageBox::Warning,
                                        QApplication::translate("main", "Cannot open the database"),
                                        opened.error().message);
            return 1;
        }
    } else if (!window.signIn()) {
        return 0;
    }
    window.show();
    return app.exec();
}
