#pragma once

#include "accounts/session.h"
#include "audit/headwitness.h"
#include "storage/database.h"

#include <QMainWindow>
#include <optional>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace oversight {

class AdjudicationPage;
class AgreementPage;
class KnownAnswersPage;
class AppealsPage;
class AppSettings;
class BatchListModel;
class DashboardPage;
class FairnessPage;
class HeadAlarmBanner;
class QueueDepthModel;
class ReviewPage;
class ReviewQueuesPage;
class UsersPage;
class WelcomePage;

// The application's window on one database, for one signed-in person. It shows
// only the pages that person's roles allow (the core decides what they allow).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database (a file or a postgresql:// URL) and signs the previous
    // person out; on failure the window keeps what it had.
    Status openDatabase(const QString& location);
    Status openDatabase(const ConnectionSpec& spec);
    // Asks for a PostgreSQL server (prefilled from `start`, showing why it could
    // not be reached) until it connects or the person cancels; then asks them to sign in.
    bool connectToServer(const ConnectionSpec& start = {}, const QString& reason = {});
    // Asks for login and password; false when the dialog was cancelled.
    bool signIn();
    // The first-run page: create a database, import a file, the demo, open, connect.
    void showWelcome();
    // Asks where and for the first administrator, creates the database and signs
    // that administrator in; with `thenImport`, the import dialog follows.
    bool createDatabase(bool thenImport = false);
    // Opens the demo database, creating and filling it on first use.
    bool openDemo();
    // Imports a file of model decisions (administrators).
    void importDecisions();
    void exportDecisions();
    // Where the demo database lives (the user's data folder).
    static QString demoPath();
    // Shows the pages for this session (after a successful sign-in).
    void setSession(const Session& session);
    void refresh();

    QTabWidget* pages() const { return m_tabs; }
    QueueDepthModel* queueModel() const { return m_queues; }
    BatchListModel* batchModel() const { return m_batches; }
    UsersPage* usersPage() const { return m_usersPage; }
    ReviewQueuesPage* reviewQueuesPage() const { return m_reviewQueues; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    AdjudicationPage* adjudicationPage() const { return m_adjudicationPage; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    FairnessPage* fairnessPage() const { return m_fairness; }
    AgreementPage* agreementPage() const { return m_agreement; }
    KnownAnswersPage* knownAnswersPage() const { return m_knownAnswers; }
    AppealsPage* appealsPage() const { return m_appeals; }
    WelcomePage* welcomePage() const { return m_welcome; }
    HeadAlarmBanner* headAlarmBanner() const { return m_headAlarm; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void clearPages();
    QWidget* makeQueuesPage();
    QWidget* makeBatchesPage();
    QWidget* makeReviewTab(const Session& session);
    void chooseDatabase();
    void adopt(Database database);
    QString databaseLabel() const;
    void addLanguageMenu(QMenu* parent);
    void showSettings();
    void showAbout();
    void showShortcuts();
    void showMessage(const QString& message);
    // Checks the heads this computer saw of the open database, shows the alarm for
    // any lost one and otherwise remembers the newest head (audit/headwitness.h).
    void witnessHeads();
    void acknowledgeRestore();

    AppSettings& m_settings;
    std::optional<Database> m_database;
    std::optional<Session> m_session;
    QueueDepthModel* m_queues;
    BatchListModel* m_batches;
    QTabWidget* m_tabs;
    QTableView* m_queueView = nullptr;
    QLabel* m_automated = nullptr;
    UsersPage* m_usersPage = nullptr;
    QStackedWidget* m_reviewStack = nullptr;
    ReviewQueuesPage* m_reviewQueues = nullptr;
    ReviewPage* m_reviewPage = nullptr;
    AdjudicationPage* m_adjudicationPage = nullptr;
    DashboardPage* m_dashboard = nullptr;
    FairnessPage* m_fairness = nullptr;
    AgreementPage* m_agreement = nullptr;
    KnownAnswersPage* m_knownAnswers = nullptr;
    AppealsPage* m_appeals = nullptr;
    WelcomePage* m_welcome = nullptr;
    QAction* m_export = nullptr;
    QAction* m_import = nullptr;
    QLabel* m_message;
    HeadAlarmBanner* m_headAlarm;
    QList<HeadAlarm> m_headAlarms;
    QAction* m_switchUser = nullptr;
    QAction* m_reload = nullptr;
    QActionGroup* m_languageActions = nullptr;
};

} // namespace oversight
