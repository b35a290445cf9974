#pragma once

#include "audit/headwitness.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace oversight {

// The tamper alarm across the top of the window: the audit trail no longer holds an
// event this computer saw. It has no close button; it goes only when the trail
// holds the heads again or an administrator acknowledges a restore.
class HeadAlarmBanner : public QFrame {
    Q_OBJECT
public:
    explicit HeadAlarmBanner(QWidget* parent = nullptr);

    void showAlarms(const QList<HeadAlarm>& alarms, bool canAcknowledge);
    void clear();

    QLabel* text() const { return m_text; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }

Q_SIGNALS:
    void acknowledgeRequested();

private:
    QLabel* m_text;
    QPushButton* m_acknowledge;
};

} // namespace oversight
