#include "accounts/separationofduties.h"

#include "accounts/permissions.h"
#include "settings/settingstore.h"

namespace oversight {

namespace {

const QString key = QStringLiteral("separation_of_duties");

} // namespace

Result<bool> SeparationOfDuties::isRequired() const {
    const Result<std::optional<QString>> value = readSetting(m_db, key);
    if (!value)
        return value.error();
    return !value.value() || *value.value() != u"0";
}

Status SeparationOfDuties::setRequired(const Session& actor, bool required) {
    if (Status allowed = require(actor, Permission::ChangePolicy); !allowed)
        return allowed;
    // Turning the rule off is the exception an auditor must be able to see.
    return writeSetting(m_db, actor, key, required ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace oversight
