#include "pages/dashboardpage.h"

#include "analytics/reviewrecordcsv.h"
#include "charts/charttables.h"
#include "charts/oversightcharts.h"
#include "models/reviewrecordmodel.h"
#include "reports/dossierpdf.h"
#include "reports/reportexporter.h"
#include "storage/database.h"
#include "widgets/audittrailpanel.h"
#include "widgets/choices.h"
#include "widgets/describe.h"
#include "widgets/plaintext.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QVBoxLayout>

namespace oversight {

namespace {

// Below this many reviews the charts are shown with a caution: rates swing widely.
constexpr qint64 smallDataReviews = 30;

QLabel* makeTile(QWidget* parent) {
    auto* tile = new QLabel(parent);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setTextFormat(Qt::RichText);
    tile->setAlignment(Qt::AlignCenter);
    tile->setMinimumHeight(70);
    return tile;
}

QString tileText(const QString& caption, const QString& value, const QString& detail) {
    return QStringLiteral("<div style='font-size:small'>%1</div><div style='font-size:x-large; "
                          "font-weight:bold'>%2</div><div style='font-size:small'>%3</div>")
        .arg(caption.toHtmlEscaped(), value.toHtmlEscaped(), detail.toHtmlEscaped());
}

QChartView* makeChartView(QWidget* parent) {
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    return view;
}

} // namespace

DashboardPage::DashboardPage(ConnectionSpec database, QSqlDatabase db, Session officer,
                             QWidget* parent)
    : QWidget(parent)
    , m_spec(std::move(database))
    , m_db(db)
    , m_officer(std::move(officer))
    , m_analytics(std::move(db))
    , m_views(new QStackedWidget(this))
    , m_useDates(new QCheckBox(tr("&Period:"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_queue(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_reviewer(new QComboBox(this))
    , m_state(plainLabel(this))
    , m_chartArea(new QStackedWidget(this))
    , m_chartsPage(new QScrollArea(m_chartArea))
    , m_asTables(new QCheckBox(tr("Show as &tables"), this))
    , m_tables(new QTabWidget(m_chartArea))
    , m_emptyState(plainLabel(this))
    , m_reviewerView(makeChartView(this))
    , m_hourView(makeChartView(this))
    , m_workloadView(makeChartView(this))
    , m_trendView(makeChartView(this))
    , m_warnings(new QListWidget(this))
    , m_reviewsTitle(plainLabel(this))
    , m_reviewsTable(new QTableView(this))
    , m_reviewsModel(new ReviewRecordModel(this))
    , m_sortedReviews(new QSortFilterProxyModel(this))
    , m_audit(new AuditTrailPanel(m_db, m_spec.identity(), m_officer, this))
    , m_run(
          this, [this] { return prepareAnalysis(); },
          [this](const Result<OversightReport>& result) { showReport(result); }) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_views);

    // The dashboard.
    auto* dashboard = new QWidget(m_views);
    auto* dashboardLayout = new QVBoxLayout(dashboard);
    auto* filters = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-27));
    m_to->setDate(today);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_from->setAccessibleDescription(tr("The first calendar day analysed."));
    m_to->setAccessibleDescription(tr("The last calendar day analysed."));
    m_useDates->setToolTip(tr("Limit the analysis to a range of days; off: all time"));
    auto* toLabel = new QLabel(
        /*: Between the first and the last day of the analysed period. */ tr("to"), this);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    auto addFilter = [&](const QString& caption, QComboBox* box, const QString& accessible,
                         const QString& description) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(box);
        box->setAccessibleName(accessible);
        box->setToolTip(description);
        box->setAccessibleDescription(description);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addSpacing(12);
        filters->addWidget(label);
        filters->addWidget(box);
    };
    addFilter(tr("Qu&eue:"), m_queue, tr("Queue filter"),
              tr("Analyse the reviews of one queue, or of all."));
    addFilter(tr("&Model:"), m_model, tr("Model filter"),
              tr("Analyse the reviews of one model version, or of all."));
    addFilter(tr("Rev&iewer:"), m_reviewer, tr("Reviewer filter"),
              tr("Analyse one reviewer's reviews, or the whole team's."));
    filters->addStretch();
    auto* reportButton = new QPushButton(tr("E&xport Report..."), this);
    reportButton->setToolTip(tr("Write an audit report of the chosen days and filters as PDF, "
                                "CSV or JSON"));
    connect(reportButton, &QPushButton::clicked, this, &DashboardPage::chooseReportFile);
    filters->addWidget(reportButton);
    dashboardLayout->addLayout(filters);

    m_state->setObjectName(QStringLiteral("dashboardState"));
    m_state->setWordWrap(true);
    // The analysis state, and beside it the choice between charts and tables.
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_asTables);
    dashboardLayout->addLayout(stateRow);

    auto* tiles = new QHBoxLayout;
    for (QLabel*& tile : m_tiles) {
        tile = makeTile(this);
        tiles->addWidget(tile);
    }
    dashboardLayout->addLayout(tiles);

    // The charts keep a readable size and scroll on a small screen.
    auto* chartGrid = new QWidget(m_chartsPage);
    auto* grid = new QGridLayout(chartGrid);
    grid->setContentsMargins(0, 0, 0, 0);
    // The reviewer chart gets the full width: its labels are the longest.
    grid->addWidget(m_reviewerView, 0, 0, 1, 3);
    grid->addWidget(m_trendView, 1, 0);
    grid->addWidget(m_hourView, 1, 1);
    grid->addWidget(m_workloadView, 1, 2);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_chartsPage->setWidget(chartGrid);
    m_chartsPage->setWidgetResizable(true);
    m_chartsPage->setFrameShape(QFrame::NoFrame);
    m_chartsPage->setFocusPolicy(Qt::NoFocus);
    m_chartArea->addWidget(m_chartsPage);
    m_chartArea->addWidget(m_emptyState);
    m_tables->setObjectName(QStringLiteral("chartTables"));
    const std::pair<QString, QString> tables[] = {
        {tr("By reviewer"), tr("Override rate by reviewer: activate a row for the reviews")},
        {tr("By hour"), tr("Override rate by hour of day")},
        {/*: Position of a review since the reviewer's last break (gap over 15 minutes). */ tr(
             "Since a break"),
         tr("Override rate by position since the last break")},
        {tr("By day"), tr("Daily override rate")}};
    m_tables->tabBar()->setAccessibleDescription(
        tr("One table per chart; the arrow keys change the table."));
    for (const auto& [title, accessibleName] : tables) {
        auto* view = new QTableView(m_tables);
        view->setAccessibleName(accessibleName);
        view->setAccessibleDescription(
            tr("One row per bar or point of the chart: reviews, overrides, override rate and its "
               "95 % interval."));
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setTabKeyNavigation(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        m_tables->setTabToolTip(m_tables->addTab(view, title), accessibleName);
    }
    connect(static_cast<QTableView*>(m_tables->widget(0)), &QTableView::activated, this,
            [this](const QModelIndex& index) { drillDown(m_reviewerOrder.value(index.row())); });
    m_chartArea->addWidget(m_tables);
    // Until the first analysis arrives there is nothing to chart.
    m_emptyState->setText(tr("Analysing..."));
    m_chartArea->setCurrentWidget(m_emptyState);
    m_asTables->setObjectName(QStringLiteral("showAsTables"));
    m_asTables->setToolTip(tr("The charts' figures as tables, one row per bar or point: for "
                              "screen readers and for reading exact numbers."));
    m_asTables->setAccessibleDescription(m_asTables->toolTip());
    connect(m_asTables, &QCheckBox::toggled, this, &DashboardPage::showFigures);

    auto* warningsBox = new QWidget(this);
    auto* warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    auto* warningsCaption =
        new QLabel(tr("&Warnings (activate one to see the reviews behind it)"), warningsBox);
    warningsCaption->setBuddy(m_warnings);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setAccessibleDescription(
        tr("Signs of passive oversight in the analysed reviews, each with the numbers behind it. "
           "Return on a warning lists the reviews behind it."));
    m_warnings->setWordWrap(true);
    warningsLayout->addWidget(warningsCaption);
    warningsLayout->addWidget(m_warnings);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartArea);
    split->addWidget(warningsBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({4000, 1000}); // the same 4:1 from the start, whatever the size hints
    dashboardLayout->addWidget(split, 1);
    dashboardLayout->addWidget(m_audit);
    m_views->addWidget(dashboard);

    // The drill-down.
    auto* reviews = new QWidget(m_views);
    auto* reviewsLayout = new QVBoxLayout(reviews);
    auto* reviewsBar = new QHBoxLayout;
    auto* back = new QPushButton(tr("&Back to the dashboard"), reviews);
    auto* exportButton = new QPushButton(tr("E&xport CSV..."), reviews);
    auto* dossierButton = new QPushButton(tr("Case D&ossier..."), reviews);
    dossierButton->setObjectName(QStringLiteral("caseDossier"));
    describe(dossierButton, tr("Save the whole history of the selected review's case as PDF: what "
                               "was shown, what the model said, who decided what, when and why."));
    m_reviewsTitle->setObjectName(QStringLiteral("reviewsTitle"));
    reviewsBar->addWidget(back);
    reviewsBar->addWidget(m_reviewsTitle, 1);
    reviewsBar->addWidget(dossierButton);
    reviewsBar->addWidget(exportButton);
    m_sortedReviews->setSourceModel(m_reviewsModel);
    m_sortedReviews->setSortRole(Qt::UserRole);
    m_reviewsTable->setModel(m_sortedReviews);
    m_reviewsTable->setSortingEnabled(true);
    m_reviewsTable->sortByColumn(ReviewRecordModel::FinalizedAt, Qt::DescendingOrder);
    m_reviewsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviewsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviewsTable->setAlternatingRowColors(true);
    m_reviewsTable->verticalHeader()->hide();
    m_reviewsTable->horizontalHeader()->setStretchLastSection(true);
    m_reviewsTable->setAccessibleName(tr("Reviews"));
    reviewsLayout->addLayout(reviewsBar);
    reviewsLayout->addWidget(m_reviewsTable);
    m_views->addWidget(reviews);
    connect(back, &QPushButton::clicked, this, [this] { m_views->setCurrentIndex(0); });
    connect(exportButton, &QPushButton::clicked, this, &DashboardPage::chooseExportFile);
    connect(dossierButton, &QPushButton::clicked, this, &DashboardPage::chooseDossierFile);

    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        scheduleAnalysis();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::scheduleAnalysis);
    for (QComboBox* box : {m_queue, m_model, m_reviewer})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardPage::scheduleAnalysis);
    connect(m_warnings, &QListWidget::itemActivated, this, &DashboardPage::openWarning);
    connect(m_warnings, &QListWidget::itemClicked, this, &DashboardPage::openWarning);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::refresh() {
    fillChoices(m_queue, m_analytics.queues(m_officer), tr("All queues"));
    fillChoices(m_model, m_analytics.models(m_officer), tr("All models"));
    fillChoices(m_reviewer, m_analytics.reviewers(m_officer), tr("All reviewers"));
    m_audit->refresh(); // the trail's head moves with every recorded change
    m_run.start();
}

AnalysisFilter DashboardPage::filter() const {
    AnalysisFilter filter;
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.queue = m_queue->currentData().toString();
    filter.model = m_model->currentData().toString();
    filter.reviewer = m_reviewer->currentData().toString();
    return filter;
}

void DashboardPage::scheduleAnalysis() {
    m_run.schedule();
}

LatestAnalysis<OversightReport>::Work DashboardPage::prepareAnalysis() {
    m_state->setText(tr("Analysing..."));
    return [spec = m_spec, officer = m_officer, current = filter()]() -> Result<OversightReport> {
        Result<Database> database = Database::open(spec, Database::OpenMode::MustExist);
        if (!database)
            return database.error();
        return AnalyticsService(database->connection()).analyze(officer, current);
    };
}

void DashboardPage::waitForAnalysis() {
    m_run.waitUntilShown();
}

void DashboardPage::showReport(const Result<OversightReport>& result) {
    if (!result) {
        m_state->setText(result.error().message);
        return;
    }
    m_report = result.value();
    const OversightReport& r = *m_report;
    const Rates& rates = r.overallRates;
    const QLocale locale;
    m_tiles[0]->setText(
        tileText(tr("Finalized reviews"), locale.toString(r.overall.n), tr("in this filter")));
    m_tiles[1]->setText(tileText(
        /*: The share of reviews whose final decision differs from the model's. */ tr(
            "Override rate"),
        rates.overrideRate.rate ? percentText(*rates.overrideRate.rate) : tr("no data"),
        rates.overrideRate.rate
            ? tr("95 % interval %1 to %2")
                  .arg(percentText(*rates.overrideRate.low), percentText(*rates.overrideRate.high))
            : QString()));
    m_tiles[2]->setText(
        tileText(/*: Share of disagreements where the reviewer switched to the model's answer after
                    seeing it. */
                 tr("Deference after the reveal"),
                 rates.deference.rate ? percentText(*rates.deference.rate) : tr("no data"),
                 tr("of %1 disagreements switched to the model").arg(rates.deference.n)));
    const Workload& work = r.workload;
    m_tiles[3]->setText(tileText(
        tr("High- vs low-volume days"),
        work.highRates.overrideRate.rate && work.lowRates.overrideRate.rate
            ? /*: Two override rates compared: on busy days vs on quiet days. */ tr("%1 vs %2")
                  .arg(percentText(*work.highRates.overrideRate.rate),
                       percentText(*work.lowRates.overrideRate.rate))
            : tr("no data"),
        tr("override rate; %1 and %2 reviews").arg(work.high.n).arg(work.low.n)));
    m_tiles[4]->setText(tileText(tr("Warnings"), locale.toString(r.warnings.size()),
                                 r.warnings.isEmpty() ? tr("none fired") : tr("see below")));
    for (int i = 0; i < 5; ++i)
        m_tiles[i]->setAccessibleName(
            QTextDocumentFragment::fromHtml(m_tiles[i]->text()).toPlainText().simplified());

    m_warnings->clear();
    for (const Warning& warning : r.warnings) {
        auto* item = new QListWidgetItem(warning.message, m_warnings);
        item->setData(Qt::UserRole, warning.figures.value(QStringLiteral("reviewers")));
        item->setToolTip(tr("Activate to see the reviews behind this warning"));
    }
    if (r.warnings.isEmpty())
        new QListWidgetItem(tr("No warning: none of the passive-oversight signals is present, "
                               "or there are too few reviews to tell (each warning states the "
                               "number of reviews it needs)."),
                            m_warnings);

    if (r.overall.n == 0) {
        m_state->setText(QString());
        m_emptyState->setText(tr("No finalized reviews match this filter. Widen the dates or "
                                 "choose another queue, model or reviewer; reviews appear here as "
                                 "soon as they are finalized or imported with import-reviews."));
        m_chartArea->setCurrentWidget(m_emptyState);
    } else {
        m_state->setText(
            r.overall.n < smallDataReviews
                ? tr("Only %1 reviews: the rates below swing widely and no warning can fire "
                     "yet. Read the intervals, not the bars.")
                      .arg(r.overall.n)
                : QString());
        showCharts();
        showTables();
        showFigures();
    }
    Q_EMIT analysisFinished();
}

void DashboardPage::showFigures() {
    if (m_report && m_report->overall.n > 0)
        m_chartArea->setCurrentWidget(m_asTables->isChecked() ? static_cast<QWidget*>(m_tables)
                                                              : m_chartsPage);
}

void DashboardPage::showTables() {
    const OversightReport& r = *m_report;
    const std::pair<const QList<Group>*, QString> figures[] = {
        {&r.byReviewer, reviewerKeyCaption()},
        {&r.byHour, hourKeyCaption()},
        {&r.workload.bySinceBreak, sinceBreakKeyCaption()},
        {&r.byDay, dayKeyCaption()}};
    for (int i = 0; i < m_tables->count(); ++i) {
        auto* view = static_cast<QTableView*>(m_tables->widget(i));
        QAbstractItemModel* old = view->model();
        view->setModel(makeGroupTable(*figures[i].first, figures[i].second, view));
        delete old;
        view->resizeColumnsToContents();
    }
}

void DashboardPage::showCharts() {
    const OversightReport& r = *m_report;
    const QPalette colours = palette();
    ReviewerChart reviewers =
        makeReviewerChart(r.byReviewer, r.thresholds.overallOverrideBelow, colours);
    m_reviewerOrder = reviewers.reviewers;
    connect(reviewers.bars, &QBarSet::clicked, this,
            [this](int index) { drillDown(m_reviewerOrder.value(index)); });
    connect(reviewers.bars, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || !m_report || index >= m_report->byReviewer.size())
            return;
        const Group& group = m_report->byReviewer.at(index);
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 of %3 reviews overridden (%4, 95 % interval %5 to %6). "
                              "Click for the reviews.")
                               .arg(group.key)
                               .arg(group.counts.overrides)
                               .arg(group.counts.n)
                               .arg(percentText(*group.rates.overrideRate.rate),
                                    percentText(*group.rates.overrideRate.low),
                                    percentText(*group.rates.overrideRate.high)));
    });
    auto replace = [](QChartView* view, QChart* chart) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_reviewerView, reviewers.chart);
    replace(m_hourView, makeHourChart(r.byHour, colours));
    replace(m_workloadView, makeWorkloadChart(r.workload, colours));
    replace(m_trendView, makeTrendChart(r.byDay, colours));
    for (QChartView* view : {m_reviewerView, m_hourView, m_workloadView, m_trendView}) {
        view->setAccessibleName(view->chart()->title());
        view->setAccessibleDescription(
            tr("A chart. \u201cShow as tables\u201d gives its figures as a table."));
    }
    // Tooltips with the numbers behind each point and bar.
    auto tipFor = [this](const QList<Group>& groups, const QString& what) {
        return [this, groups, what](qsizetype index) {
            if (index < 0 || index >= groups.size())
                return;
            const Group& group = groups.at(index);
            QToolTip::showText(QCursor::pos(),
                               tr("%1 %2: %3 of %4 reviews overridden (%5)")
                                   .arg(what, group.key)
                                   .arg(group.counts.overrides)
                                   .arg(group.counts.n)
                                   .arg(percentText(*group.rates.overrideRate.rate)));
        };
    };
    auto connectPoints = [](QChart* chart, auto tip) {
        for (QAbstractSeries* series : chart->series())
            if (auto* points = qobject_cast<QScatterSeries*>(series))
                QObject::connect(points, &QScatterSeries::hovered, points,
                                 [points, tip](const QPointF& point, bool on) {
                                     if (!on)
                                         return;
                                     const QList<QPointF> all = points->points();
                                     tip(all.indexOf(point));
                                 });
    };
    connectPoints(m_hourView->chart(), tipFor(r.byHour, tr("Hour")));
    connectPoints(m_trendView->chart(), tipFor(r.byDay, tr("Day")));
    for (QAbstractSeries* series : m_workloadView->chart()->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const auto tip = tipFor(
                r.workload.bySinceBreak,
                /*: Position of a review since the reviewer's last break (gap over 15 minutes). */
                tr("Since a break"));
            connect(bars->barSets().constFirst(), &QBarSet::hovered, this,
                    [tip](bool on, int index) {
                        if (on)
                            tip(index);
                    });
        }
    m_reviewerView->setAccessibleName(tr("Override rate by reviewer"));
    m_hourView->setAccessibleName(tr("Override rate by hour of day"));
    m_workloadView->setAccessibleName(tr("Override rate by position since the last break"));
    m_trendView->setAccessibleName(tr("Daily override rate"));
}

void DashboardPage::openWarning(QListWidgetItem* item) {
    if (!m_report || m_report->warnings.isEmpty())
        return;
    const QStringList reviewers = item->data(Qt::UserRole).toStringList();
    drillDown(reviewers.value(0));
}

void DashboardPage::drillDown(const QString& reviewer) {
    AnalysisFilter selection = filter();
    if (!reviewer.isEmpty())
        selection.reviewer = reviewer;
    const Result<QList<ReviewRecord>> records = m_analytics.reviews(m_officer, selection);
    if (!records) {
        m_state->setText(records.error().message);
        return;
    }
    m_reviewsModel->setRecords(records.value());
    m_reviewsTable->resizeColumnsToContents();
    m_reviewsTitle->setText(
        (selection.reviewer.isEmpty() ? tr("All reviews in the filter")
                                      : tr("Reviews by %1").arg(selection.reviewer)) +
        QStringLiteral(" - ") + tr("%1 shown, newest first").arg(records->size()));
    m_views->setCurrentIndex(1);
    m_reviewsTable->setFocus();
}

QString DashboardPage::selectedCase() const {
    const QModelIndexList rows = m_reviewsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex source = m_sortedReviews->mapToSource(rows.first());
    return m_reviewsModel->records().value(source.row()).caseRef;
}

bool DashboardPage::saveDossier(const QString& path) {
    const QString externalId = selectedCase();
    const Status saved = externalId.isEmpty()
                             ? Status(Error{tr("Select a review first.")})
                             : saveCaseDossierPdf(m_db, m_officer, externalId, path, false);
    m_reviewsTitle->setText(saved ? tr("Saved the dossier of case %1 to %2.").arg(externalId, path)
                                  : saved.error().message);
    return saved.ok();
}

void DashboardPage::chooseDossierFile() {
    const QString externalId = selectedCase();
    if (externalId.isEmpty()) {
        m_reviewsTitle->setText(tr("Select a review first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Case Dossier"), tr("dossier-%1.pdf").arg(externalId), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveDossier(path);
}

bool DashboardPage::showsReviews() const {
    return m_views->currentIndex() == 1;
}

bool DashboardPage::exportReviews(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !writeReviewRecordsCsv(file, m_reviewsModel->records()) || !file.commit()) {
        m_reviewsTitle->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_reviewsTitle->setText(
        tr("Exported %1 reviews to %2").arg(m_reviewsModel->rowCount()).arg(path));
    return true;
}

void DashboardPage::chooseReportFile() {
    if (!m_useDates->isChecked()) {
        QMessageBox::information(this, tr("Export Report"),
                                 tr("A report covers a period: tick Dates and choose the first "
                                    "and last day, then export again."));
        m_useDates->setFocus();
        return;
    }
    const QString pdf = tr("PDF report (*.pdf)");
    const QString csv = tr("CSV decision log (*.csv)");
    const QString json = tr("JSON report (*.json)");
    QString chosen = pdf;
    const QString base =
        QStringLiteral("oversight-report-%1-to-%2")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), base + QStringLiteral(".pdf"),
        QStringList{pdf, csv, json}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    // The file's ending decides when it names a format; else the chosen filter.
    std::optional<ReportFormat> format = reportFormatFromName(QFileInfo(path).suffix());
    if (!format)
        format = chosen == csv    ? ReportFormat::Csv
                 : chosen == json ? ReportFormat::Json
                                  : ReportFormat::Pdf;
    exportReport(path, *format);
}

bool DashboardPage::exportReport(const QString& path, ReportFormat format) {
    ReportRequest request;
    request.filter = filter();
    request.filter.from = m_from->date();
    request.filter.to = m_to->date();
    request.format = format;
    request.path = path;
    const QLocale::Territory territory = QLocale().territory();
    request.pageSize = territory == QLocale::UnitedStates || territory == QLocale::Canada
                           ? QPageSize::Letter
                           : QPageSize::A4;
    QProgressDialog progress(tr("Preparing the report..."), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Status exported = oversight::exportReport(
        m_db, m_officer, request, [&progress](const QString& stage, qint64 done, qint64 total) {
            progress.setLabelText(stage);
            progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
            return !progress.wasCanceled();
        });
    progress.reset();
    m_audit->refresh();
    if (!exported) {
        showPlainMessage(this, QMessageBox::Warning, tr("Export Report"), exported.error().message);
        return false;
    }
    m_state->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DashboardPage::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Reviews"), QStringLiteral("reviews.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportReviews(path);
}

} // namespace oversight
