#include "dialogs/logindialog.h"

#include "accounts/userstore.h"
#include "appsettings.h"
#include "widgets/colours.h"
#include "widgets/plaintext.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oversight {

LoginDialog::LoginDialog(QSqlDatabase db, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_settings(settings)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(plainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Sign in to Oversight"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setAccessibleDescription(tr("The login your administrator gave you."));
    m_password->setAccessibleDescription(tr("Your password. Accounts lock after repeated "
                                            "failures."));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textColourStyleSheet(errorTextColour(palette())));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto* heading = new QLabel(
        tr("<b>Sign in</b> to %1").arg(QFileInfo(m_db.databaseName()).fileName().toHtmlEscaped()),
        this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    m_login->setText(m_settings.lastLogin());
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    setMinimumWidth(360);
}

void LoginDialog::accept() {
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_error->setText(tr("Enter your login."));
        m_error->show();
        m_login->setFocus();
        return;
    }
    const Result<Session> session = UserStore(m_db).authenticate(login, m_password->text());
    m_password->clear();
    if (!session) {
        m_error->setText(session.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_settings.setLastLogin(login);
    m_session = session.value();
    QDialog::accept();
}

} // namespace oversight
