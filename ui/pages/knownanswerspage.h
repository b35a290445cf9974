#pragma once

#include "accounts/session.h"
#include "knownanswers/knownanswerfigures.h"
#include "storage/connectionspec.h"
#include "widgets/latestanalysis.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace oversight {

// How reviewers fare on known-answer checks (DESIGN.md, "Known-answer cases and
// disclosed catch trials"): per reviewer, accuracy blind and after the reveal,
// catch deference with its interval, RAIR and RSR, and the catch_deference_high
// warnings; below, the known-answer sets with how often they were served (and
// each case of the current one), which administrators may retire. For compliance officers and
// administrators.
class KnownAnswersPage : public QWidget {
    Q_OBJECT
public:
    KnownAnswersPage(ConnectionSpec database, QSqlDatabase db, Session officer,
                     QWidget* parent = nullptr);

    void refresh();
    // For tests: until the latest analysis is on screen.
    void waitForAnalysis();
    // Retires the selected set with this reason (the button asks for it).
    bool retireSelectedSet(const QString& reason);

    QLabel* summary() const { return m_summary; }
    QTableView* reviewerTable() const { return m_reviewers; }
    QTableView* setTable() const { return m_sets; }
    QTableView* setCaseTable() const { return m_setCases; }
    QListWidget* warnings() const { return m_warnings; }
    QPushButton* retireButton() const { return m_retire; }

private:
    LatestAnalysis<KnownAnswerFigures>::Work prepareAnalysis();
    void showAnalysis(const Result<KnownAnswerFigures>& result);
    void showSets();
    void showSetCases();
    void askAndRetire();

    ConnectionSpec m_spec;
    QSqlDatabase m_db;
    Session m_officer;
    QComboBox* m_model;
    QLabel* m_summary;
    QTableView* m_reviewers;
    QListWidget* m_warnings;
    QTableView* m_sets;
    QTableView* m_setCases; // the current set's cases: how often each was served
    QPushButton* m_retire;
    QLabel* m_setMessage;
    LatestAnalysis<KnownAnswerFigures> m_run; // last: it waits for its worker first
};

} // namespace oversight
