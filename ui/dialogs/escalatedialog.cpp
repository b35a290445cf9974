#include "dialogs/escalatedialog.h"

#include "widgets/describe.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace oversight {

EscalateDialog::EscalateDialog(const QStringList& knownQueues, QWidget* parent)
    : QDialog(parent)
    , m_queue(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Escalate Case"));
    m_queue->setEditable(true);
    m_queue->addItems(knownQueues);
    m_queue->setCurrentText(knownQueues.isEmpty() ? QStringLiteral("senior") : knownQueues.first());
    m_queue->setAccessibleName(tr("Queue"));
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Note for the senior reviewer"));
    m_note->setPlaceholderText(tr("What should the senior reviewer look at?"));
    describe(m_queue, tr("The queue the case waits in for a senior reviewer."));
    describe(m_note, tr("Required: what the senior reviewer should look at. It goes into the "
                        "audit trail. Tab moves on."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Escalate"));

    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The case leaves your hands and waits in the chosen queue for a "
                               "senior reviewer, who starts blind."),
                            this));
    form->addRow(tr("&Queue:"), m_queue);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &EscalateDialog::updateOk);
    connect(m_queue, &QComboBox::currentTextChanged, this, &EscalateDialog::updateOk);
    m_note->setFocus();
    updateOk();
}

QString EscalateDialog::queue() const {
    return m_queue->currentText().trimmed();
}

QString EscalateDialog::note() const {
    return m_note->toPlainText().trimmed();
}

void EscalateDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!queue().isEmpty() && !note().isEmpty());
}

} // namespace oversight
