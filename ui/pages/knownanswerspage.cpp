#include "pages/knownanswerspage.h"

#include "accounts/permissions.h"
#include "analytics/analyticsservice.h"
#include "knownanswers/knownanswerservice.h"
#include "knownanswers/knownanswersets.h"
#include "storage/database.h"
#include "widgets/choices.h"
#include "widgets/figuretable.h"
#include "widgets/plaintext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

namespace {

QString percent(double value) {
    return QLocale().toString(value * 100, 'f', 0);
}

// "83 % (55-95 %)", or n/a without a denominator.
QString rateText(const Proportion& p) {
    if (!p.rate)
        return /*: A rate without any case to compute it from. */ KnownAnswersPage::tr("n/a");
    return KnownAnswersPage::tr("%1 % (%2-%3 %)")
        .arg(percent(*p.rate), percent(p.low.value_or(0)), percent(p.high.value_or(0)));
}

QList<QStandardItem*> ratesRow(const QString& who, const KnownAnswerRates& rates) {
    return {figureCell(who),
            figureCell(QString::number(rates.n)),
            figureCell(QString::number(rates.catchTrials)),
            figureCell(rateText(rates.initialAccuracy)),
            figureCell(rateText(rates.finalAccuracy)),
            figureCell(rateText(rates.catchDeference)),
            figureCell(rateText(rates.rair)),
            figureCell(rateText(rates.rsr))};
}

QStandardItemModel* reviewerModel(const KnownAnswerFigures& figures) {
    auto* model = new QStandardItemModel(0, 8);
    model->setHorizontalHeaderLabels(
        {KnownAnswersPage::tr("Reviewer"), KnownAnswersPage::tr("Checks"),
         KnownAnswersPage::tr("Catch trials"), KnownAnswersPage::tr("Accuracy blind"),
         KnownAnswersPage::tr("Accuracy final"), KnownAnswersPage::tr("Catch deference"),
         /*: Relative AI reliance: wrong blind, right recommendation, took it. */
         KnownAnswersPage::tr("RAIR"),
         /*: Relative self-reliance: right blind, wrong recommendation, kept it. */
         KnownAnswersPage::tr("RSR")});
    for (const ReviewerKnownAnswers& reviewer : figures.byReviewer)
        model->appendRow(ratesRow(reviewer.reviewer, reviewer.rates));
    if (!figures.byReviewer.isEmpty())
        model->appendRow(ratesRow(KnownAnswersPage::tr("Everyone"), figures.overall));
    return model;
}

QStandardItemModel* setModel(const QList<KnownAnswerSet>& sets) {
    auto* model = new QStandardItemModel(0, 7);
    model->setHorizontalHeaderLabels(
        {KnownAnswersPage::tr("Set"), KnownAnswersPage::tr("File"), KnownAnswersPage::tr("Model"),
         KnownAnswersPage::tr("Cases"), KnownAnswersPage::tr("Served"),
         KnownAnswersPage::tr("Finalized"), KnownAnswersPage::tr("Retired")});
    for (const KnownAnswerSet& set : sets)
        model->appendRow(
            {figureCell(set.id), figureCell(visibleText(set.sourceName)),
             figureCell(visibleText(set.model)), figureCell(QString::number(set.cases)),
             figureCell(QString::number(set.served)), figureCell(QString::number(set.finalized)),
             figureCell(set.retiredAt.isEmpty() ? KnownAnswersPage::tr("in use") : set.retiredAt)});
    return model;
}

} // namespace

KnownAnswersPage::KnownAnswersPage(ConnectionSpec database, QSqlDatabase db, Session officer,
                                   QWidget* parent)
    : QWidget(parent)
    , m_spec(std::move(database))
    , m_db(std::move(db))
    , m_officer(std::move(officer))
    , m_model(new QComboBox(this))
    , m_summary(plainLabel(this))
    , m_reviewers(makeTable(
          this, tr("Known answers by reviewer"),
          tr("Each reviewer's checks: accuracy before and after the reveal, how often they took "
             "a deliberately wrong recommendation they had first answered correctly (catch "
             "deference), relative AI reliance and self-reliance, with 95 % intervals.")))
    , m_warnings(new QListWidget(this))
    , m_sets(makeTable(this, tr("Known-answer sets"),
                       tr("Every known-answer set, how many cases it has and how often they "
                          "were served.")))
    , m_setCases(makeTable(this, tr("Cases of the set"),
                           tr("Each case of the set chosen above: its correct answer, how often "
                              "it was served and finalized, and how often its reveal was "
                              "planted.")))
    , m_retire(new QPushButton(tr("Re&tire Set..."), this))
    , m_setMessage(plainLabel(this))
    , m_run(
          this, [this] { return prepareAnalysis(); },
          [this](const Result<KnownAnswerFigures>& result) { showAnalysis(result); }) {
    auto* layout = new QVBoxLayout(this);
    auto* scope = new QHBoxLayout;
    auto* modelCaption = new QLabel(tr("&Model:"), this);
    modelCaption->setBuddy(m_model);
    scope->addWidget(modelCaption);
    scope->addWidget(m_model);
    scope->addStretch();
    layout->addLayout(scope);
    m_summary->setObjectName(QStringLiteral("knownAnswersSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* reviewersCaption = new QLabel(tr("&Each reviewer on the checks"), this);
    reviewersCaption->setBuddy(m_reviewers);
    layout->addWidget(reviewersCaption);
    layout->addWidget(m_reviewers, 2);
    auto* warningsCaption = new QLabel(tr("&Warnings"), this);
    warningsCaption->setBuddy(m_warnings);
    m_warnings->setAccessibleName(tr("Known-answer warnings"));
    m_warnings->setAccessibleDescription(
        tr("Reviewers who take deliberately wrong recommendations, each with the numbers behind "
           "it."));
    m_warnings->setWordWrap(true);
    layout->addWidget(warningsCaption);
    layout->addWidget(m_warnings, 1);
    auto* setsCaption = new QLabel(tr("Known-answer &sets"), this);
    setsCaption->setBuddy(m_sets);
    layout->addWidget(setsCaption);
    auto* setSplit = new QHBoxLayout;
    setSplit->addWidget(m_sets, 3);
    setSplit->addWidget(m_setCases, 2);
    layout->addLayout(setSplit, 3);
    auto* setActions = new QHBoxLayout;
    m_retire->setAccessibleName(tr("Retire set"));
    m_retire->setAccessibleDescription(
        tr("Stops serving the selected set's cases; its reviews and figures stay. "
           "Administrators only; a reason is recorded in the audit trail."));
    m_retire->setVisible(allows(m_officer, Permission::ChangePolicy));
    m_setMessage->setObjectName(QStringLiteral("knownAnswerSetMessage"));
    setActions->addWidget(m_retire);
    setActions->addWidget(m_setMessage, 1);
    layout->addLayout(setActions);
    m_model->setAccessibleName(tr("Model"));
    m_model->setAccessibleDescription(tr("The model whose checks are measured."));
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] { m_run.schedule(); });
    connect(m_retire, &QPushButton::clicked, this, &KnownAnswersPage::askAndRetire);
}

void KnownAnswersPage::refresh() {
    fillChoices(m_model, AnalyticsService(m_db).models(m_officer), tr("All models"));
    showSets();
    m_run.start();
}

void KnownAnswersPage::waitForAnalysis() {
    m_run.waitUntilShown();
}

void KnownAnswersPage::showSets() {
    const Result<QList<KnownAnswerSet>> sets = KnownAnswerSets(m_db).list(m_officer);
    if (!sets) {
        m_setMessage->setText(sets.error().message);
        return;
    }
    QStandardItemModel* model = setModel(sets.value());
    model->setParent(m_sets);
    replaceModel(m_sets, model);
    connect(m_sets->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KnownAnswersPage::showSetCases);
    if (!sets->isEmpty())
        m_sets->setCurrentIndex(model->index(0, 0));
    if (sets->isEmpty())
        m_setMessage->setText(tr("No known-answer sets yet: import one with oversight-cli import "
                                 "FILE --known-answers --truth-column COLUMN."));
}

void KnownAnswersPage::showSetCases() {
    auto* model = new QStandardItemModel(0, 5, m_setCases);
    model->setHorizontalHeaderLabels(
        {tr("Case"), tr("Correct answer"), tr("Served"), tr("Finalized"), tr("Planted")});
    const QModelIndex current = m_sets->currentIndex();
    if (current.isValid()) {
        const QString setId = m_sets->model()->index(current.row(), 0).data().toString();
        const Result<QList<KnownAnswerCaseUsage>> usage =
            KnownAnswerSets(m_db).usage(m_officer, setId);
        if (!usage)
            m_setMessage->setText(usage.error().message);
        else
            for (const KnownAnswerCaseUsage& c : usage.value())
                model->appendRow({figureCell(visibleText(c.externalId)),
                                  figureCell(visibleText(c.truth)),
                                  figureCell(QString::number(c.served)),
                                  figureCell(QString::number(c.finalized)),
                                  figureCell(QString::number(c.planted))});
    }
    replaceModel(m_setCases, model);
}

bool KnownAnswersPage::retireSelectedSet(const QString& reason) {
    const QModelIndex current = m_sets->currentIndex();
    if (!current.isValid()) {
        m_setMessage->setText(tr("Select the set to retire first."));
        return false;
    }
    const QString setId = m_sets->model()->index(current.row(), 0).data().toString();
    const int row = current.row();
    if (Status retired = KnownAnswerSets(m_db).retire(m_officer, setId, reason); !retired) {
        m_setMessage->setText(retired.error().message);
        return false;
    }
    m_setMessage->setText(tr("Set %1 is retired: claims no longer serve its cases.").arg(setId));
    showSets();
    m_sets->setCurrentIndex(m_sets->model()->index(row, 0));
    return true;
}

void KnownAnswersPage::askAndRetire() {
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Retire Known-Answer Set"),
                              tr("Why is the set retired? The reason goes into the audit trail."),
                              QLineEdit::Normal, {}, &ok);
    if (ok)
        retireSelectedSet(reason);
}

LatestAnalysis<KnownAnswerFigures>::Work KnownAnswersPage::prepareAnalysis() {
    m_summary->setText(tr("Analysing..."));
    AnalysisFilter filter;
    filter.model = m_model->currentData().toString();
    return [spec = m_spec, officer = m_officer, filter]() -> Result<KnownAnswerFigures> {
        Result<Database> database = Database::open(spec, Database::OpenMode::MustExist);
        if (!database)
            return database.error();
        return KnownAnswerService(database->connection()).analyze(officer, filter);
    };
}

void KnownAnswersPage::showAnalysis(const Result<KnownAnswerFigures>& result) {
    if (!result) {
        m_summary->setText(result.error().message);
        return;
    }
    const KnownAnswerFigures& k = result.value();
    if (k.overall.n == 0)
        m_summary->setText(tr("No known-answer check has been finalized yet. Import a set "
                              "(import --known-answers) and set a queue's rate (policy set "
                              "--queue review --known-answer-rate 0.05 --catch-rate 0.5)."));
    else
        m_summary->setText(
            tr("%1 checks on %2 known-answer cases, %3 of them catch trials with a deliberately "
               "wrong recommendation. Accuracy %4 blind and %5 after the reveal; catch deference "
               "%6. None of these reviews counts as a decision or in any other figure.")
                .arg(k.overall.n)
                .arg(k.cases)
                .arg(k.overall.catchTrials)
                .arg(rateText(k.overall.initialAccuracy), rateText(k.overall.finalAccuracy),
                     rateText(k.overall.catchDeference)));
    QStandardItemModel* reviewers = reviewerModel(k);
    reviewers->setParent(m_reviewers);
    replaceModel(m_reviewers, reviewers);
    m_warnings->clear();
    for (const Warning& warning : k.warnings)
        m_warnings->addItem(warning.message);
    if (k.warnings.isEmpty())
        m_warnings->addItem(tr("None."));
}

} // namespace oversight
