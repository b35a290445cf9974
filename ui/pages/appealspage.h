#pragma once

#include "accounts/session.h"
#include "appeals/appealservice.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace oversight {

// Contesting a decision (DESIGN.md, "Contesting a decision"): administrators
// file appeals for decided cases; administrators and compliance officers see
// every appeal with its deadline and outcome, how often each decider's
// decisions were reversed, and save the dossier of an appeal's case.
class AppealsPage : public QWidget {
    Q_OBJECT
public:
    AppealsPage(QSqlDatabase db, Session actor, QWidget* parent = nullptr);

    void refresh();
    // Files the appeal the form describes; the message says what happened.
    bool fileAppeal();
    // The dossier of the selected appeal's case as PDF (the button asks where).
    Status saveDossier(const QString& path, bool pseudonymise);

    QLineEdit* caseEdit() const { return m_case; }
    QPlainTextEdit* statementEdit() const { return m_statement; }
    QLineEdit* requestedByEdit() const { return m_requestedBy; }
    QCheckBox* repeatBox() const { return m_repeat; }
    QPushButton* fileButton() const { return m_file; }
    QLabel* message() const { return m_message; }
    QLabel* summary() const { return m_summary; }
    QTableView* appealTable() const { return m_appeals; }
    QTableView* deciderTable() const { return m_deciders; }
    QPushButton* dossierButton() const { return m_dossier; }
    QCheckBox* pseudonymiseBox() const { return m_pseudonymise; }

private:
    void showMessage(const QString& text, bool error);
    void askAndSaveDossier();
    QString selectedCase() const;

    QSqlDatabase m_db;
    Session m_actor;
    QLineEdit* m_case = nullptr;
    QPlainTextEdit* m_statement = nullptr;
    QLineEdit* m_requestedBy = nullptr;
    QCheckBox* m_repeat = nullptr;
    QPushButton* m_file = nullptr;
    QLabel* m_message;
    QLabel* m_summary;
    QTableView* m_appeals;
    QStandardItemModel* m_appealModel;
    QTableView* m_deciders;
    QStandardItemModel* m_deciderModel;
    QPushButton* m_dossier;
    QCheckBox* m_pseudonymise;
};

} // namespace oversight
