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
    // `databaseIdentity` keys the heads this computer witnessed (audit/headwitness.h),
    // which Verify now checks as `oversight-cli verify` does.
    AuditTrailPanel(QSqlDatabase db, QString databaseIdentity, Session officer,
                    QWidget* parent = nullptr);

    void refresh();
    // Verifies and records the run; returns whether the trail is intact.
    bool verifyNow();

    QLabel* headLabel() const { return m_head; }
    QLabel* verifiedLabel() const { return m_verified; }

private:
    QSqlDatabase m_db;
    QString m_identity;
    Session m_officer;
    QLabel* m_head;
    QLabel* m_verified;
    QPushButton* m_verify;
};

} // namespace oversight
