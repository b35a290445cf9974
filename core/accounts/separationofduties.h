#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace oversight {

// Separation of duties: by default an account may not review cases of a batch it
// imported. An administrator may turn the rule off; each change is recorded. The
// review service consults isRequired() when it hands out cases.
class SeparationOfDuties {
public:
    explicit SeparationOfDuties(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<bool> isRequired() const;
    Status setRequired(const Session& actor, bool required);

private:
    QSqlDatabase m_db;
};

} // namespace oversight
