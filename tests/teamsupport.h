#pragma once

// A small review team's history and a compliance officer to read it, for the
// suites that look at analyses (dashboard, settings, accessibility).
#include "analytics/reviewlogimporter.h"
#include "testsupport.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace oversight::test {

// Three reviewers over two days; "stamp" never overrides in 150 reviews. The
// team overrides 35 of 350 (10 %); "steady" 8 of 80, "careful" 27 of 120.
inline QByteArray teamLog() {
    QByteArray log = "reviewer_id,timestamp,case_id,initial_decision,ai_label,final_decision\n";
    int number = 0;
    auto add = [&](const char* reviewer, int day, int count, int overrides) {
        const QDateTime start(QDate(2026, 3, 2 + day), QTime(9, 0), QTimeZone::utc());
        for (int i = 0; i < count; ++i)
            log += QByteArray(reviewer) + ',' +
                   start.addSecs(60 * i).toString(Qt::ISODate).toUtf8() + ",k" +
                   QByteArray::number(++number) + ",approve,approve," +
                   (i < overrides ? "decline" : "approve") + '\n';
    };
    add("stamp", 0, 150, 0);
    add("careful", 0, 60, 15);
    add("careful", 1, 60, 12);
    add("steady", 1, 80, 8);
    return log;
}

// Imports teamLog() as the administrator, its times in UTC.
inline void importTeamLog(TempDatabase& temp) {
    ReviewLogOptions options;
    options.filePath = temp.write(QStringLiteral("team.csv"), teamLog());
    options.initialColumn = QStringLiteral("initial_decision");
    options.zone = QTimeZone::utc();
    if (!ReviewLogImporter(temp.db()).run(temp.admin, options).ok())
        qFatal("import of the team log failed");
}

// A compliance officer "olga", signed in.
inline Session complianceOfficer(TempDatabase& temp) {
    UserStore users(temp.db());
    const QString password = QStringLiteral("compliance-password");
    if (!users.addUser(temp.admin,
                       {QStringLiteral("olga"), {}, {QStringLiteral("compliance")}, password}))
        qFatal("cannot add officer");
    return users.authenticate(QStringLiteral("olga"), password).value();
}

} // namespace oversight::test
