#include "widgets/headalarmbanner.h"

#include "widgets/colours.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace oversight {

HeadAlarmBanner::HeadAlarmBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(plainLabel(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge Res&tore..."), this)) {
    setObjectName(QStringLiteral("headAlarm"));
    setAccessibleName(tr("Tamper alarm"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(messageStyleSheet(MessageKind::Error, palette()));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeRestore"));
    m_acknowledge->setToolTip(tr("Only when the database was restored from a backup: record "
                                 "that, and witness the trail as it is from now on."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_acknowledge, 0, Qt::AlignTop);
    connect(m_acknowledge, &QPushButton::clicked, this, &HeadAlarmBanner::acknowledgeRequested);
    setVisible(false);
}

void HeadAlarmBanner::showAlarms(const QList<HeadAlarm>& alarms, bool canAcknowledge) {
    if (alarms.isEmpty()) {
        clear();
        return;
    }
    QStringList lines{tr("Tamper alarm: the audit trail no longer holds what this computer saw "
                         "of it. Someone may have removed or rewritten its newest events. Tell "
                         "your compliance officer; do not rely on this database's figures until "
                         "it is explained.")};
    for (const HeadAlarm& alarm : alarms)
        lines << alarm.describe();
    m_text->setText(lines.join(u'\n'));
    m_acknowledge->setVisible(canAcknowledge);
    setVisible(true);
}

void HeadAlarmBanner::clear() {
    m_text->clear();
    setVisible(false);
}

} // namespace oversight
