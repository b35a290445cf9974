#include "appeals/appealcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AppealCheck)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot check the appeals: %1").arg(query.lastError().text())};
}

struct StoredAppeal {
    QString caseId;
    QString statement;
    QString deadline;
    QString originalDecision;
    QString originalDecider;
    QString outcome;
    QString reviewId; // the finalized review of the appeal
    QString decision;
};

std::optional<DecisionRecordMismatch> differs(const QString& appeal, const QString& what) {
    return DecisionRecordMismatch{
        appeal, Text::tr("the appeal %1 differs from the audit trail: %2").arg(appeal, what)};
}

} // namespace

Result<std::optional<DecisionRecordMismatch>> findAppealMismatch(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT a.id, c.external_id, a.statement, a.deadline, a.original_decision, "
            "a.original_decider, coalesce(a.outcome, ''), coalesce(r.id, ''), "
            "coalesce(r.final_decision, '') FROM appeals a JOIN cases c ON c.seq = a.case_seq "
            "LEFT JOIN reviews r ON r.appeal_seq = a.seq AND r.status = 'finalized'")))
        return failure(query);
    QHash<QString, StoredAppeal> appeals;
    while (query.next())
        appeals.insert(query.value(0).toString(),
                       StoredAppeal{query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toString(), query.value(4).toString(),
                                    query.value(5).toString(), query.value(6).toString(),
                                    query.value(7).toString(), query.value(8).toString()});
    if (!query.exec(QStringLiteral("SELECT subject, action, details FROM audit_events WHERE "
                                   "action = 'appeal.filed' OR action = 'appeal.resolved' "
                                   "ORDER BY seq")))
        return failure(query);
    QHash<QString, int> filed;
    QHash<QString, int> resolved;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const bool filing = query.value(1).toString() == u"appeal.filed";
        const QJsonObject details =
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        const auto found = appeals.constFind(id);
        if (found == appeals.cend())
            return differs(id, Text::tr("the trail records it, the database has no such appeal"));
        const StoredAppeal& a = found.value();
        auto text = [&details](const char* key) {
            return details.value(QLatin1String(key)).toString();
        };
        if (filing) {
            ++filed[id];
            if (text("case") != a.caseId || text("statement") != a.statement ||
                text("deadline") != a.deadline || text("original_decision") != a.originalDecision ||
                text("original_decider") != a.originalDecider)
                return differs(id, Text::tr("its case, statement, deadline or the decision "
                                            "appealed against was changed"));
        } else {
            ++resolved[id];
            if (text("outcome") != a.outcome || text("review") != a.reviewId ||
                text("decision") != a.decision)
                return differs(id, Text::tr("its outcome, review or decision was changed"));
        }
    }
    for (auto it = appeals.cbegin(); it != appeals.cend(); ++it) {
        const StoredAppeal& a = it.value();
        if (filed.value(it.key()) != 1)
            return differs(it.key(), Text::tr("it has no filing in the trail"));
        if (a.outcome.isEmpty() != (resolved.value(it.key()) == 0))
            return differs(it.key(), a.outcome.isEmpty()
                                         ? Text::tr("the trail says it was decided")
                                         : Text::tr("it has no decision in the trail"));
        if (!a.outcome.isEmpty() &&
            a.outcome != (a.decision == a.originalDecision ? u"upheld" : u"reversed"))
            return differs(it.key(), Text::tr("its outcome does not follow from its decision"));
    }
    return std::optional<DecisionRecordMismatch>();
}

} // namespace oversight
