#include "mainwindow.h"

#include "intake/batchlist.h"
#include "models/batchlistmodel.h"
#include "models/queuedepthmodel.h"
#include "queues/queuedepths.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace oversight {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& accessibleName, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_queues(new QueueDepthModel(this))
    , m_batches(new BatchListModel(this))
    , m_automated(new QLabel(this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Oversight"));
    resize(1100, 640);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: "
                                            "1px solid #f5c6cb; padding: 8px; }"));
    layout->addWidget(m_message);

    auto* queuesBox = new QGroupBox(tr("Queues"), central);
    auto* queuesLayout = new QVBoxLayout(queuesBox);
    m_queueView = makeTable(m_queues, tr("Queue depths"), queuesBox);
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_queueView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queueView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    queuesLayout->addWidget(m_queueView);
    queuesLayout->addWidget(m_automated);
    layout->addWidget(queuesBox);

    auto* batchesBox = new QGroupBox(tr("Import batches"), central);
    auto* batchesLayout = new QVBoxLayout(batchesBox);
    batchesLayout->addWidget(makeTable(m_batches, tr("Import batches"), batchesBox));
    layout->addWidget(batchesBox, 1);
    setCentralWidget(central);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* open = fileMenu->addAction(tr("&Open Database..."), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* reload = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Oversight"), this, &MainWindow::showAbout);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
    toolbar->addAction(reload);

    statusBar()->showMessage(tr("No database open"));
}

MainWindow::~MainWindow() = default;

Status MainWindow::openDatabase(const QString& path) {
    Result<Database> opened = Database::open(path, Database::OpenMode::MustExist);
    if (!opened)
        return opened.error();
    m_database.reset();
    m_database.emplace(std::move(opened).value());
    setWindowTitle(tr("%1 - Oversight").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("%1 (schema version %2)")
                                 .arg(QFileInfo(path).absoluteFilePath())
                                 .arg(m_database->schemaVersion()));
    refresh();
    return success();
}

void MainWindow::refresh() {
    if (!m_database)
        return;
    m_message->setVisible(false);
    const Result<QueueOverview> overview = readQueueOverview(m_database->connection());
    if (!overview) {
        showError(overview.error().message);
        return;
    }
    m_queues->setOverview(overview.value());
    // Exactly as tall as its rows: a handful of queues, never a scroll area.
    m_queueView->setFixedHeight(m_queueView->horizontalHeader()->height() +
                                m_queueView->verticalHeader()->length() +
                                2 * m_queueView->frameWidth());
    m_automated->setText(tr("Automated decisions (audit sample included): %1")
                             .arg(QLocale().toString(overview->automated)));
    const Result<QList<BatchSummary>> batches = readBatches(m_database->connection());
    if (!batches) {
        showError(batches.error().message);
        return;
    }
    m_batches->setBatches(batches.value());
}

void MainWindow::chooseDatabase() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), {}, tr("Oversight databases (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status opened = openDatabase(path); !opened)
        showError(opened.error().message);
}

void MainWindow::showError(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(true);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Oversight"),
                       tr("<h3>Oversight %1</h3><p>Keeps human oversight of AI decisions honest: "
                          "reviewers judge before they see the model's answer, and compliance "
                          "sees whether oversight is real.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace oversight
