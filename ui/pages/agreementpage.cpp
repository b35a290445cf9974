#include "pages/agreementpage.h"

#include "agreement/agreementservice.h"
#include "analytics/analyticsservice.h"
#include "storage/database.h"
#include "widgets/choices.h"
#include "widgets/figuretable.h"
#include "widgets/plaintext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

namespace {

QString kappaText(const std::optional<double>& kappa) {
    return kappa ? QLocale().toString(*kappa, 'f', 2)
                 : /*: A kappa that cannot be computed (too few cases, or no variation). */
               AgreementPage::tr("n/a");
}

QString percentText(const Proportion& p) {
    return p.rate ? QLocale().toString(*p.rate * 100, 'f', 1) + QStringLiteral(" %")
                  : AgreementPage::tr("n/a");
}

// The reviewer-pair matrix: Cohen's kappa blind -> after the reveal, with n.
QStandardItemModel* pairMatrixModel(const AgreementFigures& figures) {
    QStringList reviewers;
    for (const PairAgreement& pair : figures.pairs)
        for (const QString& name : {pair.a, pair.b})
            if (!reviewers.contains(name))
                reviewers << name;
    reviewers.sort();
    auto* model = new QStandardItemModel(reviewers.size(), reviewers.size() + 1);
    model->setHorizontalHeaderItem(0, figureCell(AgreementPage::tr("Reviewer")));
    for (qsizetype i = 0; i < reviewers.size(); ++i) {
        model->setHorizontalHeaderItem(static_cast<int>(i) + 1, figureCell(reviewers[i]));
        model->setItem(static_cast<int>(i), 0, figureCell(reviewers[i]));
        for (qsizetype j = 0; j < reviewers.size(); ++j)
            model->setItem(static_cast<int>(i), static_cast<int>(j) + 1,
                           figureCell(i == j ? QStringLiteral("-") : QString()));
    }
    for (const PairAgreement& pair : figures.pairs) {
        const QString text =
            /*: Cohen's kappa before -> after the reveal, and the cases both reviewed. */
            AgreementPage::tr("%1 -> %2 (n %3)")
                .arg(kappaText(pair.initialKappa), kappaText(pair.finalKappa))
                .arg(pair.n);
        const int a = static_cast<int>(reviewers.indexOf(pair.a));
        const int b = static_cast<int>(reviewers.indexOf(pair.b));
        model->item(a, b + 1)->setText(text);
        model->item(b, a + 1)->setText(text);
    }
    return model;
}

QStandardItemModel* reviewerModel(const AgreementFigures& figures) {
    auto* model = new QStandardItemModel(0, 6);
    model->setHorizontalHeaderLabels(
        {AgreementPage::tr("Reviewer"), AgreementPage::tr("Comparisons"),
         AgreementPage::tr("Agrees blind"), AgreementPage::tr("Adjudicated"),
         AgreementPage::tr("Upheld"), AgreementPage::tr("Accuracy")});
    for (const ReviewerAgreement& reviewer : figures.byReviewer)
        model->appendRow({figureCell(reviewer.reviewer),
                          figureCell(QString::number(reviewer.agreement.n)),
                          figureCell(percentText(reviewer.agreement)),
                          figureCell(QString::number(reviewer.adjudicated)),
                          figureCell(QString::number(reviewer.upheld)),
                          figureCell(percentText(reviewer.accuracy))});
    return model;
}

} // namespace

AgreementPage::AgreementPage(ConnectionSpec database, QSqlDatabase db, Session officer,
                             QWidget* parent)
    : QWidget(parent)
    , m_spec(std::move(database))
    , m_db(std::move(db))
    , m_officer(std::move(officer))
    , m_model(new QComboBox(this))
    , m_summary(plainLabel(this))
    , m_pairs(makeTable(this, tr("Agreement of reviewer pairs"),
                        tr("Cohen's kappa of each pair of reviewers on the cases both reviewed, "
                           "blind and after the reveal, with the number of such cases.")))
    , m_reviewers(makeTable(this, tr("Agreement by reviewer"),
                            tr("How often each reviewer's blind decision equals another "
                               "reviewer's, how adjudication settled their cases, and their "
                               "accuracy where the outcome is known.")))
    , m_warnings(new QListWidget(this))
    , m_run(
          this, [this] { return prepareAnalysis(); },
          [this](const Result<AgreementFigures>& result) { showAnalysis(result); }) {
    auto* layout = new QVBoxLayout(this);
    auto* scope = new QHBoxLayout;
    auto* modelCaption = new QLabel(tr("&Model:"), this);
    modelCaption->setBuddy(m_model);
    scope->addWidget(modelCaption);
    scope->addWidget(m_model);
    scope->addStretch();
    layout->addLayout(scope);
    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* pairsCaption = new QLabel(tr("&Pairs of reviewers: Cohen's kappa blind -> after the "
                                       "reveal (from 20 shared cases)"),
                                    this);
    pairsCaption->setBuddy(m_pairs);
    // A matrix: every reviewer's column as wide as its contents, none stretched.
    m_pairs->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(pairsCaption);
    layout->addWidget(m_pairs, 2);
    auto* reviewersCaption = new QLabel(tr("&Each reviewer"), this);
    reviewersCaption->setBuddy(m_reviewers);
    layout->addWidget(reviewersCaption);
    layout->addWidget(m_reviewers, 2);
    auto* warningsCaption = new QLabel(tr("&Warnings"), this);
    warningsCaption->setBuddy(m_warnings);
    m_warnings->setAccessibleName(tr("Agreement warnings"));
    m_warnings->setAccessibleDescription(
        tr("Low agreement between independent reviewers, and reviewers who agree only after "
           "seeing the model, each with the numbers behind it."));
    m_model->setAccessibleName(tr("Model"));
    m_model->setAccessibleDescription(tr("The model whose cases the agreement is measured on."));
    m_warnings->setWordWrap(true);
    layout->addWidget(warningsCaption);
    layout->addWidget(m_warnings, 1);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] { m_run.schedule(); });
}

void AgreementPage::refresh() {
    fillChoices(m_model, AnalyticsService(m_db).models(m_officer), tr("All models"));
    m_run.start();
}

void AgreementPage::waitForAnalysis() {
    m_run.waitUntilShown();
}

LatestAnalysis<AgreementFigures>::Work AgreementPage::prepareAnalysis() {
    m_summary->setText(tr("Analysing..."));
    AnalysisFilter filter;
    filter.model = m_model->currentData().toString();
    return [spec = m_spec, officer = m_officer, filter]() -> Result<AgreementFigures> {
        Result<Database> database = Database::open(spec, Database::OpenMode::MustExist);
        if (!database)
            return database.error();
        return AgreementService(database->connection()).analyze(officer, filter);
    };
}

void AgreementPage::showAnalysis(const Result<AgreementFigures>& result) {
    if (!result) {
        m_summary->setText(result.error().message);
        return;
    }
    const AgreementFigures& a = result.value();
    if (a.cases == 0 && a.adjudicationPending == 0 && a.adjudicationResolved == 0)
        m_summary->setText(tr("No case has been reviewed independently by more than one reviewer "
                              "yet. Set a queue's reviews per case (oversight-cli policy set "
                              "--queue review --reviews-per-case 2) to measure agreement."));
    else
        m_summary->setText(
            tr("%1 cases with every independent review final. All reviewers agree on %2 blind "
               "and %3 after the reveal; Fleiss' kappa %4 blind, %5 after. Adjudication: %6 "
               "pending, %7 resolved, %8 of them as the model recommended.")
                .arg(a.cases)
                .arg(percentText(a.initial.percent), percentText(a.final.percent),
                     kappaText(a.initial.fleissKappa), kappaText(a.final.fleissKappa))
                .arg(a.adjudicationPending)
                .arg(a.adjudicationResolved)
                .arg(a.adjudicatorSidedWithModel));
    QStandardItemModel* pairs = pairMatrixModel(a);
    pairs->setParent(m_pairs);
    replaceModel(m_pairs, pairs);
    QStandardItemModel* reviewers = reviewerModel(a);
    reviewers->setParent(m_reviewers);
    replaceModel(m_reviewers, reviewers);
    m_warnings->clear();
    for (const Warning& warning : a.warnings)
        m_warnings->addItem(warning.message);
    if (a.warnings.isEmpty())
        m_warnings->addItem(tr("None."));
}

} // namespace oversight
