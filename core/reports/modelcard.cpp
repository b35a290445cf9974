#include "reports/modelcard.h"

#include "analytics/filtersql.h"
#include "fairness/fairnessservice.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <map>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ModelCard)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot read the model cards: %1").arg(query.lastError().text())};
}

} // namespace

Result<QList<ModelCard>> buildModelCards(QSqlDatabase db, const Session& actor,
                                         const AnalysisFilter& filter, const QTimeZone& zone) {
    Result<Where> reviews = reviewsWhere(db, actor, filter);
    if (!reviews)
        return reviews.error();
    std::map<QString, ModelCard> cards;
    auto card = [&](const QString& model) -> ModelCard& {
        ModelCard& found = cards[model];
        found.model = model;
        return found;
    };

    const BatchesWhere batches(filter, zone);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.name || ' ' || m.version, b.id, b.routed_review, "
                                 "b.routed_audit, b.routed_automated FROM import_batches b "
                                 "JOIN model_versions m ON m.id = b.model_version_id WHERE %1 "
                                 "ORDER BY b.imported_at, b.seq")
                      .arg(batches.sql));
    batches.bind(query);
    if (!query.exec())
        return failure(query);
    while (query.next()) {
        ModelCard& c = card(query.value(0).toString());
        c.batches << query.value(1).toString();
        c.routedReview += query.value(2).toLongLong();
        c.routedAudit += query.value(3).toLongLong();
        c.automated += query.value(4).toLongLong();
    }
    for (auto& [model, c] : cards)
        c.decisions = c.routedReview + c.automated; // the audit sample is automated too

    // Outcomes are known for some cases only; accuracy counts those.
    query.prepare(QStringLiteral("SELECT m.name || ' ' || m.version, count(*), "
                                 "sum(CASE WHEN s.truth = s.model_label THEN 1 ELSE 0 END) "
                                 "FROM cases c JOIN case_sealed s ON s.case_seq = c.seq "
                                 "JOIN import_batches b ON b.seq = c.batch_seq "
                                 "JOIN model_versions m ON m.id = b.model_version_id "
                                 "WHERE s.truth IS NOT NULL AND s.truth <> '' AND %1 GROUP BY 1")
                      .arg(batches.sql));
    batches.bind(query);
    if (!query.exec())
        return failure(query);
    while (query.next())
        card(query.value(0).toString()).accuracy =
            wilson(query.value(2).toLongLong(), query.value(1).toLongLong());

    query.prepare(QStringLiteral("SELECT model, count(*), "
                                 "sum(CASE WHEN final <> model_label THEN 1 ELSE 0 END) "
                                 "FROM review_facts WHERE %1 GROUP BY model")
                      .arg(reviews->sql));
    reviews->bind(query);
    if (!query.exec())
        return failure(query);
    while (query.next())
        card(query.value(0).toString()).overrideRate =
            wilson(query.value(2).toLongLong(), query.value(1).toLongLong());

    QList<ModelCard> list;
    for (auto& [model, c] : cards) {
        AnalysisFilter ofModel = filter;
        ofModel.model = model;
        const Result<FairnessAnalysis> fairness = FairnessService(db).analyze(actor, ofModel);
        if (!fairness)
            return fairness.error();
        for (const AttributeFairness& attribute : fairness->attributes)
            for (const GroupFigures& group : attribute.groups)
                if (group.decisionsN > 0)
                    c.accuracyByGroup << GroupAccuracy{attribute.attribute, group.group,
                                                       group.decisionsN, group.model.accuracy};
        list << c;
    }
    return list;
}

} // namespace oversight
