#include "mainwindow.h"

#include "accounts/permissions.h"
#include "accounts/userstore.h"
#include "appsettings.h"
#include "demo/demoappeals.h"
#include "demo/demochecks.h"
#include "demo/demodatabase.h"
#include "dialogs/connectdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/settingsdialog.h"
#include "firstrun/newdatabasedialog.h"
#include "firstrun/welcomepage.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "i18n/language.h"
#include "intake/batchlist.h"
#include "intake/stagedbatches.h"
#include "models/batchlistmodel.h"
#include "models/queuedepthmodel.h"
#include "pages/adjudicationpage.h"
#include "pages/agreementpage.h"
#include "pages/appealspage.h"
#include "pages/dashboardpage.h"
#include "pages/fairnesspage.h"
#include "pages/knownanswerspage.h"
#include "pages/reviewpage.h"
#include "pages/reviewqueuespage.h"
#include "pages/userspage.h"
#include "queues/queuedepths.h"
#include "review/reviewpolicy.h"
#include "roletext.h"
#include "widgets/colours.h"
#include "widgets/headalarmbanner.h"
#include "widgets/plaintext.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace oversight {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& accessibleName,
                      const QString& description, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(description);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

// A database created just now replaces whatever this computer saw at its place.
Result<bool> forgetEarlierDatabase(const Database& created) {
    return HeadWitness(HeadWitness::defaultDirectory(), created.identity())
        .forgetForNewDatabase(created.connection());
}

} // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_queues(new QueueDepthModel(this))
    , m_batches(new BatchListModel(this))
    , m_tabs(new QTabWidget(this))
    , m_message(plainLabel(this))
    , m_headAlarm(new HeadAlarmBanner(this)) {
    setWindowTitle(tr("Oversight"));
    // Roomy where the screen allows, never taller than it.
    const QSize available = screen()->availableSize();
    resize(std::min(1180, available.width() * 9 / 10), std::min(860, available.height() * 9 / 10));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(messageStyleSheet(MessageKind::Error, palette()));
    layout->addWidget(m_headAlarm);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    connect(m_headAlarm, &HeadAlarmBanner::acknowledgeRequested, this,
            &MainWindow::acknowledgeRestore);
    setCentralWidget(central);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* open = fileMenu->addAction(tr("&Open Database..."), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction* server =
        fileMenu->addAction(tr("Connect to &Server..."), this, [this] { connectToServer(); });
    server->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_switchUser = fileMenu->addAction(tr("S&witch User..."), this, &MainWindow::signIn);
    m_switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    fileMenu->addSeparator();
    m_import = fileMenu->addAction(tr("&Import Decisions..."), this, &MainWindow::importDecisions);
    m_import->setObjectName(QStringLiteral("importDecisions"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setEnabled(false);
    m_export = fileMenu->addAction(tr("&Export Decisions..."), this, &MainWindow::exportDecisions);
    m_export->setObjectName(QStringLiteral("exportDecisions"));
    m_export->setEnabled(false);
    fileMenu->addAction(tr("Open the &Demo"), this, &MainWindow::openDemo);
    fileMenu->addSeparator();
    QAction* settingsAction =
        fileMenu->addAction(tr("Se&ttings..."), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("showSettings"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    m_reload = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_reload->setShortcut(QKeySequence::Refresh);

    viewMenu->addSeparator();
    addLanguageMenu(viewMenu);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts =
        helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("showShortcuts"));
    // "?" is typed as text wherever text can be typed; elsewhere it opens the overview.
    shortcuts->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)});
    QAction* whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("What's &This?"));
    helpMenu->addAction(whatsThis);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Oversight"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("showAbout"));

    QToolBar* toolbar =
        addToolBar(/*: Name of the main toolbar (shown in its context menu). */ tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
    toolbar->addAction(m_switchUser);
    toolbar->addAction(m_reload);
    // Nothing to switch or refresh until a database is open and someone signed in.
    m_switchUser->setEnabled(false);
    m_reload->setEnabled(false);

    statusBar()->showMessage(tr("No database open"));
    if (const QByteArray geometry = m_settings.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_settings.setWindowGeometry(saveGeometry());
    witnessHeads(); // the events this session wrote are witnessed too
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow() {
    // Pages hold handles on the connection; they go before the database closes.
    clearPages();
}

void MainWindow::clearPages() {
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_queueView = nullptr;
    m_automated = nullptr;
    m_usersPage = nullptr;
    m_reviewStack = nullptr;
    m_reviewQueues = nullptr;
    m_reviewPage = nullptr;
    m_adjudicationPage = nullptr;
    m_dashboard = nullptr;
    m_fairness = nullptr;
    m_agreement = nullptr;
    m_knownAnswers = nullptr;
    m_appeals = nullptr;
    m_welcome = nullptr;
    m_import->setEnabled(false);
    m_reload->setEnabled(false);
}

QWidget* MainWindow::makeQueuesPage() {
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    m_queueView = makeTable(m_queues, tr("Queue depths"),
                            tr("Cases per queue: waiting, being reviewed and done."), page);
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_queueView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queueView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_automated = plainLabel(page);
    layout->addWidget(m_queueView);
    layout->addWidget(m_automated);
    layout->addStretch();
    return page;
}

QWidget* MainWindow::makeBatchesPage() {
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(makeTable(m_batches, tr("Import batches"),
                                tr("Every imported file: when, by whom, its rows and routing."),
                                page));
    return page;
}

QWidget* MainWindow::makeReviewTab(const Session& session) {
    m_reviewStack = new QStackedWidget(m_tabs);
    m_reviewQueues = new ReviewQueuesPage(m_database->connection(), session,
                                          m_settings.defaultQueue(), m_reviewStack);
    m_reviewPage = new ReviewPage(m_database->connection(), session, m_settings, m_reviewStack);
    m_adjudicationPage = new AdjudicationPage(m_database->connection(), session, m_reviewStack);
    m_reviewStack->addWidget(m_reviewQueues);
    m_reviewStack->addWidget(m_reviewPage);
    m_reviewStack->addWidget(m_adjudicationPage);
    connect(m_reviewQueues, &ReviewQueuesPage::startRequested, this, [this](const QString& queue) {
        m_reviewQueues->setNotice({});
        // An adjudication in hand comes first, whichever queue was chosen.
        if (queue == adjudicationQueue() || m_adjudicationPage->resume()) {
            m_reviewStack->setCurrentWidget(m_adjudicationPage);
            m_adjudicationPage->start();
            return;
        }
        m_reviewStack->setCurrentWidget(m_reviewPage);
        m_reviewPage->start(queue);
    });
    auto backToQueues = [this](const QString& message) {
        m_reviewQueues->refresh();
        m_reviewQueues->setNotice(message);
        m_reviewStack->setCurrentWidget(m_reviewQueues);
        m_reviewQueues->setFocus();
    };
    connect(m_reviewPage, &ReviewPage::finished, this, backToQueues);
    connect(m_adjudicationPage, &AdjudicationPage::finished, this, backToQueues);
    return m_reviewStack;
}

Status MainWindow::openDatabase(const QString& location) {
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    if (!spec)
        return spec.error();
    return openDatabase(spec.value());
}

QString MainWindow::databaseLabel() const {
    if (!m_database)
        return {};
    if (m_database->engine() == Engine::Sqlite)
        return QFileInfo(m_database->path()).absoluteFilePath();
    return m_database->displayName();
}

bool MainWindow::connectToServer(const ConnectionSpec& start, const QString& reason) {
    ConnectDialog dialog(m_settings, this);
    if (start.engine == Engine::Postgres)
        dialog.setSpec(start);
    if (!reason.isEmpty())
        dialog.showError(reason);
    connect(&dialog, &ConnectDialog::connectRequested, this,
            [this](const ConnectionSpec& spec, QString* error) {
                if (Status opened = openDatabase(spec); !opened)
                    *error = opened.error().message;
            });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return signIn();
}

Status MainWindow::openDatabase(const ConnectionSpec& spec) {
    Result<Database> opened = Database::open(spec, Database::OpenMode::MustExist);
    if (!opened)
        return opened.error();
    adopt(std::move(opened).value());
    return success();
}

void MainWindow::adopt(Database database) {
    m_session.reset();
    clearPages();
    m_database.reset();
    m_database.emplace(std::move(database));
    const ConnectionSpec& spec = m_database->spec();
    setWindowTitle(
        /*: Window title: the open database, then the application name. */ tr("%1 - Oversight")
            .arg(spec.engine == Engine::Sqlite
                     ? QFileInfo(spec.path).fileName()
                     : /*: Window title part: database name on server host. */ tr("%1 on %2")
                           .arg(spec.database,
                                spec.host.isEmpty() ? tr("this computer") : spec.host)));
    statusBar()->showMessage(tr("%1 - not signed in").arg(databaseLabel()));
    m_switchUser->setEnabled(true);
    m_message->setVisible(false);
    if (const QString warning = m_database->exposureWarning(); !warning.isEmpty())
        showMessage(warning);
    witnessHeads();
    // What an import killed half-way staged is invisible; it also goes now.
    if (const Result<int> removed = removeAbandonedImports(m_database->connection()); !removed)
        showMessage(removed.error().message);
}

void MainWindow::witnessHeads() {
    if (!m_database)
        return;
    HeadWitness witness(HeadWitness::defaultDirectory(), m_database->identity());
    const Result<QList<HeadAlarm>> alarms =
        witness.checkAndRemember(m_database->connection(), QDateTime::currentDateTimeUtc());
    if (!alarms) {
        showMessage(alarms.error().message);
        return;
    }
    m_headAlarms = alarms.value();
    m_headAlarm->showAlarms(m_headAlarms,
                            m_session && allows(*m_session, Permission::AcknowledgeRestore));
    if (m_session && !m_headAlarms.isEmpty()) {
        // Whoever is signed in when this computer sees a lost head puts it on record.
        if (const Result<int> recorded =
                witness.recordAlarms(m_database->connection(), m_session->login, m_headAlarms);
            !recorded)
            showMessage(recorded.error().message);
    }
}

void MainWindow::acknowledgeRestore() {
    if (!m_database || !m_session)
        return;
    bool accepted = false;
    const QString reason = QInputDialog::getText(
        this, tr("Acknowledge Restore"),
        tr("Only when the database was legitimately replaced by a backup: which backup was "
           "restored, when, and by whom? This is recorded in the audit trail, and this computer "
           "then witnesses the trail as it is."),
        QLineEdit::Normal, {}, &accepted);
    if (!accepted)
        return;
    HeadWitness witness(HeadWitness::defaultDirectory(), m_database->identity());
    if (Status acknowledged = witness.acknowledge(m_database->connection(), *m_session, reason,
                                                  QDateTime::currentDateTimeUtc());
        !acknowledged) {
        showMessage(acknowledged.error().message);
        return;
    }
    m_headAlarms.clear();
    m_headAlarm->clear();
    statusBar()->showMessage(tr("Restore acknowledged and recorded."), 10000);
}

bool MainWindow::signIn() {
    if (!m_database)
        return false;
    LoginDialog dialog(m_database->connection(), m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setSession(dialog.session());
    return true;
}

void MainWindow::setSession(const Session& session) {
    m_session = session;
    // Pages hold models and views of the previous person: build them anew.
    clearPages();
    // Each page's tab says what the page is for, to a screen reader and on hover.
    auto addPage = [this](QWidget* page, const QString& title, const QString& description) {
        m_tabs->setTabToolTip(m_tabs->addTab(page, title), description);
    };
    if (allows(session, Permission::ReviewCases))
        addPage(makeReviewTab(session), tr("&Review"),
                tr("Your review queues and the case you are deciding."));
    if (allows(session, Permission::ReadOversight)) {
        m_dashboard =
            new DashboardPage(m_database->spec(), m_database->connection(), session, m_tabs);
        addPage(m_dashboard, tr("&Dashboard"),
                tr("How well oversight works: override rates, warnings, audit reports."));
        m_fairness =
            new FairnessPage(m_database->spec(), m_database->connection(), session, m_tabs);
        addPage(m_fairness, tr("F&airness"),
                tr("Rates by group for the model, the decisions and the reviewers, and whether "
                   "review narrows or widens a gap."));
        m_agreement =
            new AgreementPage(m_database->spec(), m_database->connection(), session, m_tabs);
        addPage(m_agreement, tr("A&greement"),
                tr("How far independent reviewers of the same cases agree, before and after "
                   "seeing the model, and what adjudication settled."));
        m_knownAnswers =
            new KnownAnswersPage(m_database->spec(), m_database->connection(), session, m_tabs);
        addPage(m_knownAnswers, tr("Kno&wn Answers"),
                tr("How reviewers fare on checks with known answers, and how often they take a "
                   "deliberately wrong recommendation."));
    }
    if (allows(session, Permission::ReadOversight) || allows(session, Permission::FileAppeals)) {
        m_appeals = new AppealsPage(m_database->connection(), session, m_tabs);
        addPage(m_appeals, tr("Appea&ls"),
                tr("Contested decisions: file an appeal, follow deadlines and outcomes, save a "
                   "case's dossier."));
    }
    addPage(makeQueuesPage(), tr("&Queues"), tr("How many cases wait in each queue."));
    if (allows(session, Permission::ViewBatches))
        addPage(makeBatchesPage(), tr("Import &Batches"), tr("Every file imported so far."));
    if (allows(session, Permission::ManageUsers)) {
        m_usersPage = new UsersPage(m_database->connection(), session, m_tabs);
        addPage(m_usersPage, tr("&Users"), tr("Accounts, their roles and sign-in state."));
    }
    m_import->setEnabled(allows(session, Permission::ImportDecisions));
    m_export->setEnabled(allows(session, Permission::ExportDecisions));
    m_reload->setEnabled(true);
    statusBar()->showMessage(
        tr("Signed in as %1 (%2) - %3")
            .arg(session.login, RoleText::names(session.roles), databaseLabel()));
    refresh();
    // A case left open (a crash, a closed window) comes back at the stage it was left.
    if (m_adjudicationPage && m_adjudicationPage->resume())
        m_reviewStack->setCurrentWidget(m_adjudicationPage);
    else if (m_reviewPage && m_reviewPage->resume())
        m_reviewStack->setCurrentWidget(m_reviewPage);
    else if (m_reviewQueues)
        m_reviewQueues->setFocus();
}

void MainWindow::refresh() {
    if (!m_database || !m_session)
        return;
    witnessHeads(); // first: the pages then show an alarm it records
    const Result<QueueOverview> overview = readQueueOverview(m_database->connection());
    if (!overview) {
        showMessage(overview.error().message);
        return;
    }
    m_queues->setOverview(overview.value());
    if (m_queueView) {
        // Exactly as tall as its rows: a handful of queues, never a scroll area.
        m_queueView->setFixedHeight(m_queueView->horizontalHeader()->sizeHint().height() +
                                    m_queueView->verticalHeader()->length() +
                                    2 * m_queueView->frameWidth());
        m_automated->setText(tr("Automated decisions (audit sample included): %1")
                                 .arg(QLocale().toString(overview->automated)));
    }
    if (allows(*m_session, Permission::ViewBatches)) {
        const Result<QList<BatchSummary>> batches = readBatches(m_database->connection());
        if (!batches) {
            showMessage(batches.error().message);
            return;
        }
        m_batches->setBatches(batches.value());
    }
    if (m_usersPage)
        m_usersPage->refresh();
    if (m_reviewQueues)
        m_reviewQueues->refresh();
    if (m_dashboard)
        m_dashboard->refresh();
    if (m_fairness)
        m_fairness->refresh();
    if (m_agreement)
        m_agreement->refresh();
    if (m_knownAnswers)
        m_knownAnswers->refresh();
    if (m_appeals)
        m_appeals->refresh();
}

void MainWindow::chooseDatabase() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), {}, tr("Oversight databases (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status opened = openDatabase(path); !opened) {
        showMessage(opened.error().message);
        return;
    }
    signIn();
}

void MainWindow::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(true);
}

void MainWindow::addLanguageMenu(QMenu* parent) {
    QMenu* menu = parent->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString chosen = m_settings.language();
    m_languageActions = group;
    auto add = [&](const QString& code, const QString& name) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_settings.setLanguage(code);
            statusBar()->showMessage(tr("The language changes the next time Oversight starts."));
        });
    };
    add(QString(), languageDisplayName(QString()));
    for (const QString& code : availableLanguages())
        add(code, languageDisplayName(code));
}

void MainWindow::showWelcome() {
    m_session.reset();
    clearPages();
    m_database.reset();
    m_switchUser->setEnabled(false);
    m_welcome = new WelcomePage(m_tabs);
    m_tabs->setTabToolTip(m_tabs->addTab(m_welcome, tr("&Welcome")),
                          tr("Ways to begin: a new database, a file, the demo."));
    connect(m_welcome, &WelcomePage::createRequested, this, [this] { createDatabase(); });
    connect(m_welcome, &WelcomePage::importRequested, this, [this] { createDatabase(true); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_welcome, &WelcomePage::connectRequested, this, [this] { connectToServer(); });
    setWindowTitle(tr("Oversight"));
    statusBar()->showMessage(tr("No database open"));
    m_welcome->createButton()->setFocus();
}

QString MainWindow::demoPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.db"));
}

namespace {

// A database file made here and refused before it held anything goes again, so
// the next attempt finds the name free.
void removeNewDatabaseFile(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

bool MainWindow::createDatabase(bool thenImport) {
    QString suggested = Database::defaultPath();
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = QFileInfo(Database::defaultPath())
                        .dir()
                        .filePath(QStringLiteral("oversight-%1.db").arg(n));
    NewDatabaseDialog dialog(NewDatabaseDialog::Kind::Empty, suggested, this);
    while (dialog.exec() == QDialog::Accepted) {
        Result<Database> opened =
            Database::open(dialog.path(), Database::OpenMode::CreateIfMissing);
        if (!opened) {
            dialog.errorLabel()->setText(opened.error().message);
            dialog.errorLabel()->show();
            continue;
        }
        std::optional<Database> created(std::move(opened).value());
        if (const Result<bool> forgotten = forgetEarlierDatabase(*created); !forgotten)
            showMessage(forgotten.error().message);
        const Result<Session> admin =
            UserStore(created->connection()).createFirstAdmin(dialog.login(), dialog.password());
        if (!admin) {
            created.reset();
            removeNewDatabaseFile(dialog.path());
            dialog.errorLabel()->setText(admin.error().message);
            dialog.errorLabel()->show();
            continue;
        }
        adopt(std::move(*created));
        setSession(admin.value());
        if (thenImport)
            importDecisions();
        return true;
    }
    return false;
}

bool MainWindow::openDemo() {
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        if (Status opened = openDatabase(path); !opened) {
            showMessage(opened.error().message);
            return false;
        }
        return signIn();
    }
    NewDatabaseDialog dialog(NewDatabaseDialog::Kind::Demo, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QProgressDialog progress(tr("Creating the demo database..."), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Open the Demo"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QApplication::processEvents();
    Result<Database> opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        showMessage(opened.error().message);
        return false;
    }
    std::optional<Database> created(std::move(opened).value());
    if (const Result<bool> forgotten = forgetEarlierDatabase(*created); !forgotten)
        showMessage(forgotten.error().message);
    const QString password = dialog.password();
    Result<Session> admin =
        createDemoAccounts(created->connection(), [&password](const QString&) { return password; });
    Result<DemoImport> imported = admin ? importDemo(created->connection(), admin.value(),
                                                     DemoSettings{}, DemoReviewSettings{})
                                        : Result<DemoImport>(admin.error());
    if (imported) {
        DemoCheckSettings checks;
        checks.checksPerReviewer = 30;
        checks.productionCases = DemoSettings{}.cases;
        checks.seed = DemoSettings{}.seed;
        if (const Result<DemoChecks> ran =
                runDemoChecks(created->connection(), admin.value(), checks);
            !ran)
            imported = ran.error();
    }
    if (imported) {
        if (const Result<DemoAppeals> ran = runDemoAppeals(created->connection(), admin.value(), 8);
            !ran)
            imported = ran.error();
    }
    progress.reset();
    if (!imported) {
        created.reset();
        removeNewDatabaseFile(path);
        showMessage(imported.error().message);
        return false;
    }
    const Result<Session> chosen =
        UserStore(created->connection()).authenticate(dialog.login(), password);
    adopt(std::move(*created));
    if (!chosen)
        return signIn();
    m_settings.setLastLogin(dialog.login());
    setSession(chosen.value());
    return true;
}

void MainWindow::importDecisions() {
    if (!m_database || !m_session || !allows(*m_session, Permission::ImportDecisions))
        return;
    ImportDialog dialog(m_database->connection(), *m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showPlainMessage(this, QMessageBox::Information, tr("Import Decisions"),
                     ImportDialog::summary(dialog.report()));
}

void MainWindow::exportDecisions() {
    if (!m_database || !m_session || !allows(*m_session, Permission::ExportDecisions))
        return;
    ExportDecisionsDialog dialog(m_database->connection(), *m_session, m_settings,
                                 m_database->displayName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportSummary& done = dialog.summary();
    showPlainMessage(
        this, QMessageBox::Information, tr("Export Decisions"),
        done.records == 0
            ? tr("Nothing new to export: no decision changed after cursor %1.").arg(done.nextCursor)
            : tr("%L1 records written to %2.\nThe next export continues after "
                 "cursor %3.")
                  .arg(done.records)
                  .arg(dialog.path())
                  .arg(done.nextCursor));
}

void MainWindow::showSettings() {
    QStringList queues;
    if (m_database && m_session) {
        if (const Result<QueueOverview> overview = readQueueOverview(m_database->connection());
            overview) {
            for (const QueueDepth& queue : overview->queues)
                queues << queue.name;
        }
    }
    SettingsDialog dialog(m_settings, m_database ? m_database->connection() : QSqlDatabase(),
                          m_session, queues, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.languageChanged()) {
        for (QAction* action : m_languageActions->actions())
            action->setChecked(action->data().toString() == m_settings.language());
        statusBar()->showMessage(tr("The language changes the next time Oversight starts."));
    }
    if (dialog.sharedChanged())
        refresh(); // the dashboard's warnings follow the new thresholds at once
}

void MainWindow::showAbout() {
    AboutDialog(this).exec();
}

void MainWindow::showShortcuts() {
    QList<std::pair<QString, QList<ShortcutHelp>>> groups;
    groups.append({tr("Everywhere"), shortcutsOf(menuBar()->actions())});
    QList<ShortcutHelp> pages{
        {QKeySequence(Qt::CTRL | Qt::Key_Tab).toString(QKeySequence::NativeText), tr("Next page")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText),
         tr("Previous page")}};
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString keys = mnemonicKeys(m_tabs->tabText(i));
        if (!keys.isEmpty())
            pages.append(
                {keys,
                 tr("Open the page \u201c%1\u201d").arg(QString(m_tabs->tabText(i)).remove(u'&'))});
    }
    groups.append({tr("Pages"), pages});
    if (m_reviewPage)
        groups.append({tr("Review page"), m_reviewPage->shortcutHelp()});
    if (m_adjudicationPage)
        groups.append({tr("Adjudication page"), m_adjudicationPage->shortcutHelp()});
    ShortcutsDialog(groups, this).exec();
}

} // namespace oversight
