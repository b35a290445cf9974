#pragma once

#include "accounts/session.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace oversight {

class AppSettings;

// Signs a person in: login and password, checked by the core's UserStore (which
// throttles and records attempts). Remembers the last login name, never the password.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(QSqlDatabase db, AppSettings& settings, QWidget* parent = nullptr);

    Session session() const { return m_session; }

    void accept() override;

private:
    QSqlDatabase m_db;
    AppSettings& m_settings;
    Session m_session;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace oversight
