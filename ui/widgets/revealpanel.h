#pragma once

#include "help/shortcutsdialog.h"
#include "review/reviewtypes.h"

#include <QGroupBox>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace oversight {

// Stage 2 of a review: the reviewer's committed answer beside the model's
// recommendation and probabilities, a banner when they disagree, and the final
// decision. Built only from a Reveal, which exists only after the commit.
class RevealPanel : public QGroupBox {
    Q_OBJECT
public:
    // The panel's keyboard shortcuts, for the overview (F1).
    static QList<ShortcutHelp> shortcutHelp();

    RevealPanel(const Reveal& reveal, const QStringList& labels, QWidget* parent = nullptr);

    // The chosen final label; empty until one is chosen.
    QString finalLabel() const;
    QString rationale() const;
    bool rationaleRequired() const;
    bool disagrees() const { return m_reveal.initial.label != m_reveal.modelLabel; }

    QPushButton* keepButton() const { return m_keep; }
    QPushButton* modelButton() const { return m_takeModel; }
    QPushButton* finalizeButton() const { return m_finalize; }
    QPlainTextEdit* rationaleEdit() const { return m_rationale; }
    QLabel* banner() const { return m_banner; }

Q_SIGNALS:
    void finalizeRequested();

private:
    void update();
    void addAppeal(const AppealContext& appeal, QVBoxLayout* layout);

    Reveal m_reveal;
    QButtonGroup* m_choices;
    QPushButton* m_keep;
    QPushButton* m_takeModel;
    QPushButton* m_other = nullptr;
    QComboBox* m_otherLabel = nullptr;
    QLabel* m_banner;
    QLabel* m_requirement;
    QPlainTextEdit* m_rationale;
    QPushButton* m_finalize;
};

} // namespace oversight
