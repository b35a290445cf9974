#include "firstrun/newdatabasedialog.h"

#include "accounts/passwordhasher.h"
#include "demo/demodatabase.h"
#include "roletext.h"
#include "widgets/colours.h"
#include "widgets/plaintext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oversight {

NewDatabaseDialog::NewDatabaseDialog(Kind kind, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath), this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(plainLabel(this)) {
    auto* form = new QFormLayout;
    auto* intro = plainLabel(this);
    intro->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_path->setAccessibleDescription(tr("The database file to create."));
    m_repeat->setAccessibleDescription(tr("The same password again, to catch a typing slip."));
    if (kind == Kind::Empty) {
        setWindowTitle(tr("Create a New Database"));
        intro->setText(tr("An empty database in one file on this computer, with you as its first "
                          "administrator. Administrators add the other accounts."));
        auto* browseButton = new QPushButton(tr("&Browse..."), this);
        browseButton->setToolTip(tr("Choose the folder and name of the new database file."));
        browseButton->setAccessibleDescription(browseButton->toolTip());
        connect(browseButton, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
        auto* pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path, 1);
        pathRow->addWidget(browseButton);
        form->addRow(tr("&File:"), pathRow);
        static_cast<QLabel*>(form->labelForField(pathRow))->setBuddy(m_path);
        m_login = new QLineEdit(QStringLiteral("admin"), this);
        m_login->setObjectName(QStringLiteral("login"));
        m_login->setAccessibleDescription(tr("The login you will sign in with."));
        m_password->setAccessibleDescription(
            tr("Your password: at least %1 characters.").arg(minimumPasswordLength));
        form->addRow(tr("Administrator &login:"), m_login);
    } else {
        setWindowTitle(tr("Open the Demo"));
        intro->setText(tr("A demo database with synthetic credit decisions and four weeks of a "
                          "simulated review team's work. It has one account per role; choose "
                          "their password and the role to try first. Switch User tries the "
                          "others."));
        m_path->setReadOnly(true);
        form->addRow(tr("&File:"), m_path);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("demoRole"));
        m_role->setAccessibleDescription(tr("The demo account to sign in with first."));
        m_password->setAccessibleDescription(
            tr("The password of all three demo accounts: at least %1 characters.")
                .arg(minimumPasswordLength));
        for (const DemoAccount& account : demoAccounts()) {
            QString role = RoleText::names({account.role});
            role[0] = role[0].toUpper();
            m_role->addItem(/*: A role, then the login of its demo account. */ tr("%1 (%2)").arg(
                                role, account.login),
                            account.login);
        }
        m_role->setCurrentIndex(1); // the reviewer: blind review is what Oversight is about
        form->addRow(tr("&Sign in as:"), m_role);
    }
    form->insertRow(0, intro);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textColourStyleSheet(errorTextColour(palette())));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(kind == Kind::Empty ? tr("&Create") : tr("Create the &Demo"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_password->setFocus();
}

QString NewDatabaseDialog::path() const {
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString NewDatabaseDialog::login() const {
    return m_kind == Kind::Empty ? m_login->text().trimmed() : m_role->currentData().toString();
}

QString NewDatabaseDialog::password() const {
    return m_password->text();
}

void NewDatabaseDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Create a New Database"), path(),
                                                        tr("Oversight databases (*.db)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void NewDatabaseDialog::accept() {
    QString problem;
    const QFileInfo file(path());
    if (path().isEmpty())
        problem = tr("Choose where the database file goes.");
    else if (m_kind == Kind::Empty && file.exists())
        problem = tr("%1 exists already. Open it with File > Open Database, or choose another "
                     "name.")
                      .arg(QDir::toNativeSeparators(file.absoluteFilePath()));
    else if (m_kind == Kind::Empty && login().isEmpty())
        problem = tr("Name the administrator's login.");
    else if (m_password->text() != m_repeat->text())
        problem = tr("The two passwords differ.");
    if (problem.isEmpty()) {
        const QStringList logins = [this] {
            if (m_kind == Kind::Empty)
                return QStringList{login()};
            QStringList all;
            for (const DemoAccount& account : demoAccounts())
                all << account.login;
            return all;
        }();
        for (const QString& account : logins) {
            if (Status rule = checkNewPassword(account, password()); !rule) {
                problem = rule.error().message;
                break;
            }
        }
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace oversight
