#include "storage/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

namespace oversight {

sqlite3* sqliteHandleOf(const QSqlDatabase& db) {
    if (db.driverName() != u"QSQLITE")
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace oversight
