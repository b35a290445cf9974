#include "storage/keptquery.h"

#include "storage/dialect.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>

namespace oversight {

struct KeptQuery::Kept {
    Kept(const QSqlDatabase& db, const QString& sql)
        : query(db)
        , sql(sql) {}
    QSqlQuery query;
    QString sql;
    bool inUse = false;
};

namespace {

// The kept statements of one connection, valid while the driver holds the same
// libpq connection (one re-opened behind our back is a new one).
struct ConnectionStatements {
    const void* handle = nullptr;
    QHash<QString, std::shared_ptr<KeptQuery::Kept>> bySql;
};

// Each connection belongs to one thread; the registry is shared between them.
QMutex registryMutex;
// Never destroyed: at exit, a statement of a connection nobody closed must not
// outlive the driver it belongs to, whose own teardown order is Qt's.
QHash<QString, ConnectionStatements>& registry() {
    static auto* statements = new QHash<QString, ConnectionStatements>;
    return *statements;
}

} // namespace

KeptQuery::KeptQuery(const QSqlDatabase& db)
    : m_db(db)
    , m_keeps(engineOf(db) == Engine::Postgres)
    , m_own(db)
    , m_current(&m_own) {}

KeptQuery::~KeptQuery() {
    release();
}

void KeptQuery::release() {
    if (!m_kept)
        return;
    m_kept->query.finish();
    QMutexLocker lock(&registryMutex);
    m_kept->inUse = false;
    m_kept.reset();
    m_current = &m_own;
}

bool KeptQuery::prepare(const QString& sql) {
    release();
    if (!m_keeps || !m_db.isOpen())
        return m_own.prepare(sql);
    const void* handle = driverHandle(m_db);
    std::shared_ptr<Kept> fresh;
    {
        QMutexLocker lock(&registryMutex);
        ConnectionStatements& statements = registry()[m_db.connectionName()];
        if (statements.handle != handle) {
            statements.bySql.clear();
            statements.handle = handle;
        }
        const auto found = statements.bySql.constFind(sql);
        if (found != statements.bySql.cend()) {
            if ((*found)->inUse)
                return m_own.prepare(sql);
            m_kept = *found;
            m_kept->inUse = true;
            m_current = &m_kept->query;
            return true;
        }
    }
    fresh = std::make_shared<Kept>(m_db, sql);
    if (!fresh->query.prepare(sql)) {
        // Not kept: the error stays with this use, and the next one tries again.
        m_own = std::move(fresh->query);
        return false;
    }
    fresh->inUse = true;
    {
        QMutexLocker lock(&registryMutex);
        registry()[m_db.connectionName()].bySql.insert(sql, fresh);
    }
    m_kept = std::move(fresh);
    m_current = &m_kept->query;
    return true;
}

void forgetKeptQueries(const QString& connectionName) {
    ConnectionStatements dropped;
    {
        QMutexLocker lock(&registryMutex);
        dropped = registry().take(connectionName);
    }
    // Destroyed here, unlocked: each sends DEALLOCATE on its connection.
}

int keptQueryCount(const QString& connectionName) {
    QMutexLocker lock(&registryMutex);
    const auto found = registry().constFind(connectionName);
    return found == registry().cend() ? 0 : static_cast<int>(found->bySql.size());
}

} // namespace oversight
