#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

namespace oversight {

// A query whose prepared statements are kept for the life of the PostgreSQL
// connection. Qt's driver otherwise sends PREPARE, EXECUTE and DEALLOCATE for
// every call: three round trips and a fresh plan where one will do. On SQLite it
// prepares afresh each time, as QSqlQuery does (cheap there, and a statement kept
// between uses would hold a read snapshot open).
//
// Used like a QSqlQuery: prepare, bind, exec, read; prepare again for the next
// statement. A statement is held from prepare() until the next prepare() or the
// end of the KeptQuery; the same SQL asked for meanwhile (a nested use) gets a
// statement of its own.
class KeptQuery {
public:
    explicit KeptQuery(const QSqlDatabase& db);
    ~KeptQuery();
    KeptQuery(const KeptQuery&) = delete;
    KeptQuery& operator=(const KeptQuery&) = delete;

    bool prepare(const QString& sql);
    void addBindValue(const QVariant& value) { m_current->addBindValue(value); }
    void bindValue(int position, const QVariant& value) { m_current->bindValue(position, value); }
    bool exec() { return m_current->exec(); }
    // A statement without parameters, run once and not kept.
    bool exec(const QString& sql) {
        release();
        return m_own.exec(sql);
    }
    bool next() { return m_current->next(); }
    QVariant value(int index) const { return m_current->value(index); }
    bool isNull(int index) const { return m_current->isNull(index); }
    int numRowsAffected() const { return m_current->numRowsAffected(); }
    QSqlError lastError() const { return m_current->lastError(); }
    void finish() { m_current->finish(); }

    // The statement prepared last, for what takes a QSqlQuery.
    QSqlQuery& query() { return *m_current; }
    operator QSqlQuery&() { return *m_current; }
    operator const QSqlQuery&() const { return *m_current; }

    struct Kept;

private:
    void release();

    QSqlDatabase m_db;
    bool m_keeps;
    QSqlQuery m_own;
    std::shared_ptr<Kept> m_kept;
    QSqlQuery* m_current;
};

// Drops the statements kept for a connection. Called before the connection
// closes or re-opens: the server forgets them with the session.
void forgetKeptQueries(const QString& connectionName);

// How many statements are kept for a connection (for tests).
int keptQueryCount(const QString& connectionName);

} // namespace oversight
