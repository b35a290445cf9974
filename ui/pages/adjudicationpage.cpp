#include "pages/adjudicationpage.h"

#include "review/reviewpolicy.h"
#include "widgets/colours.h"
#include "widgets/factsview.h"
#include "widgets/plaintext.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace oversight {

namespace {

QString whyCaptionText() {
    return AdjudicationPage::tr("Wh&y (required):");
}

} // namespace

AdjudicationPage::AdjudicationPage(QSqlDatabase db, Session adjudicator, QWidget* parent)
    : QWidget(parent)
    , m_adjudicator(std::move(adjudicator))
    , m_service(std::move(db))
    , m_title(plainLabel(this))
    , m_error(plainLabel(this))
    , m_facts(nullptr)
    , m_reviewsRow(nullptr)
    , m_reviewsLayout(nullptr)
    , m_model(plainLabel(this))
    , m_decisionRow(nullptr)
    , m_decisions(new QButtonGroup(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_decide(new QPushButton(tr("Decide and &next"), this))
    , m_release(new QPushButton(tr("Re&lease..."), this)) {
    setStyleSheet(QStringLiteral(
        "QPushButton[decision=\"true\"] { padding: 6px 14px; border: 1px solid #8c8c8c; "
        "border-radius: 4px; background: #fafafa; color: #202124; }"
        "QPushButton[decision=\"true\"]:focus { border: 2px solid #1a73e8; }"
        "QPushButton[decision=\"true\"]:checked { background: #1a73e8; color: white; "
        "border-color: #0b57d0; }"));
    auto* layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setStyleSheet(messageStyleSheet(MessageKind::Error, palette()));
    layout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_facts = new FactsView(splitter);
    auto* sideScroll = new QScrollArea(splitter);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setFocusPolicy(Qt::NoFocus);
    auto* side = new QWidget(sideScroll);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);

    auto* reviewsBox = new QGroupBox(tr("The independent reviews"), side);
    auto* reviewsBoxLayout = new QVBoxLayout(reviewsBox);
    m_reviewsRow = new QWidget(reviewsBox);
    m_reviewsLayout = new QHBoxLayout(m_reviewsRow);
    m_reviewsLayout->setContentsMargins(0, 0, 0, 0);
    reviewsBoxLayout->addWidget(m_reviewsRow);
    sideLayout->addWidget(reviewsBox);

    auto* modelBox = new QGroupBox(tr("The model"), side);
    auto* modelLayout = new QVBoxLayout(modelBox);
    m_model->setParent(modelBox);
    m_model->setWordWrap(true);
    m_model->setObjectName(QStringLiteral("adjudicationModel"));
    modelLayout->addWidget(m_model);
    sideLayout->addWidget(modelBox);

    auto* decisionBox = new QGroupBox(tr("Your decision"), side);
    auto* decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(new QLabel(tr("Decision (press its number):"), decisionBox));
    m_decisionRow = new QWidget(decisionBox);
    new QHBoxLayout(m_decisionRow);
    decisionLayout->addWidget(m_decisionRow);
    auto* rationaleCaption = new QLabel(whyCaptionText(), decisionBox);
    rationaleCaption->setBuddy(m_rationale);
    m_rationale->setParent(decisionBox);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setAccessibleName(tr("Why this decision"));
    m_rationale->setAccessibleDescription(
        tr("Required: why this decision settles the case. It is kept with the decision and "
           "shown in the case's record."));
    m_decide->setAccessibleDescription(m_decide->toolTip());
    m_release->setAccessibleDescription(
        tr("Gives the adjudication back to its queue for another adjudicator, with a reason."));
    m_facts->setAccessibleDescription(tr("The facts of the case, exactly as imported."));
    m_rationale->setMaximumHeight(100);
    decisionLayout->addWidget(rationaleCaption);
    decisionLayout->addWidget(m_rationale);
    m_decide->setParent(decisionBox);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setToolTip(tr("Store the decision for the case and open the next (Ctrl+Return)"));
    auto* decideRow = new QHBoxLayout;
    decideRow->addStretch();
    decideRow->addWidget(m_decide);
    decisionLayout->addLayout(decideRow);
    sideLayout->addWidget(decisionBox);
    sideLayout->addStretch();
    sideScroll->setWidget(side);
    splitter->addWidget(m_facts);
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto* footer = new QHBoxLayout;
    m_release->setToolTip(tr("Give the adjudication back for someone else, with a reason (%1)")
                              .arg(mnemonicKeys(m_release->text())));
    footer->addWidget(m_release);
    footer->addStretch();
    layout->addLayout(footer);

    connect(m_decisions, &QButtonGroup::idClicked, this, &AdjudicationPage::updateDecideButton);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &AdjudicationPage::updateDecideButton);
    connect(m_decide, &QPushButton::clicked, this, &AdjudicationPage::decide);
    connect(m_release, &QPushButton::clicked, this, &AdjudicationPage::release);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &AdjudicationPage::decide);
    }
    for (int digit = 1; digit <= 9; ++digit) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::Key_0 + digit), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, digit] { choose(digit - 1); });
    }
    updateDecideButton();
}

QString AdjudicationPage::currentCaseId() const {
    return m_case ? m_case->caseId : QString();
}

bool AdjudicationPage::resume() {
    const Result<std::optional<OpenReview>> open = m_service.openReview(m_adjudicator);
    if (!open) {
        showError(open.error().message);
        return false;
    }
    if (!open.value() || !open.value()->adjudication)
        return false;
    show(open.value()->blindCase, *open.value()->adjudication);
    return true;
}

bool AdjudicationPage::start() {
    if (resume())
        return true;
    const Result<std::optional<ClaimedCase>> claimed =
        m_service.claimNext(m_adjudicator, adjudicationQueue());
    if (!claimed) {
        Q_EMIT finished(claimed.error().message);
        return false;
    }
    if (!claimed.value() || !resume()) {
        m_case.reset();
        Q_EMIT finished(tr("The adjudication queue has no more cases for you."));
        return false;
    }
    return true;
}

void AdjudicationPage::show(const ClaimedCase& claimed, const AdjudicationFile& file) {
    m_case = claimed;
    m_error->setVisible(false);
    m_title->setText(tr("Adjudication of case %1").arg(visibleText(claimed.externalId)));
    m_facts->setFacts(claimed.facts);

    qDeleteAll(m_reviewBoxes);
    m_reviewBoxes.clear();
    for (const IndependentReview& review : file.reviews) {
        auto* box = new QGroupBox(visibleText(review.reviewer), m_reviewsRow);
        auto* boxLayout = new QVBoxLayout(box);
        auto* text = plainLabel(box);
        text->setWordWrap(true);
        QStringList lines{tr("Initially: %1 (confidence %2 %)")
                              .arg(visibleText(review.initial))
                              .arg(review.initialConfidence)};
        if (!review.initialRationale.isEmpty())
            lines << tr("Why: %1").arg(visibleText(review.initialRationale));
        lines << tr("Finally: %1").arg(visibleText(review.final));
        if (!review.finalRationale.isEmpty())
            lines << tr("Why: %1").arg(visibleText(review.finalRationale));
        text->setText(lines.join(u'\n'));
        box->setAccessibleDescription(lines.join(u' '));
        boxLayout->addWidget(text);
        boxLayout->addStretch();
        m_reviewsLayout->addWidget(box, 1);
        m_reviewBoxes << box;
    }

    QStringList model{tr("Recommends %1 (confidence %2)")
                          .arg(visibleText(file.model.modelLabel))
                          .arg(file.model.modelConfidence, 0, 'f', 3)};
    for (const auto& [label, probability] : file.model.probabilities)
        model << QStringLiteral("%1  %2").arg(visibleText(label)).arg(probability, 0, 'f', 3);
    m_model->setText(model.join(u'\n'));

    for (QAbstractButton* button : m_decisions->buttons()) {
        m_decisions->removeButton(button);
        delete button;
    }
    int id = 0;
    for (const QString& label : claimed.labels) {
        auto* button = new QPushButton(
            withoutMnemonic(id < 9 ? QStringLiteral("%1  %2").arg(id + 1).arg(visibleText(label))
                                   : visibleText(label)),
            m_decisionRow);
        button->setCheckable(true);
        button->setProperty("decision", true);
        button->setProperty("label", label);
        button->setAccessibleName(visibleText(label));
        m_decisions->addButton(button, id++);
        m_decisionRow->layout()->addWidget(button);
    }
    m_rationale->clear();
    updateDecideButton();
    if (!m_decisions->buttons().isEmpty())
        m_decisions->buttons().first()->setFocus();
}

void AdjudicationPage::choose(int index) {
    if (QAbstractButton* button = m_decisions->button(index)) {
        button->setChecked(true);
        button->setFocus();
        updateDecideButton();
    }
}

void AdjudicationPage::updateDecideButton() {
    m_decide->setEnabled(m_case && m_decisions->checkedButton() &&
                         !m_rationale->toPlainText().trimmed().isEmpty());
}

void AdjudicationPage::decide() {
    if (!m_case || !m_decide->isEnabled())
        return;
    const QString label = m_decisions->checkedButton()->property("label").toString();
    const Result<FinalOutcome> decided =
        m_service.finalize(m_adjudicator, m_case->caseId, label, m_rationale->toPlainText());
    if (!decided) {
        showError(decided.error().message);
        return;
    }
    m_case.reset();
    start();
}

void AdjudicationPage::release() {
    if (!m_case)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Release Adjudication"),
        tr("Why do you give the adjudication of case %1 back?").arg(m_case->externalId),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (Status released = m_service.release(m_adjudicator, m_case->caseId, reason); !released) {
        showError(released.error().message);
        return;
    }
    m_case.reset();
    Q_EMIT finished(tr("The adjudication went back to its queue."));
}

void AdjudicationPage::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(true);
}

QList<ShortcutHelp> AdjudicationPage::shortcutHelp() const {
    return {
        {/*: The number keys that choose a decision. */ tr("1 ... 9"),
         tr("Choose the decision with that number")},
        {mnemonicKeys(whyCaptionText()), tr("Write why")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
         tr("Decide and open the next adjudication")},
        {mnemonicKeys(m_release->text()), tr("Release the adjudication")},
    };
}

} // namespace oversight
