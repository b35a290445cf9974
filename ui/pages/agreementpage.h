#pragma once

#include "accounts/session.h"
#include "agreement/agreementfigures.h"
#include "storage/connectionspec.h"
#include "widgets/latestanalysis.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace oversight {

// How far independent reviewers of the same cases agree (DESIGN.md,
// "Independent double review"): the share of cases where all agree and Fleiss'
// kappa blind and after the reveal, the reviewer-pair matrix (Cohen's kappa
// before -> after, with n), each reviewer's agreement and what adjudication
// settled, and the agreement warnings. For compliance officers and administrators.
class AgreementPage : public QWidget {
    Q_OBJECT
public:
    AgreementPage(ConnectionSpec database, QSqlDatabase db, Session officer,
                  QWidget* parent = nullptr);

    void refresh();
    // For tests: until the latest analysis is on screen.
    void waitForAnalysis();

    QLabel* summary() const { return m_summary; }
    QTableView* pairMatrix() const { return m_pairs; }
    QTableView* reviewerTable() const { return m_reviewers; }
    QListWidget* warnings() const { return m_warnings; }

private:
    LatestAnalysis<AgreementFigures>::Work prepareAnalysis();
    void showAnalysis(const Result<AgreementFigures>& result);

    ConnectionSpec m_spec;
    QSqlDatabase m_db;
    Session m_officer;
    QComboBox* m_model;
    QLabel* m_summary;
    QTableView* m_pairs;
    QTableView* m_reviewers;
    QListWidget* m_warnings;
    LatestAnalysis<AgreementFigures> m_run; // last: it waits for its worker first
};

} // namespace oversight
