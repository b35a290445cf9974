#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace oversight {

// What a new database needs before it opens: where it goes and its first
// administrator (a new, empty database), or the password of the demo accounts and
// the role to try first (the demo). It checks what it can before anything is
// created: a free location, two equal passwords the core accepts.
class NewDatabaseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Empty, Demo };
    NewDatabaseDialog(Kind kind, const QString& suggestedPath, QWidget* parent = nullptr);

    QString path() const;
    QString login() const; // the administrator (Empty) or the account to sign in as (Demo)
    QString password() const;

    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* loginEdit() const { return m_login; }
    QComboBox* roleBox() const { return m_role; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void browse();

    Kind m_kind;
    QLineEdit* m_path;
    QLineEdit* m_login = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

} // namespace oversight
