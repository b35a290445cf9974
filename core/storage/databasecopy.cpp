#include "storage/databasecopy.h"

#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
};

// Script sessions stay with the database they were started on: a token must not
// open the copy (each session's start and end are in the copied audit trail).
const QStringList& notCopied() {
    static const QStringList tables = {QStringLiteral("script_sessions")};
    return tables;
}

// Every table of the schema, parents before the tables that refer to them.
// schema_migrations is not copied: the target wrote its own while migrating.
const QStringList& tablesInCopyOrder() {
    static const QStringList tables = {QStringLiteral("users"),
                                       QStringLiteral("user_roles"),
                                       QStringLiteral("routing_policy"),
                                       QStringLiteral("queue_review_policy"),
                                       QStringLiteral("settings"),
                                       QStringLiteral("model_versions"),
                                       QStringLiteral("import_batches"),
                                       QStringLiteral("cases"),
                                       QStringLiteral("case_sealed"),
                                       QStringLiteral("account_events"),
                                       QStringLiteral("appeals"),
                                       QStringLiteral("reviews"),
                                       QStringLiteral("review_logs"),
                                       QStringLiteral("review_facts"),
                                       QStringLiteral("rollup_by_reviewer"),
                                       QStringLiteral("rollup_by_hour"),
                                       QStringLiteral("rollup_by_workload"),
                                       QStringLiteral("fairness_decisions"),
                                       QStringLiteral("fairness_reviews"),
                                       QStringLiteral("fairness_reviewer_overrides"),
                                       QStringLiteral("decision_records"),
                                       QStringLiteral("audit_events")};
    return tables;
}

// Tables with an identity key that PostgreSQL must continue after the copied rows.
const QStringList& tablesWithSeq() {
    static const QStringList tables = {
        QStringLiteral("import_batches"), QStringLiteral("cases"),
        QStringLiteral("account_events"), QStringLiteral("appeals"),
        QStringLiteral("reviews"),        QStringLiteral("review_logs"),
        QStringLiteral("review_facts"),   QStringLiteral("audit_events")};
    return tables;
}

// users.changed_by may name a user created later (an administrator added after
// the account it changed): copied as NULL first and set once every user exists.
// Users come in creation order, so created_by always names one already copied.
struct SelfReference {
    QString table;
    QString orderBy;
    QString column;
    QString key;
};

const SelfReference* selfReferenceOf(const QString& table) {
    static const SelfReference users{QStringLiteral("users"), QStringLiteral("created_at, id"),
                                     QStringLiteral("changed_by"), QStringLiteral("id")};
    return table == users.table ? &users : nullptr;
}

Result<QStringList> tablesOf(const QSqlDatabase& db) {
    QSqlQuery query(db);
    const QString sql =
        engineOf(db) == Engine::Sqlite
            ? QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite\\_%' ESCAPE '\\'")
            : QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
    if (!query.exec(sql))
        return Error{query.lastError().text()};
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Result<qint64> copyTable(QSqlDatabase from, QSqlDatabase to, const QString& table) {
    const SelfReference* self = selfReferenceOf(table);
    QSqlQuery read(from);
    streamRows(read);
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table) +
                   (self ? QStringLiteral(" ORDER BY ") + self->orderBy : QString())))
        return Error{Text::tr("Cannot read %1: %2").arg(table, read.lastError().text())};
    const QSqlRecord record = read.record();
    QStringList columns;
    QStringList placeholders;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        placeholders << QStringLiteral("?");
    }
    QSqlQuery write(to);
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(QStringLiteral(", ")),
                                placeholders.join(QStringLiteral(", ")))))
        return Error{Text::tr("Cannot write %1: %2").arg(table, write.lastError().text())};
    const int deferred = self ? static_cast<int>(columns.indexOf(self->column)) : -1;
    const int key = self ? static_cast<int>(columns.indexOf(self->key)) : -1;
    QList<std::pair<QVariant, QVariant>> deferredValues;
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, i == deferred ? QVariant(read.value(i).metaType()) : read.value(i));
        if (deferred >= 0 && !read.value(deferred).isNull())
            deferredValues.append({read.value(deferred), read.value(key)});
        if (!write.exec())
            return Error{Text::tr("Cannot copy row %1 of %2: %3")
                             .arg(rows + 1)
                             .arg(table, write.lastError().text())};
        ++rows;
    }
    if (read.lastError().isValid())
        return Error{Text::tr("Cannot read %1: %2").arg(table, read.lastError().text())};
    if (self && !deferredValues.isEmpty()) {
        if (!write.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                               .arg(table, self->column, self->key)))
            return Error{Text::tr("Cannot write %1: %2").arg(table, write.lastError().text())};
        for (const auto& [value, row] : std::as_const(deferredValues)) {
            write.bindValue(0, value);
            write.bindValue(1, row);
            if (!write.exec())
                return Error{Text::tr("Cannot copy %1 of %2: %3")
                                 .arg(self->column, table, write.lastError().text())};
        }
    }
    return rows;
}

} // namespace

Status noImportInProgress(QSqlDatabase from) {
    QSqlQuery staging(from);
    if (!staging.exec(QStringLiteral("SELECT count(*) FROM import_batches WHERE staging = 1")) ||
        !staging.next())
        return Error{Text::tr("Cannot read the source: %1").arg(staging.lastError().text())};
    if (const qint64 imports = staging.value(0).toLongLong(); imports > 0)
        return Error{Text::tr("An import into the source is still storing its rows (imports in "
                              "progress: %1); copy it once it has finished. Nothing was copied.")
                         .arg(imports)};
    return success();
}

Result<CopiedTables> copyDatabase(QSqlDatabase from, QSqlDatabase to,
                                  const CopyProgress& progress) {
    // A table this list does not know would be left behind silently: refuse.
    const Result<QStringList> present = tablesOf(from);
    if (!present)
        return present.error();
    for (const QString& table : present.value()) {
        if (table != u"schema_migrations" && !notCopied().contains(table) &&
            !tablesInCopyOrder().contains(table))
            return Error{Text::tr("The database has a table this program does not copy: %1. "
                                  "Use the Oversight version that created it.")
                             .arg(table)};
    }
    // A consistent snapshot of the source while it may still be in use.
    if (!from.transaction())
        return Error{Text::tr("Cannot read the source: %1").arg(from.lastError().text())};
    if (Status settled = noImportInProgress(from); !settled) {
        from.rollback();
        return settled.error();
    }
    Transaction writing(to);
    if (!writing.begun()) {
        from.rollback();
        return Error{Text::tr("Cannot write the target: %1").arg(writing.beginError())};
    }
    CopiedTables copied;
    for (const QString& table : tablesInCopyOrder()) {
        const Result<qint64> rows = copyTable(from, to, table);
        if (!rows) {
            from.rollback();
            return rows.error();
        }
        copied.append({table, rows.value()});
        if (progress)
            progress(table, rows.value());
    }
    from.rollback(); // read only
    if (engineOf(to) == Engine::Postgres) {
        QSqlQuery query(to);
        for (const QString& table : tablesWithSeq()) {
            if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'seq'), "
                                           "coalesce(max(seq), 1), max(seq) IS NOT NULL) FROM %1")
                                .arg(table)))
                return Error{Text::tr("Cannot continue the keys of %1: %2")
                                 .arg(table, query.lastError().text())};
        }
    }
    if (Status committed = writing.commit(); !committed)
        return committed.error();
    return copied;
}

} // namespace oversight
