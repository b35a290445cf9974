#pragma once

#include "accounts/session.h"
#include "help/shortcutsdialog.h"
#include "review/reviewservice.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace oversight {

class FactsView;

// A case whose independent reviews disagree, for a reviewer who made none of
// them. Nothing is hidden: the facts, every review side by side (initial and
// final decisions, confidence, rationales) and the model's output. The
// adjudicator chooses a decision (number keys), writes why, and decides
// (Ctrl+Return); the next adjudication follows.
class AdjudicationPage : public QWidget {
    Q_OBJECT
public:
    AdjudicationPage(QSqlDatabase db, Session adjudicator, QWidget* parent = nullptr);

    // Opens the adjudication the reviewer holds; false when they hold none.
    bool resume();
    // Takes the next adjudication; false (with finished() emitted) when none is left.
    bool start();

    // For tests: what is on screen.
    QString currentCaseId() const;
    QList<QGroupBox*> reviewBoxes() const { return m_reviewBoxes; }
    QLabel* modelSummary() const { return m_model; }
    QPlainTextEdit* rationaleEdit() const { return m_rationale; }
    QPushButton* decideButton() const { return m_decide; }
    QLabel* errorLabel() const { return m_error; }

    QList<ShortcutHelp> shortcutHelp() const;

Q_SIGNALS:
    void finished(const QString& message);

private:
    void show(const ClaimedCase& claimed, const AdjudicationFile& file);
    void choose(int index);
    void decide();
    void release();
    void showError(const QString& message);
    void updateDecideButton();

    Session m_adjudicator;
    ReviewService m_service;
    std::optional<ClaimedCase> m_case;
    QLabel* m_title;
    QLabel* m_error;
    FactsView* m_facts;
    QWidget* m_reviewsRow;
    QHBoxLayout* m_reviewsLayout;
    QList<QGroupBox*> m_reviewBoxes;
    QLabel* m_model;
    QWidget* m_decisionRow;
    QButtonGroup* m_decisions;
    QPlainTextEdit* m_rationale;
    QPushButton* m_decide;
    QPushButton* m_release;
};

} // namespace oversight
