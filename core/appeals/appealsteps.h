#pragma once

#include "common/result.h"
#include "review/reviewtypes.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace oversight {

// The steps of an appeal that the review flow takes (DESIGN.md, "Contesting a
// decision"). Each runs inside the caller's transaction.

inline QString appealQueue() {
    return QStringLiteral("appeal");
}

// The appeal of the case that waits for its decision, if any.
Result<std::optional<qint64>> pendingAppealOf(QSqlDatabase db, qint64 caseSeq);

// What the appellant said: shown to the appeal's reviewer as a fact of the case.
Result<QString> appealStatement(QSqlDatabase db, qint64 appealSeq);

// The appeal and every human decision taken on its case before it, for the reveal.
Result<AppealContext> appealContext(QSqlDatabase db, qint64 appealSeq);

enum class AppealOutcome { Upheld, Reversed };

// The appeal's review decided `finalLabel`: the appeal is resolved (upheld when
// the label is the decision appealed against) and its case goes back to where it
// was. The caller makes a reversal the case's effective decision, and records
// the resolution last (recordAppealResolved: audit events end a transaction).
Result<AppealOutcome> resolveAppeal(QSqlDatabase db, qint64 appealSeq, const QString& finalLabel,
                                    const QString& at);
Status recordAppealResolved(QSqlDatabase db, qint64 appealSeq, qint64 reviewSeq,
                            const QString& actor);

QString appealOutcomeName(AppealOutcome outcome);

} // namespace oversight
