#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace oversight {

// How long after a decision it may be appealed, and how long an appeal may wait
// for its decision before it is overdue (DESIGN.md, "Contesting a decision").
// One setting each for the whole database; an administrator changes them.
constexpr int defaultAppealWindowDays = 184;
constexpr int defaultAppealDeadlineDays = 30;
constexpr int maximumAppealDays = 3650;

class AppealSettings {
public:
    explicit AppealSettings(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<int> windowDays() const;
    Result<int> deadlineDays() const;
    Status setWindowDays(const Session& actor, int days);
    Status setDeadlineDays(const Session& actor, int days);

private:
    Result<int> days(const QString& key, int fallback) const;
    Status setDays(const Session& actor, const QString& key, int days);

    QSqlDatabase m_db;
};

} // namespace oversight
