#pragma once

#include "accounts/session.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;

namespace oversight {

// The state of the audit trail for compliance officers and administrators: the
// chain head (the hash a report cites), the last verification and who ran it,
// and a Verify now button with progress.
class AuditTrailPanel : public QWidget {
    Q_OBJECT
public:
    AuditTrailPanel(QSqlDatabase db, Session officer, QWidget* parent = nullptr);

    void refresh();
    // Verifies and records the run; returns whether the trail is intact.
    bool verifyNow();

    QLabel* headLabel() const { return m_head; }
    QLabel* verifiedLabel() const { return m_verified; }

private:
    QSqlDatabase m_db;
    Session m_officer;
    QLabel* m_head;
    QLabel* m_verified;
    QPushButton* m_verify;
};

} // namespace oversight
