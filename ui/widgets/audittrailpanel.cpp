#include "widgets/audittrailpanel.h"

#include "audit/headwitness.h"
#include "verification/databaseverification.h"
#include "widgets/colours.h"
#include "widgets/plaintext.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace oversight {

namespace {

QString localTime(const QString& iso) {
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

AuditTrailPanel::AuditTrailPanel(QSqlDatabase db, QString databaseIdentity, Session officer,
                                 QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_identity(std::move(databaseIdentity))
    , m_officer(std::move(officer))
    , m_head(plainLabel(this))
    , m_verified(plainLabel(this))
    , m_verify(new QPushButton(tr("&Verify now"), this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_head->setObjectName(QStringLiteral("auditHead"));
    m_verified->setObjectName(QStringLiteral("auditVerified"));
    m_verify->setToolTip(tr("Recompute every hash of the audit trail and check the stored "
                            "reviews and imports against it"));
    layout->addWidget(m_head);
    layout->addSpacing(16);
    layout->addWidget(m_verified, 1);
    layout->addWidget(m_verify);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyNow(); });
    refresh();
}

void AuditTrailPanel::refresh() {
    const Result<ChainHead> head = chainHead(m_db);
    if (!head) {
        m_head->setText(head.error().message);
        return;
    }
    m_head->setText(tr("Audit trail: event #%1, hash %2…").arg(head->seq).arg(head->hash.left(16)));
    m_head->setToolTip(tr("Full hash of event #%1: %2").arg(head->seq).arg(head->hash));
    const Result<std::optional<StoredAuditEvent>> last = lastVerification(m_db);
    if (!last || !last.value()) {
        m_verified->setText(tr("Never verified."));
        return;
    }
    const StoredAuditEvent& event = *last.value();
    const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
    const bool intact = details.value(QStringLiteral("intact")).toBool();
    m_verified->setText(
        intact ? tr("Last verified %1 by %2: intact.").arg(localTime(event.at), event.actor)
               : tr("Last verified %1 by %2: BROKEN at event #%3: %4")
                     .arg(localTime(event.at), event.actor)
                     .arg(details.value(QStringLiteral("first_bad_seq")).toInteger())
                     .arg(details.value(QStringLiteral("description")).toString()));
    m_verified->setStyleSheet(intact ? QString()
                                     : textColourStyleSheet(errorTextColour(palette())));
}

bool AuditTrailPanel::verifyNow() {
    QProgressDialog progress(tr("Verifying the audit trail..."), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Result<Verification> result =
        verifyDatabase(m_db, m_officer, [&progress](qint64 done, qint64 total) {
            progress.setValue(static_cast<int>(done * 1000 / std::max<qint64>(total, 1)));
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!result) {
        showPlainMessage(this, QMessageBox::Warning, tr("Verify Audit Trail"),
                         result.error().message);
        return false;
    }
    Verification verification = result.value();
    HeadWitness witness(HeadWitness::defaultDirectory(), m_identity);
    const Result<QList<HeadAlarm>> alarms = witness.check(m_db);
    if (!alarms) {
        showPlainMessage(this, QMessageBox::Warning, tr("Verify Audit Trail"),
                         alarms.error().message);
        return false;
    }
    reportHeadAlarms(alarms.value(), verification);
    if (Status recorded = recordVerification(m_db, m_officer, verification); !recorded)
        showPlainMessage(this, QMessageBox::Warning, tr("Verify Audit Trail"),
                         recorded.error().message);
    // The run's own event is the newest head now: its removal must not pass unseen.
    if (const Result<QList<HeadAlarm>> witnessed =
            witness.checkAndRemember(m_db, QDateTime::currentDateTimeUtc());
        !witnessed)
        showPlainMessage(this, QMessageBox::Warning, tr("Verify Audit Trail"),
                         witnessed.error().message);
    refresh();
    if (!verification.intact())
        showPlainMessage(
            this, QMessageBox::Critical, tr("Audit Trail Broken"),
            verification.firstBadSeq > 0
                ? tr("The audit trail does not verify at event #%1: %2")
                      .arg(verification.firstBadSeq)
                      .arg(verification.description)
                : tr("The stored data does not verify: %1").arg(verification.description));
    return verification.intact();
}

} // namespace oversight
