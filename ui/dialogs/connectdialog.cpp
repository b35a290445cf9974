#include "dialogs/connectdialog.h"

#include "appsettings.h"
#include "widgets/colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace oversight {

ConnectDialog::ConnectDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Connect to a Team Server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleDescription(tr("The server's port; PostgreSQL's usual one is 5432."));
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setText(QStringLiteral("oversight"));
    m_database->setAccessibleDescription(tr("The name of the team's database on the server."));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(qEnvironmentVariable("USER"));
    m_user->setAccessibleDescription(tr("Your PostgreSQL user on the server (not your Oversight "
                                        "login, which you give next)."));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or $PGPASSWORD"));
    m_sslMode->setObjectName(QStringLiteral("sslmode"));
    // libpq's modes, from none to a verified server certificate.
    for (const char* mode : {"prefer", "require", "verify-ca", "verify-full", "disable"})
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and name; prefer uses "
                             "TLS when the server offers it."));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(textColourStyleSheet(errorTextColour(palette())));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto* intro = new QLabel(tr("A review team shares one PostgreSQL database. Ask your "
                                "administrator for these details."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    if (const Result<ConnectionSpec> last = ConnectionSpec::parse(m_settings.lastServer());
        last && last->engine == Engine::Postgres)
        setSpec(last.value());
    setMinimumWidth(440);
    m_host->setFocus();
}

void ConnectDialog::setSpec(const ConnectionSpec& spec) {
    m_host->setText(spec.host);
    if (spec.port > 0)
        m_port->setValue(spec.port);
    m_database->setText(spec.database);
    m_user->setText(spec.user);
    m_password->setText(spec.password);
    for (const auto& [name, value] : spec.options) {
        if (name == u"sslmode" && m_sslMode->findText(value) >= 0)
            m_sslMode->setCurrentText(value);
    }
}

ConnectionSpec ConnectDialog::spec() const {
    ConnectionSpec spec;
    spec.engine = Engine::Postgres;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.database = m_database->text().trimmed();
    spec.user = m_user->text().trimmed();
    spec.password = m_password->text();
    spec.options.append({QStringLiteral("sslmode"), m_sslMode->currentText()});
    return spec;
}

void ConnectDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void ConnectDialog::accept() {
    if (m_database->text().trimmed().isEmpty()) {
        showError(tr("Enter the name of the database."));
        m_database->setFocus();
        return;
    }
    QString error;
    Q_EMIT connectRequested(spec(), &error);
    if (!error.isEmpty()) {
        showError(error);
        m_password->setFocus();
        return;
    }
    m_settings.setLastServer(spec().displayName());
    QDialog::accept();
}

} // namespace oversight
