#include "pages/fairnesspage.h"

#include "charts/fairnesschart.h"
#include "charts/fairnesstables.h"
#include "fairness/fairnessservice.h"
#include "fairness/groupattributes.h"
#include "models/reviewrecordmodel.h"
#include "storage/database.h"
#include "widgets/choices.h"
#include "widgets/figuretable.h"
#include "widgets/plaintext.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

namespace {

// Below this many cases in a group, its rates are shown with a caution.
constexpr qint64 smallGroup = 30;

} // namespace

FairnessPage::FairnessPage(ConnectionSpec database, QSqlDatabase db, Session officer,
                           QWidget* parent)
    : QWidget(parent)
    , m_spec(std::move(database))
    , m_db(std::move(db))
    , m_officer(std::move(officer))
    , m_attribute(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_useDates(new QCheckBox(tr("&Days:"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_queue(new QComboBox(this))
    , m_asTables(new QCheckBox(tr("Show as &tables"), this))
    , m_state(plainLabel(this))
    , m_effect(plainLabel(this))
    , m_figuresArea(new QStackedWidget(this))
    , m_chart(new QChartView(this))
    , m_figures(makeTable(this, tr("Rates by group"),
                          tr("One row per group and decider: cases, the rate and its 95 % "
                             "interval.")))
    , m_emptyState(plainLabel(this))
    , m_warnings(new QListWidget(this))
    , m_disparities(makeTable(this, tr("Disparities"),
                              tr("Each group against the reference group: ratio, difference "
                                 "and its 95 % interval, and whether it is flagged.")))
    , m_views(new QStackedWidget(this))
    , m_reviewsTitle(plainLabel(this))
    , m_reviewsTable(makeTable(this, tr("Reviews of the group"),
                               tr("The group's finalized reviews, newest first.")))
    , m_reviewsModel(new ReviewRecordModel(this))
    , m_run(
          this, [this] { return prepareAnalysis(); },
          [this](const Result<FairnessAnalysis>& result) { showAnalysis(result); }) {
    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_views);
    auto* analysis = new QWidget(m_views);
    m_views->addWidget(analysis);
    auto* layout = new QVBoxLayout(analysis);
    // Which decisions and reviews: the days, the queue, the model.
    auto* scope = new QHBoxLayout;
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
    m_useDates->setToolTip(tr("Only decisions imported, and reviews finalized, on these days. "
                              "Unticked: every day."));
    m_useDates->setAccessibleDescription(m_useDates->toolTip());
    scope->addWidget(m_useDates);
    scope->addWidget(m_from);
    scope->addWidget(new QLabel(tr("to"), this));
    scope->addWidget(m_to);
    scope->addSpacing(12);
    auto* choices = new QHBoxLayout;
    QHBoxLayout* row = scope;
    auto addChoice = [&](const QString& caption, QComboBox* box, const QString& description) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(box);
        box->setAccessibleName(QString(caption).remove(u'&').remove(u':'));
        box->setToolTip(description);
        box->setAccessibleDescription(description);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(label);
        row->addWidget(box);
        row->addSpacing(12);
    };
    addChoice(tr("&Queue:"), m_queue, tr("The reviews of one queue, or of all."));
    addChoice(tr("M&odel:"), m_model, tr("The decisions and reviews of one model, or of all."));
    scope->addStretch();
    layout->addLayout(scope);
    row = choices;
    addChoice(tr("Attr&ibute:"), m_attribute,
              tr("The protected attribute whose groups are compared."));
    addChoice(/*: A second attribute, for the intersection of two (e.g. sex and age band). */
              tr("a&nd:"), m_second,
              tr("A second attribute: compare the groups of both at once (their intersection)."));
    addChoice(tr("M&etric:"), m_metric, tr("The rate compared across groups."));
    choices->addStretch();
    choices->addWidget(m_asTables);
    layout->addLayout(choices);
    m_metric->addItems(fairnessMetricCaptions());
    m_metric->setCurrentIndex(2); // the false-positive rate: the classic question
    m_second->addItem(tr("(none)"), QString());

    m_state->setObjectName(QStringLiteral("fairnessState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_effect->setObjectName(QStringLiteral("oversightEffect"));
    m_effect->setWordWrap(true);
    m_effect->setAccessibleName(tr("Oversight effect"));
    layout->addWidget(m_effect);

    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_chart->setAccessibleName(tr("Rates by group"));
    m_chart->setAccessibleDescription(
        tr("A chart. \u201cShow as tables\u201d gives its figures as a table."));
    m_emptyState->setObjectName(QStringLiteral("fairnessEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("Analysing..."));
    m_figuresArea->addWidget(m_chart);
    m_figuresArea->addWidget(m_figures);
    m_figuresArea->addWidget(m_emptyState);
    m_figuresArea->setCurrentWidget(m_emptyState);

    auto* disparityBox = new QWidget(this);
    auto* disparityLayout = new QVBoxLayout(disparityBox);
    disparityLayout->setContentsMargins(0, 0, 0, 0);
    auto* disparityCaption = new QLabel(tr("Dis&parities against the reference group"), this);
    disparityCaption->setBuddy(m_disparities);
    disparityLayout->addWidget(disparityCaption);
    disparityLayout->addWidget(m_disparities);
    auto* warningsCaption = new QLabel(tr("Warnings by &group"), this);
    warningsCaption->setBuddy(m_warnings);
    m_warnings->setObjectName(QStringLiteral("fairnessWarnings"));
    m_warnings->setAccessibleName(tr("Warnings by group"));
    m_warnings->setAccessibleDescription(
        tr("Where review widens a gap between groups, and reviewers whose override rates differ "
           "by group more than chance explains."));
    m_warnings->setWordWrap(true);
    disparityLayout->addWidget(warningsCaption);
    disparityLayout->addWidget(m_warnings);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_figuresArea);
    split->addWidget(disparityBox);
    split->setSizes({3000, 2600});
    layout->addWidget(split, 1);
    auto* hint = new QLabel(tr("Enter or double-click on a group's row lists its reviews."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    // One group's reviews.
    auto* reviews = new QWidget(m_views);
    auto* reviewsLayout = new QVBoxLayout(reviews);
    auto* reviewsBar = new QHBoxLayout;
    auto* back = new QPushButton(tr("&Back to the figures"), reviews);
    auto* backKey = new QShortcut(QKeySequence::Back, reviews);
    backKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backKey, &QShortcut::activated, back, &QPushButton::click);
    reviewsBar->addWidget(back);
    m_reviewsTitle->setObjectName(QStringLiteral("groupReviewsTitle"));
    m_reviewsTitle->setWordWrap(true);
    reviewsBar->addWidget(m_reviewsTitle, 1);
    reviewsLayout->addLayout(reviewsBar);
    auto* sorted = new QSortFilterProxyModel(reviews);
    sorted->setSourceModel(m_reviewsModel);
    m_reviewsTable->setModel(sorted);
    m_reviewsTable->setSortingEnabled(true);
    m_reviewsTable->sortByColumn(ReviewRecordModel::FinalizedAt, Qt::DescendingOrder);
    reviewsLayout->addWidget(m_reviewsTable);
    m_views->addWidget(reviews);
    connect(back, &QPushButton::clicked, this, [this] { m_views->setCurrentIndex(0); });
    for (QTableView* table : {m_figures, m_disparities})
        connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
            openGroupReviews(index.siblingAtColumn(0).data(Qt::UserRole).toString());
        });

    m_asTables->setToolTip(tr("The chart's figures as a table, one row per group and decider: "
                              "for screen readers and for reading exact numbers."));
    m_asTables->setAccessibleDescription(m_asTables->toolTip());
    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] { m_run.schedule(); });
    connect(m_second, &QComboBox::currentIndexChanged, this, [this] { m_run.schedule(); });
    for (QComboBox* box : {m_model, m_queue})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_run.schedule(); });
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        m_run.schedule();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_run.schedule(); });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &FairnessPage::showAttribute);
    connect(m_asTables, &QCheckBox::toggled, this, &FairnessPage::showAttribute);
}

FairnessPage::~FairnessPage() = default;

void FairnessPage::refresh() {
    const AnalyticsService analytics(m_db);
    fillChoices(m_queue, analytics.queues(m_officer), tr("All queues"));
    fillChoices(m_model, analytics.models(m_officer), tr("All models"));
    m_run.start();
}

AnalysisFilter FairnessPage::filter() const {
    AnalysisFilter filter;
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.queue = m_queue->currentData().toString();
    filter.model = m_model->currentData().toString();
    return filter;
}

void FairnessPage::waitForAnalysis() {
    m_run.waitUntilShown();
}

LatestAnalysis<FairnessAnalysis>::Work FairnessPage::prepareAnalysis() {
    m_state->setText(tr("Analysing..."));
    const AnalysisFilter filter = this->filter();
    FairnessOptions options;
    const QString first = m_attribute->currentData().toString();
    const QString second = m_second->currentData().toString();
    if (!first.isEmpty()) {
        options.attributes << first;
        if (!second.isEmpty() && second != first)
            options.attributes << second;
    }
    return [spec = m_spec, officer = m_officer, filter, options]() -> Result<FairnessAnalysis> {
        Result<Database> database = Database::open(spec, Database::OpenMode::MustExist);
        if (!database)
            return database.error();
        return FairnessService(database->connection()).analyze(officer, filter, options);
    };
}

void FairnessPage::fillAttributes(const QStringList& known) {
    for (QComboBox* box : {m_attribute, m_second}) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        if (box == m_second)
            box->addItem(tr("(none)"), QString());
        for (const QString& attribute : known)
            box->addItem(attribute, attribute);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
}

void FairnessPage::showAnalysis(const Result<FairnessAnalysis>& result) {
    if (!result) {
        m_state->setText(result.error().message);
        m_analysis.reset();
        showAttribute();
        Q_EMIT analysisFinished();
        return;
    }
    m_analysis = result.value();
    fillAttributes(m_analysis->knownAttributes);
    showAttribute();
    Q_EMIT analysisFinished();
}

const AttributeFairness* FairnessPage::shownAttribute() const {
    if (!m_analysis || m_analysis->attributes.isEmpty())
        return nullptr;
    const QString first = m_attribute->currentData().toString();
    const QString second = m_second->currentData().toString();
    const QString wanted =
        second.isEmpty() || second == first ? first : first + QStringLiteral("×") + second;
    for (const AttributeFairness& attribute : m_analysis->attributes)
        if (attribute.attribute == wanted)
            return &attribute;
    return &m_analysis->attributes.constFirst();
}

void FairnessPage::showAttribute() {
    const AttributeFairness* attribute = shownAttribute();
    const int metric = std::max(0, m_metric->currentIndex());
    m_warnings->clear();
    if (m_analysis) {
        for (const Warning& warning : m_analysis->warnings)
            if (!attribute || warning.figures.value(QStringLiteral("attribute")).toString() ==
                                  attribute->attribute)
                new QListWidgetItem(warning.message, m_warnings);
        if (m_warnings->count() == 0)
            new QListWidgetItem(tr("No warning for this attribute: review widens no gap "
                                   "significantly, and no reviewer's override rate differs by "
                                   "group more than chance explains (each needs at least 20 "
                                   "reviews per group)."),
                                m_warnings);
    }
    if (!attribute) {
        if (m_analysis)
            m_state->setText(QString());
        m_effect->clear();
        m_emptyState->setText(
            tr("No figures by group yet. Name the protected attributes when importing "
               "decisions or a review log (oversight-cli import --group-columns), with the "
               "positive label (--positive-label), and they appear here."));
        m_figuresArea->setCurrentWidget(m_emptyState);
        replaceModel(m_disparities, nullptr);
        return;
    }
    QStringList state = attribute->notices;
    QStringList small;
    for (const GroupFigures& group : attribute->groups)
        if (group.decisionsN + group.reviewsN > 0 && group.decisionsN < smallGroup &&
            group.reviewsN < smallGroup)
            small << group.group;
    if (!small.isEmpty())
        state << tr("Fewer than %1 cases in %2: their rates swing widely and no disparity is "
                    "flagged for them. Read the intervals, not the points.")
                     .arg(smallGroup)
                     .arg(small.join(QStringLiteral(", ")));
    if (!attribute->positiveLabel.isEmpty() && metric == 4)
        state << tr("Accuracy counts only cases whose outcome is known.");
    if (attribute->positiveLabel.isEmpty() && metric != 4)
        state << tr("Without a positive label only accuracy can be compared.");
    m_state->setText(state.join(u' '));

    QStringList effects;
    const QString key = fairnessMetricKeys().value(metric);
    for (const OversightEffect& effect : attribute->oversightEffect)
        if (effect.metric == key)
            effects << describeOversightEffect(effect, attribute->reference) + u' ' +
                           tr("(change %1 points, 95 % interval %2 to %3)")
                               .arg(QString::number(effect.delta * 100, 'f', 1),
                                    QString::number(effect.ciLow * 100, 'f', 1),
                                    QString::number(effect.ciHigh * 100, 'f', 1));
    m_effect->setText(effects.isEmpty() ? tr("No reviewed cases in these groups yet: whether "
                                             "review narrows or widens a gap shows once there "
                                             "are.")
                                        : effects.join(u'\n'));

    const FairnessOptions defaults;
    QChart* old = m_chart->chart();
    m_chart->setChart(
        makeFairnessChart(*attribute, metric, palette(), defaults.ratioLow, defaults.ratioHigh));
    delete old;
    replaceModel(m_figures, makeFairnessFiguresTable(*attribute, metric, m_figures));
    replaceModel(m_disparities, makeDisparityTable(*attribute, metric, m_disparities));
    m_figuresArea->setCurrentWidget(m_asTables->isChecked() ? static_cast<QWidget*>(m_figures)
                                                            : m_chart);
}

void FairnessPage::openGroupReviews(const QString& group) {
    const AttributeFairness* attribute = shownAttribute();
    if (!attribute || group.isEmpty())
        return;
    const Result<QList<ReviewRecord>> records = AnalyticsService(m_db).reviews(
        m_officer, filter(), 10000, groupMembers(attribute->attribute, group));
    if (!records) {
        m_state->setText(records.error().message);
        return;
    }
    m_reviewsModel->setRecords(records.value());
    m_reviewsTable->resizeColumnsToContents();
    m_reviewsTitle->setText(
        tr("Reviews of %1 = %2: %3 shown, newest first")
            .arg(attribute->attribute, visibleText(group), QLocale().toString(records->size())));
    m_views->setCurrentIndex(1);
    m_reviewsTable->setFocus();
}

bool FairnessPage::showsReviews() const {
    return m_views->currentIndex() == 1;
}

} // namespace oversight
