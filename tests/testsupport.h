#pragma once

#include "accounts/userstore.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>
#include <memory>

namespace oversight::test {

inline const QString adminPassword = QStringLiteral("a-long-test-password");

// A real SQLite database in a fresh temporary folder, with a first administrator.
struct TempDatabase {
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    Session admin;

    TempDatabase() {
        Result<Database> opened = Database::open(dir.filePath(QStringLiteral("test.db")),
                                                 Database::OpenMode::CreateIfMissing);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().message));
        database = std::make_unique<Database>(std::move(opened).value());
        Result<Session> created = UserStore(database->connection())
                                      .createFirstAdmin(QStringLiteral("admin"), adminPassword);
        if (!created)
            qFatal("cannot create admin: %s", qPrintable(created.error().message));
        admin = created.value();
    }

    QSqlDatabase db() const { return database->connection(); }
    QString path(const QString& name) const { return dir.filePath(name); }

    QString write(const QString& name, const QByteArray& content) const {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    qint64 count(const QString& sql) const {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    QVariant value(const QString& sql) const {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
};

} // namespace oversight::test
