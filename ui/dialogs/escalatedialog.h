#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace oversight {

// Where to escalate a case and the note for the senior reviewer; both required.
class EscalateDialog : public QDialog {
    Q_OBJECT
public:
    EscalateDialog(const QStringList& knownQueues, QWidget* parent = nullptr);

    QString queue() const;
    QString note() const;

private:
    void updateOk();

    QComboBox* m_queue;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace oversight
