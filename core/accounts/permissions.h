#pragma once

#include "accounts/session.h"
#include "common/result.h"

namespace oversight {

namespace Role {
inline const QString reviewer = QStringLiteral("reviewer");
inline const QString compliance = QStringLiteral("compliance");
inline const QString admin = QStringLiteral("admin");
// A system that takes decisions from Oversight (the loan platform, the case
// system): it may export decisions and nothing else.
inline const QString integration = QStringLiteral("integration");
inline const QStringList all = {reviewer, compliance, admin, integration};
} // namespace Role

// What a caller may do. Every core service checks one of these on entry, before
// it reads or changes anything; the mapping to roles lives only in permissions.cpp.
enum class Permission {
    ViewQueueDepths,    // counts only: every signed-in role
    ImportDecisions,    // administrator
    ChangePolicy,       // administrator
    ManageUsers,        // administrator
    ViewBatches,        // administrator, compliance
    ReadOversight,      // analyze, report, verify: compliance, administrator
    ReviewCases,        // reviewer
    ExportDecisions,    // administrator, integration
    FileAppeals,        // administrator
    AcknowledgeRestore, // administrator: a lost witnessed head was a restore
};

bool allows(const Session& session, Permission permission);

// An error naming the roles that may, when the session may not.
Status require(const Session& session, Permission permission);

} // namespace oversight
