#pragma once

#include "accounts/session.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace oversight {

class ReviewerQueueModel;

// Where a reviewer starts: the queues they may work, their depth, the reviewer's
// own counts for today and "Start reviewing".
class ReviewQueuesPage : public QWidget {
    Q_OBJECT
public:
    // `preferredQueue` is selected when the page first shows (the person's default).
    ReviewQueuesPage(QSqlDatabase db, Session reviewer, QString preferredQueue = {},
                     QWidget* parent = nullptr);

    void refresh();
    // A line above the table, e.g. why the review page came back here.
    void setNotice(const QString& text);

    ReviewerQueueModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* startButton() const { return m_start; }
    // What waits in the selected queue, and the known-answer notice where it applies.
    QLabel* stateLabel() const { return m_state; }
    QString selectedQueue() const;

Q_SIGNALS:
    void startRequested(const QString& queue);

private:
    void updateSelection();

    QSqlDatabase m_db;
    Session m_reviewer;
    QString m_preferredQueue;
    ReviewerQueueModel* m_model;
    QTableView* m_view;
    QPushButton* m_start;
    QLabel* m_notice;
    QLabel* m_state;
};

} // namespace oversight
