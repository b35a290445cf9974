#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace oversight {

// How roles are named to people, in one place for every page and dialog.
struct RoleText {
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    static QString names(const QStringList& roles);
};

} // namespace oversight
