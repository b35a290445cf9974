#pragma once

#include "storage/connectionspec.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace oversight {

class AppSettings;

// Asks where a team's PostgreSQL server is: host (or socket folder), port,
// database, user, password and TLS mode. Connecting is tried before the dialog
// closes, so a wrong password or host is said at once and nothing is lost.
// The server (never the password) is remembered for next time.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    ConnectDialog(AppSettings& settings, QWidget* parent = nullptr);

    // Fills the fields from a spec (e.g. a --db URL that needs a password).
    void setSpec(const ConnectionSpec& spec);
    ConnectionSpec spec() const;
    void showError(const QString& message);

    // Tries the connection; on success remembers the server and closes.
    void accept() override;

Q_SIGNALS:
    // Emitted by accept(): the receiver opens the database and answers with an
    // error message, empty on success.
    void connectRequested(const ConnectionSpec& spec, QString* error);

private:
    AppSettings& m_settings;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace oversight
