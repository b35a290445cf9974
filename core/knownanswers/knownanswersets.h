#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace oversight {

// A known-answer set: one batch imported with --known-answers.
struct KnownAnswerSet {
    QString id; // the batch id
    QString sourceName;
    QString model; // "name version"
    QString importedBy;
    QString importedAt;
    QString retiredAt; // empty while claims may serve it
    qint64 cases = 0;
    qint64 served = 0;    // reviews of its cases, in any state
    qint64 finalized = 0; // ... finalized
};

// How often one case of a set was served.
struct KnownAnswerCaseUsage {
    QString externalId;
    QString truth;
    qint64 served = 0;
    qint64 finalized = 0;
    qint64 planted = 0; // reveals that showed a planted recommendation
};

// Administrators keep the sets (DESIGN.md, "Known-answer cases"): they see them
// (with compliance officers), how often each case was served, and retire a set
// so that claims no longer serve it; its reviews and figures stay.
class KnownAnswerSets {
public:
    explicit KnownAnswerSets(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<QList<KnownAnswerSet>> list(const Session& actor) const;
    Result<QList<KnownAnswerCaseUsage>> usage(const Session& actor, const QString& setId) const;
    Status retire(const Session& actor, const QString& setId, const QString& reason);

private:
    QSqlDatabase m_db;
};

} // namespace oversight
