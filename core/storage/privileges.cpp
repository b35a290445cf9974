#include "storage/privileges.h"

#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Privileges)
};

} // namespace

Status grantApplicationPrivileges(QSqlDatabase db, const QString& role) {
    if (engineOf(db) != Engine::Postgres)
        return Error{Text::tr("Privileges are a PostgreSQL matter; an SQLite file is protected "
                              "by its file permissions.")};
    // Identifiers cannot be bound as parameters: only plain role names are accepted.
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plainName.match(role).hasMatch())
        return Error{
            Text::tr("'%1' is not a plain role name (lower-case letters, digits, '_').").arg(role)};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(role);
    if (!query.exec())
        return Error{query.lastError().text()};
    if (!query.next())
        return Error{Text::tr("There is no role '%1' on the server; create it first (CREATE ROLE "
                              "%1 LOGIN PASSWORD '...').")
                         .arg(role)};
    if (!query.exec(QStringLiteral("SELECT current_schema()")) || !query.next())
        return Error{query.lastError().text()};
    const QString schema = query.value(0).toString();
    if (!plainName.match(schema).hasMatch())
        return Error{
            Text::tr("The schema '%1' has a name this command does not quote.").arg(schema)};
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{transaction.beginError()};
    const QStringList statements = {
        QStringLiteral("GRANT USAGE ON SCHEMA %2 TO %1"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %2 TO %1"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %2 TO %1"),
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM %1"),
        QStringLiteral("REVOKE DELETE, TRUNCATE ON reviews FROM %1"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM %1"),
    };
    for (const QString& statement : statements) {
        if (!query.exec(statement.arg(role, schema)))
            return Error{Text::tr("Cannot grant privileges to %1: %2")
                             .arg(role, query.lastError().text().trimmed())};
    }
    return transaction.commit();
}

} // namespace oversight
