#include "dialogs/userdialogs.h"

#include "widgets/colours.h"
#include "widgets/describe.h"
#include "widgets/plaintext.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace oversight {

namespace {

QLabel* errorLabel(QWidget* parent) {
    auto* label = plainLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->setStyleSheet(textColourStyleSheet(errorTextColour(parent->palette())));
    label->hide();
    return label;
}

QLineEdit* passwordField(const QString& name, QWidget* parent) {
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    describe(field, name == u"repeat"
                        ? QCoreApplication::translate("oversight::PasswordDialog",
                                                      "The same password again, to catch a "
                                                      "typing slip.")
                        : QCoreApplication::translate("oversight::PasswordDialog",
                                                      "At least %1 characters.")
                              .arg(minimumPasswordLength));
    return field;
}

QDialogButtonBox* buttons(QDialog* dialog) {
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

PasswordDialog::PasswordDialog(const QString& login, QWidget* parent)
    : QDialog(parent)
    , m_login(login)
    , m_password(passwordField(QStringLiteral("password"), this))
    , m_repeat(passwordField(QStringLiteral("repeat"), this))
    , m_error(errorLabel(this)) {
    setWindowTitle(tr("New password for %1").arg(login));
    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
}

QString PasswordDialog::password() const {
    return m_password->text();
}

void PasswordDialog::accept() {
    QString problem;
    if (m_password->text() != m_repeat->text())
        problem = tr("The two passwords differ.");
    else if (Status rule = checkNewPassword(m_login, m_password->text()); !rule)
        problem = rule.error().message;
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

AddUserDialog::AddUserDialog(QWidget* parent)
    : QDialog(parent)
    , m_login(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_reviewer(new QCheckBox(tr("&Reviewer"), this))
    , m_compliance(new QCheckBox(tr("&Compliance officer"), this))
    , m_admin(new QCheckBox(tr("&Administrator"), this))
    , m_integration(new QCheckBox(tr("&Integration"), this))
    , m_password(passwordField(QStringLiteral("password"), this))
    , m_repeat(passwordField(QStringLiteral("repeat"), this))
    , m_error(errorLabel(this)) {
    setWindowTitle(tr("Add User"));
    m_login->setObjectName(QStringLiteral("login"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_compliance->setObjectName(QStringLiteral("compliance"));
    m_admin->setObjectName(QStringLiteral("admin"));
    m_integration->setObjectName(QStringLiteral("integration"));
    describe(m_login, tr("What the person types to sign in: letters, digits, '.', '_' or '-'."));
    describe(m_displayName, tr("The person's name as reports and lists show it (optional)."));
    describe(m_reviewer, tr("Reviews cases blind, then sees the model's recommendation."));
    describe(m_compliance, tr("Reads the oversight dashboard, reports and the audit trail."));
    describe(m_admin, tr("Manages accounts, imports and the shared settings."));
    describe(m_integration, tr("An account for a system that takes the decisions: it may export "
                               "decisions and nothing else."));
    auto* roles = new QVBoxLayout;
    roles->addWidget(m_reviewer);
    roles->addWidget(m_compliance);
    roles->addWidget(m_admin);
    roles->addWidget(m_integration);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("R&epeat:"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
    setMinimumWidth(380);
}

NewUser AddUserDialog::user() const {
    NewUser user{
        m_login->text().trimmed(), m_displayName->text().trimmed(), {}, m_password->text()};
    if (m_reviewer->isChecked())
        user.roles << Role::reviewer;
    if (m_compliance->isChecked())
        user.roles << Role::compliance;
    if (m_admin->isChecked())
        user.roles << Role::admin;
    if (m_integration->isChecked())
        user.roles << Role::integration;
    return user;
}

void AddUserDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void AddUserDialog::accept() {
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ."));
        return;
    }
    QDialog::accept();
}

} // namespace oversight
