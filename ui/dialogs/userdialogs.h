#pragma once

#include "accounts/userstore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace oversight {

// A new password typed twice. The rules are the core's (checkNewPassword); the
// dialog only shows what it answers.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    PasswordDialog(const QString& login, QWidget* parent = nullptr);
    QString password() const;
    void accept() override;

private:
    QString m_login;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

// Login, name, roles and first password of a new account.
class AddUserDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddUserDialog(QWidget* parent = nullptr);
    NewUser user() const;
    // Shows why the core refused, keeping what was typed.
    void showError(const QString& message);
    void accept() override;

private:
    QLineEdit* m_login;
    QLineEdit* m_displayName;
    QCheckBox* m_reviewer;
    QCheckBox* m_compliance;
    QCheckBox* m_admin;
    QCheckBox* m_integration;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

} // namespace oversight
