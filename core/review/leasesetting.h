#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace oversight {

// How long a claimed case stays with its reviewer before it may go back to the
// queue (default 15 minutes). One setting for the whole database, so every
// reviewer's lease is the same; an administrator changes it, and the change is recorded.
constexpr int defaultLeaseMinutes = 15;
constexpr int maximumLeaseMinutes = 8 * 60;

// The settings key, and an error when `minutes` is not a lease length.
QString leaseSettingKey();
Status checkLeaseMinutes(int minutes);

class LeaseSetting {
public:
    explicit LeaseSetting(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<int> minutes() const;
    Status setMinutes(const Session& actor, int minutes);

private:
    QSqlDatabase m_db;
};

} // namespace oversight
