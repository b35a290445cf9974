#pragma once

#include "accounts/session.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace oversight {

class UserListModel;

// The administrator's page: every account, with add, disable, enable and password
// reset. Each action goes through the core UserStore, which checks the session.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    UsersPage(QSqlDatabase db, Session session, QWidget* parent = nullptr);

    void refresh();
    void addUser();
    void setSelectedActive(bool active);
    void resetSelectedPassword();

    UserListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void showResult(const QString& error, const QString& done);
    void updateButtons();

    QSqlDatabase m_db;
    Session m_session;
    UserListModel* m_model;
    QTableView* m_view;
    QPushButton* m_disable;
    QPushButton* m_enable;
    QPushButton* m_reset;
    QLabel* m_message;
};

} // namespace oversight
