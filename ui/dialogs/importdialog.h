#pragma once

#include "accounts/session.h"
#include "intake/importer.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace oversight {

// Imports a file of model decisions: the file, the model, which column is which
// (guessed from the names, changeable) and which columns reviewers must not see.
// Import runs the core's import with a progress dialog and can be cancelled (the
// import then stores nothing); a refused file keeps the dialog open with the
// reason, which names the file, row and column.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(QSqlDatabase db, Session admin, QWidget* parent = nullptr);

    // Chooses the file as Browse... would, and guesses the columns.
    void setFile(const QString& path);
    ImportOptions options() const;
    const ImportReport& report() const { return m_report; }
    // A summary of the finished import for the person who ran it.
    static QString summary(const ImportReport& report);

    QLineEdit* fileEdit() const { return m_file; }
    QComboBox* idBox() const { return m_id; }
    QComboBox* labelBox() const { return m_label; }
    QComboBox* confidenceBox() const { return m_confidence; }
    QComboBox* truthBox() const { return m_truth; }
    QCheckBox* knownAnswersBox() const { return m_knownAnswers; }
    // The fact columns (those not mapped to a role), to tick the ones to hide.
    QListWidget* hiddenList() const { return m_hidden; }
    QLabel* errorLabel() const { return m_error; }
    // Beside each column that leaks or nearly leaks the model's label or the outcome
    // (after an import attempt): what was found and a button that hides the column.
    QWidget* leakPanel() const { return m_leakPanel; }

    void accept() override;

private:
    void browse();
    QStringList mappedColumns() const;
    void listFactColumns();
    void showError(const QString& message);
    void showLeaks(const ImportReport& report);
    // One column with what was found (`givesAway`: a leak, else a near leak) and its button.
    void addLeakRow(const ColumnAssociation& association, bool givesAway);
    void hideColumn(const QString& column);

    QSqlDatabase m_db;
    Session m_admin;
    QStringList m_columns;
    QLineEdit* m_file;
    QLineEdit* m_model;
    QLineEdit* m_version;
    QComboBox* m_id;
    QComboBox* m_label;
    QComboBox* m_confidence;
    QComboBox* m_truth;
    QCheckBox* m_knownAnswers;
    QListWidget* m_hidden;
    QLabel* m_error;
    QWidget* m_leakPanel;
    // Near leaks hold the first import so that a person decides; once shown, the
    // next Import stores the file with whatever they chose.
    bool m_holdOnNearLeaks = true;
    QDialogButtonBox* m_buttons;
    ImportReport m_report;
};

} // namespace oversight
