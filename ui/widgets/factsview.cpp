#include "widgets/factsview.h"

#include "widgets/plaintext.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <algorithm>

namespace oversight {

namespace {

bool looksNumeric(const QString& value) {
    bool number = false;
    value.toDouble(&number);
    return number;
}

// "loan_amount" reads as "Loan amount".
QString readableName(const QString& column) {
    QString text = column;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

FactsView::FactsView(QWidget* parent)
    : QScrollArea(parent) {
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus); // the facts themselves take focus, for reading and copying
    setAccessibleName(tr("Case facts"));
}

QSize FactsView::sizeHint() const {
    const QSize content = QScrollArea::sizeHint();
    const int widest = fontMetrics().averageCharWidth() * 60;
    return {std::min(content.width(), widest), content.height()};
}

void FactsView::setFacts(const QList<Fact>& facts) {
    m_content = new QWidget(this);
    auto* grid = new QGridLayout(m_content);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (const Fact& fact : facts) {
        auto* name = plainLabel(m_content, readableName(visibleText(fact.name)));
        name->setToolTip(plainToolTip(visibleText(fact.name)));
        name->setAlignment(Qt::AlignRight | Qt::AlignTop);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto* value =
            plainLabel(m_content, fact.value.isEmpty() ? tr("(empty)") : visibleText(fact.value));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(readableName(visibleText(fact.name)));
        name->setBuddy(value);
        grid->addWidget(name, row, 0);
        if (looksNumeric(fact.value)) {
            value->setFont(fixed);
            value->setAlignment(Qt::AlignRight | Qt::AlignTop);
            grid->addWidget(value, row, 1);
        } else {
            value->setWordWrap(true);
            value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            grid->addWidget(value, row, 1, 1, 2);
        }
        ++row;
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    setWidget(m_content); // deletes the previous case's form
}

} // namespace oversight
