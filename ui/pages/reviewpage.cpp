#include "pages/reviewpage.h"

#include "appeals/appealsteps.h"
#include "appsettings.h"
#include "dialogs/escalatedialog.h"
#include "review/reviewpolicy.h"
#include "storage/database.h"
#include "widgets/colours.h"
#include "widgets/factsview.h"
#include "widgets/plaintext.h"
#include "widgets/revealpanel.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace oversight {

namespace {

QString confidenceCaptionText() {
    return ReviewPage::tr("How &sure are you?");
}

} // namespace

ReviewPage::ReviewPage(QSqlDatabase db, Session reviewer, AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_reviewer(std::move(reviewer))
    , m_settings(settings)
    , m_service(std::move(db))
    , m_title(plainLabel(this))
    , m_lease(plainLabel(this))
    , m_summary(plainLabel(this))
    , m_error(plainLabel(this))
    , m_notice(plainLabel(this))
    , m_feedback(plainLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_facts(new FactsView(m_splitter))
    , m_initialBox(new QGroupBox(tr("Your independent decision"), this))
    , m_decisionRow(new QWidget(m_initialBox))
    , m_decisions(new QButtonGroup(this))
    , m_confidence(new QSlider(Qt::Horizontal, m_initialBox))
    , m_confidenceValue(new QSpinBox(m_initialBox))
    , m_rationale(new QPlainTextEdit(m_initialBox))
    , m_commit(new QPushButton(tr("&Commit my decision"), m_initialBox))
    , m_release(new QPushButton(tr("Re&lease..."), this))
    , m_escalate(new QPushButton(tr("&Escalate..."), this))
    , m_stage2Host(new QWidget(this))
    , m_leaseTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this)) {
    m_reconnectTimer->setInterval(3000);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ReviewPage::retryConnection);
    m_sessionClock.start();
    // Decision buttons show their choice and their keyboard focus unmistakably.
    setStyleSheet(QStringLiteral(
        "QPushButton[decision=\"true\"] { padding: 6px 14px; border: 1px solid #8c8c8c; "
        "border-radius: 4px; background: #fafafa; color: #202124; }"
        "QPushButton[decision=\"true\"]:focus { border: 2px solid #1a73e8; }"
        "QPushButton[decision=\"true\"]:checked { background: #1a73e8; color: white; "
        "border-color: #0b57d0; }"
        "QPushButton[decision=\"true\"]:disabled { color: #80868b; background: #f1f3f4; }"
        "QPushButton[decision=\"true\"]:checked:disabled { background: #7baaf7; color: white; }"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_lease->setObjectName(QStringLiteral("leaseTimer"));
    m_summary->setObjectName(QStringLiteral("sessionSummary"));
    header->addWidget(m_title, 1);
    header->addWidget(m_lease);
    header->addSpacing(24);
    header->addWidget(m_summary);
    layout->addLayout(header);

    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setStyleSheet(messageStyleSheet(MessageKind::Error, palette()));
    layout->addWidget(m_error);
    for (QLabel* message : {m_notice, m_feedback}) {
        message->setWordWrap(true);
        message->setVisible(false);
        message->setStyleSheet(messageStyleSheet(MessageKind::Notice, palette()));
        layout->addWidget(message);
    }
    m_notice->setObjectName(QStringLiteral("knownAnswerNotice"));
    m_feedback->setObjectName(QStringLiteral("knownAnswerFeedback"));

    // Stage 1: the reviewer's own decision.
    auto* initialLayout = new QVBoxLayout(m_initialBox);
    auto* decisionsCaption = new QLabel(tr("Decision (press its number):"), m_initialBox);
    initialLayout->addWidget(decisionsCaption);
    new QHBoxLayout(m_decisionRow);
    initialLayout->addWidget(m_decisionRow);
    connect(m_decisions, &QButtonGroup::idClicked, this, [this] { m_commit->setEnabled(true); });

    auto* confidenceCaption = new QLabel(confidenceCaptionText(), m_initialBox);
    confidenceCaption->setBuddy(m_confidence);
    m_confidence->setRange(0, 100);
    m_confidence->setPageStep(10);
    m_confidence->setTickPosition(QSlider::TicksBelow);
    m_confidence->setTickInterval(10);
    m_confidence->setAccessibleName(tr("Your confidence, 0 to 100"));
    m_confidenceValue->setRange(0, 100);
    m_confidenceValue->setSuffix(QStringLiteral(" %"));
    m_confidenceValue->setAccessibleName(tr("Your confidence, 0 to 100"));
    connect(m_confidence, &QSlider::valueChanged, m_confidenceValue, &QSpinBox::setValue);
    connect(m_confidenceValue, &QSpinBox::valueChanged, m_confidence, &QSlider::setValue);
    auto* confidenceRow = new QHBoxLayout;
    confidenceRow->addWidget(m_confidence, 1);
    confidenceRow->addWidget(m_confidenceValue);
    initialLayout->addWidget(confidenceCaption);
    initialLayout->addLayout(confidenceRow);

    auto* rationaleCaption = new QLabel(tr("Rationale (optional):"), m_initialBox);
    rationaleCaption->setBuddy(m_rationale);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setAccessibleName(tr("Your rationale"));
    m_rationale->setMaximumHeight(90);
    initialLayout->addWidget(rationaleCaption);
    initialLayout->addWidget(m_rationale);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setToolTip(tr("Store your decision; it cannot be changed afterwards (Ctrl+Return)"));
    auto* commitRow = new QHBoxLayout;
    commitRow->addStretch();
    commitRow->addWidget(m_commit);
    initialLayout->addLayout(commitRow);
    connect(m_commit, &QPushButton::clicked, this, &ReviewPage::commitInitial);

    // The decision side scrolls rather than growing the window past the screen.
    auto* sideScroll = new QScrollArea(m_splitter);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setFocusPolicy(Qt::NoFocus);
    auto* side = new QWidget(sideScroll);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_initialBox);
    new QVBoxLayout(m_stage2Host);
    m_stage2Host->layout()->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_stage2Host);
    sideLayout->addStretch();
    sideScroll->setWidget(side);
    m_splitter->addWidget(m_facts);
    m_splitter->addWidget(sideScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (!m_settings.reviewSplitterState().isEmpty())
        m_splitter->restoreState(m_settings.reviewSplitterState());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setReviewSplitterState(m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);

    auto* footer = new QHBoxLayout;
    m_release->setToolTip(tr("Give the case back unreviewed, with a reason (%1)")
                              .arg(mnemonicKeys(m_release->text())));
    m_escalate->setToolTip(tr("Send the case to a senior reviewer's queue, with a note (%1)")
                               .arg(mnemonicKeys(m_escalate->text())));
    footer->addWidget(m_release);
    footer->addWidget(m_escalate);
    footer->addStretch();
    layout->addLayout(footer);
    connect(m_release, &QPushButton::clicked, this, &ReviewPage::release);
    connect(m_escalate, &QPushButton::clicked, this, &ReviewPage::escalate);

    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        // The whole window: focus may sit on the tab bar; hidden pages get no shortcuts.
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &ReviewPage::submit);
    }
    for (int digit = 1; digit <= 9; ++digit) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::Key_0 + digit), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, digit] { chooseInitial(digit - 1); });
    }

    explainWidgets();

    m_leaseTimer->setInterval(1000);
    connect(m_leaseTimer, &QTimer::timeout, this, [this] {
        updateLease();
        updateSummary();
    });
    updateSummary();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::explainWidgets() {
    // "What's This?" (Shift+F1, then a click): why each part is there. Also read
    // out by screen readers as descriptions, so like everything on the blind page
    // they never speak of the model (tst_reviewpage checks every string).
    auto explain = [](QWidget* widget, const QString& text) {
        widget->setWhatsThis(text);
        widget->setAccessibleDescription(text);
    };
    explain(m_title, tr("The case you hold. Only you can work on it until its lease runs out."));
    explain(m_lease, tr("Time left on your lease of this case. When it runs out the case goes back "
                        "to the queue and your unsaved answers are lost; any action renews it."));
    explain(m_summary,
            tr("Cases you finished in this session and how long you have been working."));
    explain(m_facts,
            tr("The facts of the case, exactly as imported. You decide from these alone; nothing "
               "else about the case is shown until your decision is committed."));
    explain(m_decisionRow,
            tr("Your own decision, taken before anything else is shown. Press the number shown on "
               "a decision to choose it."));
    explain(m_confidence,
            tr("How sure you are of your decision, from 0 (a guess) to 100 (certain). "
               "It is compared with how often you turn out to be right."));
    explain(m_confidenceValue, m_confidence->whatsThis());
    explain(m_rationale, tr("Why you decided so. Optional here; required later if your final "
                            "decision differs from your initial one or from the one shown "
                            "after the commit."));
    explain(m_commit,
            tr("Stores your decision for good (Ctrl+Return); a committed decision can never be "
               "changed. Only then does the page show the second opinion."));
    explain(m_notice, tr("Shown while this queue includes checks with known answers: some cases "
                         "test the review itself, and some recommendations shown after your "
                         "decision are deliberately wrong."));
    explain(m_feedback, tr("What your last case was, when it was a check with a known answer."));
    explain(m_release, tr("Gives the case back to the queue unreviewed, with a reason that is "
                          "recorded in the audit trail."));
    explain(m_escalate,
            tr("Sends the case, still blind, to a senior reviewer's queue with a note."));
}

QList<ShortcutHelp> ReviewPage::shortcutHelp() const {
    QList<ShortcutHelp> lines{
        {/*: The number keys that choose a decision. */ tr("1 ... 9"),
         tr("Choose the decision with that number")},
        {mnemonicKeys(confidenceCaptionText()), tr("Go to your confidence")},
        {mnemonicKeys(m_commit->text()), tr("Commit your decision")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
         tr("Commit your decision, or finalize and open the next case")},
    };
    lines += RevealPanel::shortcutHelp();
    lines += {
        {mnemonicKeys(m_release->text()), tr("Release the case (give it back)")},
        {mnemonicKeys(m_escalate->text()), tr("Escalate the case to a senior reviewer")},
        {QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText),
         tr("Move to the next control")},
    };
    return lines;
}

QString ReviewPage::currentCaseId() const {
    return m_case ? m_case->caseId : QString();
}

bool ReviewPage::resume() {
    const Result<std::optional<OpenReview>> open = m_service.openReview(m_reviewer);
    if (!open) {
        showError(open.error().message);
        return false;
    }
    // An adjudication is the adjudication page's (pages/adjudicationpage.h).
    if (!open.value() || open.value()->adjudication)
        return false;
    m_queue = open.value()->blindCase.queue;
    showCase(open.value()->blindCase);
    if (open.value()->reveal)
        showReveal(*open.value()->reveal);
    return true;
}

bool ReviewPage::start(const QString& queue) {
    m_queue = queue;
    if (resume())
        return true;
    const Result<std::optional<ClaimedCase>> claimed = m_service.claimNext(m_reviewer, queue);
    if (!claimed) {
        Q_EMIT finished(claimed.error().message);
        return false;
    }
    if (!claimed.value()) {
        m_case.reset();
        m_leaseTimer->stop();
        Q_EMIT finished(tr("The %1 queue has no more cases for you.").arg(queue));
        return false;
    }
    if (claimed.value()->queue == adjudicationQueue()) {
        Q_EMIT finished(tr("You hold an adjudication: open the adjudication queue to decide it."));
        return false;
    }
    showCase(*claimed.value());
    return true;
}

void ReviewPage::showCase(const ClaimedCase& claimed) {
    m_case = claimed;
    delete m_revealPanel;
    m_error->setVisible(false);
    m_title->setText(
        /*: The case's own id, then the name of its queue. */ tr("Case %1 - %2 queue")
            .arg(visibleText(claimed.externalId), visibleText(claimed.queue)));
    m_facts->setFacts(claimed.facts);
    // The same notice on every case of the queue, checks or not.
    const Result<QString> notice = m_service.knownAnswerNotice(claimed.queue);
    m_notice->setText(notice ? notice.value() : QString());
    m_notice->setVisible(notice && !notice->isEmpty());

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
        button->setAccessibleName(visibleText(label));
        const QString description =
            id < 9 ? tr("Your own decision, before you see anything else. Key %1.").arg(id + 1)
                   : tr("Your own decision, before you see anything else.");
        button->setToolTip(description);
        button->setAccessibleDescription(description);
        m_decisions->addButton(button, id++);
        m_decisionRow->layout()->addWidget(button);
        button->show();
    }
    m_initialBox->setEnabled(true);
    m_initialBox->setVisible(true);
    m_confidence->setValue(50);
    m_rationale->clear();
    m_commit->setEnabled(false);
    m_release->setEnabled(true);
    m_escalate->setEnabled(true);
    // An appeal stays with someone who never saw the case: it is not escalated.
    m_escalate->setVisible(claimed.queue != appealQueue());
    m_leaseTimer->start();
    updateLease();
    // Buttons made for this case join the focus chain where they are seen: first.
    QList<QWidget*> chain;
    for (QAbstractButton* button : m_decisions->buttons())
        chain << button;
    chain << m_confidence << m_confidenceValue << m_rationale << m_commit << m_release
          << m_escalate;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    chain.constFirst()->setFocus();
}

void ReviewPage::chooseInitial(int index) {
    if (!m_initialBox->isEnabled())
        return;
    if (QAbstractButton* button = m_decisions->button(index)) {
        button->setChecked(true);
        button->setFocus();
        m_commit->setEnabled(true);
    }
}

void ReviewPage::submit() {
    if (m_revealPanel) {
        if (m_revealPanel->finalizeButton()->isEnabled())
            finalizeAndNext();
    } else if (m_commit->isEnabled()) {
        commitInitial();
    }
}

void ReviewPage::commitInitial() {
    if (!m_case || m_decisions->checkedId() < 0)
        return;
    const QString label = m_case->labels.value(m_decisions->checkedId());
    const Result<Reveal> reveal = m_service.commitInitial(
        m_reviewer, m_case->caseId,
        {label, m_confidence->value(), m_rationale->toPlainText().trimmed()});
    if (!reveal) {
        if (!recoverFrom(Pending::Commit))
            showError(reveal.error().message);
        return;
    }
    showReveal(reveal.value());
}

void ReviewPage::showReveal(const Reveal& reveal) {
    // The committed answer stays visible, read-only, beside the reveal.
    for (QAbstractButton* button : m_decisions->buttons())
        button->setChecked(button->accessibleName() == reveal.initial.label);
    m_confidence->setValue(reveal.initial.confidence);
    m_rationale->setPlainText(reveal.initial.rationale);
    m_initialBox->setEnabled(false);
    // The reveal panel repeats the committed answer; the form it came from makes room.
    m_initialBox->setVisible(false);
    m_release->setEnabled(false);
    m_error->setVisible(false);
    delete m_revealPanel;
    m_revealPanel = new RevealPanel(reveal, m_case->labels, m_stage2Host);
    m_stage2Host->layout()->addWidget(m_revealPanel);
    m_revealPanel->show(); // now, not on the layout's queued show: focus goes to it next
    connect(m_revealPanel, &RevealPanel::finalizeRequested, this, &ReviewPage::finalizeAndNext);
    updateLease();
    m_revealPanel->keepButton()->setFocus();
}

void ReviewPage::finalizeAndNext() {
    if (!m_case || !m_revealPanel)
        return;
    const Result<FinalOutcome> outcome = m_service.finalize(
        m_reviewer, m_case->caseId, m_revealPanel->finalLabel(), m_revealPanel->rationale());
    if (!outcome) {
        if (!recoverFrom(Pending::Finalize))
            showError(outcome.error().message);
        return;
    }
    ++m_done;
    updateSummary();
    if (outcome->knownAnswer) {
        const KnownAnswerFeedback& check = *outcome->knownAnswer;
        m_feedback->setText(
            check.planted ? tr("Your last case (%1) was a check: its correct answer is %2, and the "
                               "recommendation shown (%3) was deliberately wrong.")
                                .arg(visibleText(m_case->externalId), visibleText(check.truth),
                                     visibleText(check.shown))
                          : tr("Your last case (%1) was a check: its correct answer is %2; the "
                               "recommendation shown (%3) was the model's own.")
                                .arg(visibleText(m_case->externalId), visibleText(check.truth),
                                     visibleText(check.shown)));
    }
    m_feedback->setVisible(outcome->knownAnswer.has_value());
    start(m_queue);
}

void ReviewPage::release() {
    if (!m_case || m_revealPanel)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Release Case"),
        tr("Why do you give case %1 back unreviewed?").arg(m_case->externalId), QLineEdit::Normal,
        {}, &ok);
    if (!ok)
        return;
    if (Status released = m_service.release(m_reviewer, m_case->caseId, reason); !released) {
        showError(released.error().message);
        return;
    }
    start(m_queue);
}

void ReviewPage::escalate() {
    if (!m_case)
        return;
    QStringList known{QStringLiteral("senior")};
    if (const Result<QList<ReviewerQueue>> queues = m_service.queues(m_reviewer); queues)
        for (const ReviewerQueue& queue : queues.value())
            if (queue.name != u"review" && queue.name != u"audit" && !known.contains(queue.name))
                known << queue.name;
    known.removeAll(m_case->queue);
    EscalateDialog dialog(known, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status escalated =
            m_service.escalate(m_reviewer, m_case->caseId, dialog.queue(), dialog.note());
        !escalated) {
        showError(escalated.error().message);
        return;
    }
    start(m_queue);
}

void ReviewPage::updateLease() {
    if (!m_case) {
        m_lease->clear();
        return;
    }
    if (m_revealPanel) {
        m_lease->setText(tr("Committed: this case stays with you until you finalize."));
        return;
    }
    const QDateTime expires = QDateTime::fromString(m_case->leaseExpires, Qt::ISODateWithMs);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expires);
    if (left <= 0)
        m_lease->setText(tr("Lease expired: the case may go to another reviewer."));
    else
        m_lease->setText(
            /*: Minutes and seconds left before the claimed case may return to its queue. */ tr(
                "Lease: %1:%2 left")
                .arg(left / 60)
                .arg(left % 60, 2, 10, QLatin1Char('0')));
}

void ReviewPage::updateSummary() {
    const qint64 minutes = m_sessionClock.elapsed() / 60000;
    m_summary->setText(tr("This session: %1 done in %2 min").arg(m_done).arg(minutes));
}

bool ReviewPage::isReconnecting() const {
    return m_reconnectTimer->isActive();
}

bool ReviewPage::recoverFrom(Pending action) {
    if (isConnectionAlive(m_db))
        return false; // the failure was the operation's own: show it
    m_pending = action;
    m_reconnectAttempts = 0;
    m_commit->setEnabled(false);
    if (m_revealPanel)
        m_revealPanel->setEnabled(false);
    showError(tr("The connection to the database server was lost. Your answers are kept on "
                 "this page; reconnecting..."));
    m_reconnectTimer->start();
    retryConnection();
    return true;
}

void ReviewPage::retryConnection() {
    if (!reconnect(m_db)) {
        ++m_reconnectAttempts;
        showError(tr("The connection to the database server was lost. Your answers are kept on "
                     "this page; still trying to reconnect (attempt %1)...")
                      .arg(m_reconnectAttempts));
        return;
    }
    m_reconnectTimer->stop();
    m_error->setVisible(false);
    m_commit->setEnabled(true);
    if (m_revealPanel)
        m_revealPanel->setEnabled(true);
    const Pending action = std::exchange(m_pending, Pending::None);
    // The database says whether the save landed before the connection broke.
    const Result<std::optional<OpenReview>> open = m_service.openReview(m_reviewer);
    if (!open) {
        showError(open.error().message);
        return;
    }
    if (action == Pending::Commit) {
        if (open.value() && open.value()->reveal)
            showReveal(*open.value()->reveal);
        else
            commitInitial();
    } else if (action == Pending::Finalize) {
        if (!open.value()) {
            ++m_done;
            updateSummary();
            start(m_queue);
        } else {
            finalizeAndNext();
        }
    }
}

void ReviewPage::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace oversight
