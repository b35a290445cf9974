#pragma once

#include "intake/importer.h"
#include "testsupport.h"

#include <QByteArray>

namespace oversight::test {

inline const QString reviewerPassword = QStringLiteral("reviewer-password-1");

// n cases of a credit model: approve when i % 3 != 0. The facts (income, region,
// note) say nothing of the label; p_approve/p_decline are the model's
// probabilities and the "score" column, which would give the answer away, is hidden.
inline QByteArray reviewCasesCsv(int n) {
    QByteArray csv = "id,label,p_approve,p_decline,income,region,note,score\n";
    const char* regions[] = {"north", "south", "east", "west"};
    for (int i = 0; i < n; ++i) {
        const bool approve = i % 3 != 0;
        const int confidence = 55 + (i * 7) % 20; // 0.55 .. 0.74
        const QByteArray top = "0." + QByteArray::number(confidence);
        const QByteArray other = "0." + QByteArray::number(100 - confidence);
        csv += "case-" + QByteArray::number(i) + ',' + (approve ? "approve" : "decline") + ',' +
               (approve ? top : other) + ',' + (approve ? other : top) + ',' +
               QByteArray::number(20000 + (i * 7919) % 60000) + ',' + regions[(i * 5) % 4] +
               ",\"applicant " + QByteArray::number(i) + ", long-standing customer\"," +
               QByteArray::number(900 + i) + '\n';
    }
    return csv;
}

// Imports `csv` as the administrator; threshold 1 sends every case to `review`,
// a tiny threshold with audit rate 1 sends every case to `audit`.
inline ImportReport importCases(TempDatabase& temp, const QByteArray& csv, bool toAudit = false,
                                const QString& name = QStringLiteral("cases.csv")) {
    ImportOptions options;
    options.filePath = temp.write(name, csv);
    options.probabilityColumns = {{QStringLiteral("approve"), QStringLiteral("p_approve")},
                                  {QStringLiteral("decline"), QStringLiteral("p_decline")}};
    options.hiddenColumns = {QStringLiteral("score")};
    options.threshold = toAudit ? 0.01 : 1.0;
    options.auditRate = toAudit ? 1.0 : 0.0;
    options.modelName = QStringLiteral("credit-risk");
    options.modelVersion = QStringLiteral("2.3.0");
    return Importer(temp.db()).run(temp.admin, options);
}

inline Session addReviewer(TempDatabase& temp, const QString& login,
                           const QStringList& roles = {QStringLiteral("reviewer")}) {
    UserStore users(temp.db());
    Result<UserRecord> added = users.addUser(temp.admin, {login, login, roles, reviewerPassword});
    if (!added)
        qFatal("cannot add %s: %s", qPrintable(login), qPrintable(added.error().message));
    return Session{added->id, added->login, added->roles};
}

} // namespace oversight::test
