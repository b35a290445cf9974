#pragma once

// For suites that drive oversight-cli as a separate process and look at its SQLite
// file between runs (the crash, disk-full and read-only tests). The including
// target defines OVERSIGHT_CLI_PATH.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <functional>

namespace oversight::test {

struct CliRun {
    int exitCode = -1; // -1 when the process did not exit normally
    bool killed = false;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

struct CliControl {
    int killAfterMs = -1;          // SIGKILL after this long; never when negative
    std::function<void()> inChild; // runs in the child before the program starts
    QString program = QStringLiteral(OVERSIGHT_CLI_PATH);

    static CliControl killedAfter(int ms) {
        CliControl control;
        control.killAfterMs = ms;
        return control;
    }
};

// Runs the CLI with `input` on standard input and waits for it to end.
inline CliRun runCli(const QStringList& arguments, const QByteArray& input,
                     const CliControl& control = {}) {
    QProcess process;
    if (control.inChild)
        process.setChildProcessModifier(control.inChild);
    process.start(control.program, arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s", qPrintable(control.program));
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (control.killAfterMs >= 0 && !process.waitForFinished(control.killAfterMs)) {
        process.kill(); // SIGKILL
        run.killed = true;
    }
    process.waitForFinished(-1);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A look at the database file between two runs of the CLI, on its own connection.
class SqlitePeek {
public:
    explicit SqlitePeek(const QString& path)
        : m_name(QUuid::createUuid().toString()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~SqlitePeek() { QSqlDatabase::removeDatabase(m_name); }
    SqlitePeek(const SqlitePeek&) = delete;
    SqlitePeek& operator=(const SqlitePeek&) = delete;

    // The first column of the first row; an invalid value when there is no row.
    QVariant value(const QString& sql, const QVariantList& values = {}) const {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
};

// `rows` decisions with ids "PREFIX-0", "PREFIX-1", ..., facts that say nothing
// of the label (so the leak check lets them in), written to `path`.
inline void writeDecisionsCsv(const QString& path, const QString& idPrefix, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text = "id,label,confidence,age,city,note\n";
    for (int i = 0; i < rows; ++i)
        text += idPrefix.toUtf8() + '-' + QByteArray::number(i) + ',' +
                (i % 3 ? "approve" : "deny") + ",0." + QByteArray::number(50 + i % 50) + ',' +
                QByteArray::number(20 + i % 61) + ",city" + QByteArray::number(i % 41) +
                ",\"a note, with a comma\"\n";
    if (file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace oversight::test
