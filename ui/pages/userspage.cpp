#include "pages/userspage.h"

#include "accounts/userstore.h"
#include "dialogs/userdialogs.h"
#include "models/userlistmodel.h"
#include "widgets/colours.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

UsersPage::UsersPage(QSqlDatabase db, Session session, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_model(new UserListModel(this))
    , m_view(new QTableView(this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_enable(new QPushButton(tr("&Enable"), this))
    , m_reset(new QPushButton(tr("Reset &Password..."), this))
    , m_message(plainLabel(this)) {
    auto* add = new QPushButton(tr("&Add User..."), this);
    add->setObjectName(QStringLiteral("addUser"));
    add->setToolTip(tr("Create an account with its roles and first password."));
    add->setAccessibleDescription(add->toolTip());
    m_disable->setObjectName(QStringLiteral("disableUser"));
    m_enable->setObjectName(QStringLiteral("enableUser"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Users"));
    m_view->setAccessibleDescription(
        tr("Every account: login, name, roles, whether it may sign in, and its last sign-in."));
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_disable, &QPushButton::clicked, this, [this] { setSelectedActive(false); });
    connect(m_enable, &QPushButton::clicked, this, [this] { setSelectedActive(true); });
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetSelectedPassword);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    refresh();
}

void UsersPage::refresh() {
    const Result<QList<UserRecord>> users = UserStore(m_db).listUsers(m_session);
    if (!users) {
        showResult(users.error().message, {});
        return;
    }
    m_model->setUsers(users.value());
}

void UsersPage::updateButtons() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const UserRecord* user = rows.isEmpty() ? nullptr : m_model->user(rows.first().row());
    m_disable->setEnabled(user && user->active);
    m_enable->setEnabled(user && !user->active);
    m_reset->setEnabled(user != nullptr);
}

void UsersPage::showResult(const QString& error, const QString& done) {
    m_message->setStyleSheet(textColourStyleSheet(error.isEmpty() ? successTextColour(palette())
                                                                  : errorTextColour(palette())));
    m_message->setText(error.isEmpty() ? done : error);
    m_message->show();
}

void UsersPage::addUser() {
    AddUserDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<UserRecord> added = UserStore(m_db).addUser(m_session, dialog.user());
        if (added) {
            refresh();
            showResult({}, tr("Added %1.").arg(added->login));
            return;
        }
        dialog.showError(added.error().message);
    }
}

void UsersPage::setSelectedActive(bool active) {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const UserRecord* user = rows.isEmpty() ? nullptr : m_model->user(rows.first().row());
    if (!user)
        return;
    const QString login = user->login;
    const Status changed = UserStore(m_db).setActive(m_session, login, active);
    refresh();
    showResult(changed ? QString() : changed.error().message,
               active ? tr("%1 can sign in again.").arg(login)
                      : tr("%1 can no longer sign in.").arg(login));
}

void UsersPage::resetSelectedPassword() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const UserRecord* user = rows.isEmpty() ? nullptr : m_model->user(rows.first().row());
    if (!user)
        return;
    const QString login = user->login;
    PasswordDialog dialog(login, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status changed = UserStore(m_db).setPassword(m_session, login, dialog.password());
    showResult(changed ? QString() : changed.error().message,
               tr("New password set for %1.").arg(login));
}

} // namespace oversight
