#include "widgets/revealpanel.h"

#include "review/reviewrules.h"
#include "widgets/colours.h"
#include "widgets/describe.h"
#include "widgets/plaintext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace oversight {

namespace {

QString percent(double probability) {
    return QLocale().toString(probability * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace

namespace {

// Captions whose mnemonics the shortcut overview reads (they differ by language).
QString finalizeText() {
    return RevealPanel::tr("Finali&ze and next");
}
QString keepText() {
    return RevealPanel::tr("&Keep mine: %1");
}
QString takeModelText() {
    return RevealPanel::tr("Take the &model's: %1");
}
QString rationaleCaptionText() {
    return RevealPanel::tr("Ra&tionale:");
}

} // namespace

QList<ShortcutHelp> RevealPanel::shortcutHelp() {
    return {
        {mnemonicKeys(keepText()), tr("After the reveal: keep your decision")},
        {mnemonicKeys(takeModelText()), tr("After the reveal: take the model's decision")},
        {mnemonicKeys(rationaleCaptionText()), tr("After the reveal: go to the rationale")},
        {mnemonicKeys(finalizeText()), tr("After the reveal: finalize and open the next case")},
    };
}

RevealPanel::RevealPanel(const Reveal& reveal, const QStringList& labels, QWidget* parent)
    : QGroupBox(tr("The model's recommendation"), parent)
    , m_reveal(reveal)
    , m_choices(new QButtonGroup(this))
    , m_keep(new QPushButton(this))
    , m_takeModel(new QPushButton(this))
    , m_banner(plainLabel(this))
    , m_requirement(plainLabel(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_finalize(new QPushButton(finalizeText(), this)) {
    setObjectName(QStringLiteral("revealPanel"));
    auto* layout = new QVBoxLayout(this);

    auto* answers = new QGridLayout;
    auto* mineCaption = new QLabel(tr("Your committed decision:"), this);
    auto* mine = new QLabel(/*: The model's decision label, then its confidence in percent. */ tr(
                                "<b>%1</b>, %2 % sure")
                                .arg(visibleText(reveal.initial.label).toHtmlEscaped())
                                .arg(reveal.initial.confidence),
                            this);
    mine->setTextFormat(Qt::RichText); // the label inside is escaped
    mine->setObjectName(QStringLiteral("committedAnswer"));
    auto* modelCaption = new QLabel(tr("The model recommends:"), this);
    auto* model = new QLabel(
        tr("<b>%1</b>, confidence %2")
            .arg(visibleText(reveal.modelLabel).toHtmlEscaped(), percent(reveal.modelConfidence)),
        this);
    model->setTextFormat(Qt::RichText);
    model->setObjectName(QStringLiteral("modelAnswer"));
    answers->addWidget(mineCaption, 0, 0);
    answers->addWidget(mine, 0, 1);
    answers->addWidget(modelCaption, 1, 0);
    answers->addWidget(model, 1, 1);
    if (!reveal.initial.rationale.isEmpty()) {
        auto* reason =
            plainLabel(this, tr("Your rationale: %1").arg(visibleText(reveal.initial.rationale)));
        reason->setObjectName(QStringLiteral("committedRationale"));
        reason->setWordWrap(true);
        answers->addWidget(reason, 2, 0, 1, 2);
    }
    answers->setColumnStretch(1, 1);
    layout->addLayout(answers);
    if (reveal.appeal)
        addAppeal(*reveal.appeal, layout);

    // One bar per class, in the batch's label order.
    auto* bars = new QGridLayout;
    int row = 0;
    for (const QString& label : labels) {
        double probability = 0;
        for (const auto& [name, value] : reveal.probabilities)
            if (name == label)
                probability = value;
        auto* name = plainLabel(this, visibleText(label));
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setValue(static_cast<int>(probability * 1000 + 0.5));
        bar->setFormat(percent(probability));
        bar->setAccessibleName(tr("Model probability of %1").arg(label));
        name->setBuddy(bar);
        bars->addWidget(name, row, 0);
        bars->addWidget(bar, row, 1);
        ++row;
    }
    bars->setColumnStretch(1, 1);
    layout->addLayout(bars);

    m_banner->setObjectName(QStringLiteral("disagreementBanner"));
    m_banner->setWordWrap(true);
    m_banner->setText(tr("You and the model disagree: you said %1, the model says %2. Decide "
                         "on the merits; either way, say why.")
                          .arg(visibleText(reveal.initial.label), visibleText(reveal.modelLabel)));
    m_banner->setStyleSheet(messageStyleSheet(MessageKind::Warning, palette()));
    m_banner->setVisible(disagrees());
    layout->addWidget(m_banner);

    auto* finalCaption = new QLabel(tr("Your final decision:"), this);
    layout->addWidget(finalCaption);
    auto* choices = new QHBoxLayout;
    m_keep->setText(keepText().arg(withoutMnemonic(visibleText(reveal.initial.label))));
    m_keep->setCheckable(true);
    m_keep->setProperty("decision", true);
    m_choices->addButton(m_keep);
    choices->addWidget(m_keep);
    m_takeModel->setText(takeModelText().arg(withoutMnemonic(visibleText(reveal.modelLabel))));
    m_takeModel->setCheckable(true);
    m_takeModel->setProperty("decision", true);
    m_takeModel->setVisible(disagrees());
    m_choices->addButton(m_takeModel);
    choices->addWidget(m_takeModel);
    QStringList others;
    for (const QString& label : labels)
        if (label != reveal.initial.label && label != reveal.modelLabel)
            others << label;
    if (!others.isEmpty()) {
        m_other = new QPushButton(tr("&Other:"), this);
        m_other->setCheckable(true);
        m_other->setProperty("decision", true);
        m_choices->addButton(m_other);
        m_otherLabel = new QComboBox(this);
        for (const QString& other : std::as_const(others))
            m_otherLabel->addItem(visibleText(other), other);
        m_otherLabel->setAccessibleName(tr("Other decision"));
        choices->addWidget(m_other);
        choices->addWidget(m_otherLabel);
        connect(m_otherLabel, &QComboBox::currentIndexChanged, this, [this] {
            m_other->setChecked(true);
            update();
        });
    }
    choices->addStretch();
    layout->addLayout(choices);
    finalCaption->setBuddy(m_keep);
    describe(m_keep, tr("Your final decision is the one you made before the reveal."));
    describe(m_takeModel, tr("Your final decision follows the model's recommendation."));
    if (m_other) {
        describe(m_other, tr("Your final decision is another label, chosen beside."));
        describe(m_otherLabel, tr("The other label for your final decision."));
    }

    auto* rationaleCaption = new QLabel(rationaleCaptionText(), this);
    rationaleCaption->setBuddy(m_rationale);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setAccessibleName(tr("Final rationale"));
    describe(m_rationale, tr("Why you decided as you did; required when you change your "
                             "decision. Tab moves on."));
    m_rationale->setMaximumHeight(90);
    m_requirement->setObjectName(QStringLiteral("rationaleRequirement"));
    m_requirement->setWordWrap(true);
    layout->addWidget(rationaleCaption);
    layout->addWidget(m_rationale);
    layout->addWidget(m_requirement);

    m_finalize->setObjectName(QStringLiteral("finalizeButton"));
    m_finalize->setToolTip(tr("Store the final decision and open the next case (Ctrl+Return)"));
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_finalize);
    layout->addLayout(actions);

    // Choices, then the reason, then the action; widgets made later would otherwise
    // come last in the focus chain.
    QList<QWidget*> chain{m_keep, m_takeModel};
    if (m_other)
        chain << m_other << m_otherLabel;
    chain << m_rationale << m_finalize;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(m_choices, &QButtonGroup::buttonToggled, this, [this] { update(); });
    connect(m_rationale, &QPlainTextEdit::textChanged, this, [this] { update(); });
    connect(m_finalize, &QPushButton::clicked, this, &RevealPanel::finalizeRequested);
    update();
}

void RevealPanel::addAppeal(const AppealContext& appeal, QVBoxLayout* layout) {
    auto* box = new QGroupBox(tr("The appeal"), this);
    box->setObjectName(QStringLiteral("appealContext"));
    auto* lines = new QVBoxLayout(box);
    auto* against = plainLabel(box, tr("Appealed against: %1, decided by %2. The same final "
                                       "decision upholds it; another reverses it.")
                                        .arg(visibleText(appeal.originalDecision),
                                             appeal.originalDecider == u"model"
                                                 ? tr("the model")
                                                 : visibleText(appeal.originalDecider)));
    against->setObjectName(QStringLiteral("appealedDecision"));
    against->setWordWrap(true);
    lines->addWidget(against);
    for (const EarlierDecision& earlier : appeal.earlier) {
        QString line = tr("%1 (%2): %3")
                           .arg(visibleText(earlier.reviewer), visibleText(earlier.queue),
                                visibleText(earlier.final));
        if (!earlier.finalRationale.isEmpty())
            line += QStringLiteral(" – ") + visibleText(earlier.finalRationale);
        auto* entry = plainLabel(box, line);
        entry->setObjectName(QStringLiteral("earlierDecision"));
        entry->setWordWrap(true);
        lines->addWidget(entry);
    }
    if (appeal.earlier.isEmpty())
        lines->addWidget(plainLabel(box, tr("Nobody reviewed the case before: the model decided "
                                            "it alone.")));
    layout->addWidget(box);
}

QString RevealPanel::finalLabel() const {
    if (m_keep->isChecked())
        return m_reveal.initial.label;
    if (m_takeModel->isChecked())
        return m_reveal.modelLabel;
    if (m_other && m_other->isChecked())
        return m_otherLabel->currentData().toString();
    return {};
}

QString RevealPanel::rationale() const {
    return m_rationale->toPlainText().trimmed();
}

bool RevealPanel::rationaleRequired() const {
    const QString final = finalLabel();
    return !final.isEmpty() &&
           finalRationaleRequired(m_reveal.initial.label, final, m_reveal.modelLabel,
                                  m_reveal.appeal.has_value());
}

void RevealPanel::update() {
    const QString final = finalLabel();
    if (final.isEmpty())
        m_requirement->setText(tr("Choose your final decision."));
    else if (rationaleRequired() && m_reveal.appeal && rationale().isEmpty())
        m_requirement->setText(
            final == m_reveal.appeal->originalDecision
                ? tr("A rationale is required: say why the decision appealed against stands.")
                : tr("A rationale is required: say why the decision appealed against is "
                     "reversed."));
    else if (rationaleRequired())
        m_requirement->setText(
            rationale().isEmpty()
                ? tr("A rationale is required: your final decision differs from %1.")
                      .arg(
                          final != m_reveal.initial.label
                              ? /*: Completes "your final decision is ...". */ tr(
                                    "your initial decision")
                              : /*: Completes "your final decision is ...": the model's decision. */
                              tr("the model's"))
                : tr("Rationale given."));
    else
        m_requirement->setText(tr("Optional: a rationale."));
    m_finalize->setEnabled(!final.isEmpty() && (!rationaleRequired() || !rationale().isEmpty()));
}

} // namespace oversight
