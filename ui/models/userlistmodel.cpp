#include "models/userlistmodel.h"

#include "roletext.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

namespace oversight {

void UserListModel::setUsers(const QList<UserRecord>& users) {
    beginResetModel();
    m_users = users;
    endResetModel();
}

const UserRecord* UserListModel::user(int row) const {
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

int UserListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const {
    const UserRecord* user = this->user(index.row());
    if (!user)
        return {};
    if (role == Qt::ForegroundRole && !user->active)
        return QBrush(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Login:
        return user->login;
    case DisplayName:
        return user->displayName;
    case Roles:
        return RoleText::names(user->roles);
    case State:
        if (!user->lockedUntil.isEmpty())
            return tr("locked until %1")
                .arg(QLocale().toString(
                    QDateTime::fromString(user->lockedUntil, Qt::ISODateWithMs).toLocalTime(),
                    QLocale::ShortFormat));
        return user->active ? tr("active") : tr("disabled");
    case Created:
        return QLocale().toString(
            QDateTime::fromString(user->createdAt, Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login:
        return tr("Login");
    case DisplayName:
        return tr("Name");
    case Roles:
        return tr("Roles");
    case State:
        return tr("State");
    case Created:
        return tr("Created");
    }
    return {};
}

} // namespace oversight
