#pragma once

#include <QString>

namespace oversight::AuditAction {

// Every kind of event in the audit trail. docs/AUDIT.md says what each records.
inline constexpr QLatin1String batchImported{"batch.imported"};
inline constexpr QLatin1String batchRouted{"batch.routed"};
inline constexpr QLatin1String reviewLogImported{"review_log.imported"};
inline constexpr QLatin1String reviewClaimed{"review.claimed"};
inline constexpr QLatin1String reviewCommitted{"review.committed"};
inline constexpr QLatin1String reviewRevealed{"review.revealed"};
inline constexpr QLatin1String reviewFinalized{"review.finalized"};
inline constexpr QLatin1String reviewReleased{"review.released"};
inline constexpr QLatin1String reviewEscalated{"review.escalated"};
inline constexpr QLatin1String reviewExpired{"review.expired"};
inline constexpr QLatin1String caseSentToAdjudication{"case.sent_to_adjudication"};
inline constexpr QLatin1String knownAnswerPlanted{"known_answer.planted"};
inline constexpr QLatin1String knownAnswersRetired{"known_answers.retired"};
inline constexpr QLatin1String appealFiled{"appeal.filed"};
inline constexpr QLatin1String appealResolved{"appeal.resolved"};
inline constexpr QLatin1String policyChanged{"policy.changed"};
inline constexpr QLatin1String settingChanged{"setting.changed"};
inline constexpr QLatin1String reportExported{"report.exported"};
inline constexpr QLatin1String decisionsExported{"decisions.exported"};
inline constexpr QLatin1String sessionStarted{"session.started"};
inline constexpr QLatin1String sessionEnded{"session.ended"};
inline constexpr QLatin1String chainVerified{"audit.verified"};
inline constexpr QLatin1String trailStarted{"audit.started"};
inline constexpr QLatin1String headAlarm{"audit.head_alarm"};
inline constexpr QLatin1String restoreAcknowledged{"audit.restore_acknowledged"};
inline constexpr QLatin1String databaseCopied{"database.copied"};
inline constexpr QLatin1String privilegesGranted{"database.granted"};
// Account events keep their names under this prefix: account.login, account.lockout...
inline constexpr QLatin1String accountPrefix{"account."};

} // namespace oversight::AuditAction
