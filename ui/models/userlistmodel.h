#pragma once

#include "accounts/userstore.h"

#include <QAbstractTableModel>

namespace oversight {

// Accounts as a table: login, name, roles, state, created.
class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Login, DisplayName, Roles, State, Created, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(const QList<UserRecord>& users);
    const UserRecord* user(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UserRecord> m_users;
};

} // namespace oversight
