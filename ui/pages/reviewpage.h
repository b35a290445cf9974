#pragma once

#include "accounts/session.h"
#include "help/shortcutsdialog.h"
#include "review/reviewservice.h"
#include "widgets/revealpanel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QSplitter;
class QTimer;

namespace oversight {

class AppSettings;
class FactsView;

// One case at a time, in two stages. Stage 1 shows the facts and takes the
// reviewer's own decision; this page holds nothing of the model's output until
// the commit returns it (ReviewService hands it out only then). Stage 2 adds the
// reveal panel and takes the final decision; "Finalize and next" loads the next case.
class ReviewPage : public QWidget {
    Q_OBJECT
public:
    ReviewPage(QSqlDatabase db, Session reviewer, AppSettings& settings, QWidget* parent = nullptr);
    ~ReviewPage() override;

    // Opens the case the reviewer holds, at its stage; false when they hold none.
    bool resume();
    // Takes the next case of `queue`; false (with finished() emitted) when none is left.
    bool start(const QString& queue);

    // For tests and the window: what is on screen.
    bool isRevealed() const { return m_revealPanel != nullptr; }
    QString currentCaseId() const;
    QPushButton* commitButton() const { return m_commit; }
    QSlider* confidenceSlider() const { return m_confidence; }
    RevealPanel* revealPanel() const { return m_revealPanel; }
    int casesThisSession() const { return m_done; }
    // True while the page waits for a lost server connection to come back.
    bool isReconnecting() const;

    // The page's keyboard shortcuts, for the overview (F1).
    QList<ShortcutHelp> shortcutHelp() const;

Q_SIGNALS:
    // The page has nothing more to show: back to the queues, with a message.
    void finished(const QString& message);

private:
    void explainWidgets();
    void showCase(const ClaimedCase& claimed);
    void showReveal(const Reveal& reveal);
    void chooseInitial(int index);
    void commitInitial();
    void finalizeAndNext();
    void release();
    void escalate();
    void submit();
    void updateLease();
    void updateSummary();
    void showError(const QString& message);
    // What was being saved when the connection to the server was lost.
    enum class Pending { None, Commit, Finalize };
    // True when `action` failed because the server connection is gone: the page
    // keeps every answer on screen and re-connects in the background.
    bool recoverFrom(Pending action);
    void retryConnection();

    QSqlDatabase m_db;
    Session m_reviewer;
    AppSettings& m_settings;
    ReviewService m_service;
    std::optional<ClaimedCase> m_case;
    QString m_queue;

    QLabel* m_title;
    QLabel* m_lease;
    QLabel* m_summary;
    QLabel* m_error;
    QLabel* m_notice;   // the standing notice of a queue that serves known-answer checks
    QLabel* m_feedback; // what the last finalized check was, where the queue tells
    QSplitter* m_splitter;
    FactsView* m_facts;
    QGroupBox* m_initialBox;
    QWidget* m_decisionRow;
    QButtonGroup* m_decisions;
    QSlider* m_confidence;
    QSpinBox* m_confidenceValue;
    QPlainTextEdit* m_rationale;
    QPushButton* m_commit;
    QPushButton* m_release;
    QPushButton* m_escalate;
    QWidget* m_stage2Host;
    QPointer<RevealPanel> m_revealPanel;
    QTimer* m_leaseTimer;
    QTimer* m_reconnectTimer;
    Pending m_pending = Pending::None;
    int m_reconnectAttempts = 0;
    QElapsedTimer m_sessionClock;
    int m_done = 0;
};

} // namespace oversight
