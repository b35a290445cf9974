#pragma once

#include "accounts/session.h"
#include "analytics/analyticsservice.h"
#include "analytics/counts.h"
#include "common/result.h"
#include "intake/stagedbatches.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariantList>

namespace oversight {

inline qint64 slotAt(const QDate& day, const QTimeZone& zone) {
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch() / slotSeconds;
}

// The first instant of `day` in `zone`, as the UTC text timestamps are stored.
inline QString utcStartOf(const QDate& day, const QTimeZone& zone) {
    return QDateTime(day, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);
}

// The WHERE clause and its values for a filter: over review_facts (time by
// slot, days in `zone`), or over a rollup (time by local_day; `withReviewer`
// false for the rollups without a reviewer column).
struct Where {
    QString sql = QStringLiteral("1 = 1");
    QVariantList values;

    Where(const AnalysisFilter& filter, const QTimeZone& zone) {
        sql = publishedFacts(); // a review log being imported is not there yet
        if (filter.from)
            add(QStringLiteral("slot >= ?"), slotAt(*filter.from, zone));
        if (filter.to)
            add(QStringLiteral("slot < ?"), slotAt(filter.to->addDays(1), zone));
        addCommon(filter, true);
    }

    Where(const AnalysisFilter& filter, bool withReviewer) {
        if (filter.from)
            add(QStringLiteral("local_day >= ?"), filter.from->toString(Qt::ISODate));
        if (filter.to)
            add(QStringLiteral("local_day <= ?"), filter.to->toString(Qt::ISODate));
        addCommon(filter, withReviewer);
    }

    void add(const QString& condition, const QVariant& value) {
        sql += QStringLiteral(" AND ") + condition;
        values << value;
    }

    void addCommon(const AnalysisFilter& filter, bool withReviewer) {
        if (!filter.queue.isEmpty())
            add(QStringLiteral("queue = ?"), filter.queue);
        if (withReviewer && !filter.reviewer.isEmpty())
            add(QStringLiteral("reviewer = ?"), filter.reviewer);
        if (!filter.model.isEmpty()) {
            // The name alone matches every version ("credit-risk" -> "credit-risk 2.3.0").
            sql += QStringLiteral(" AND (model = ? OR substr(model, 1, ?) = ?)");
            values << filter.model << filter.model.size() + 1 << QString(filter.model + u' ');
        }
    }

    void bind(QSqlQuery& query) const {
        for (const QVariant& value : values)
            query.addBindValue(value);
    }
};

// The decisions scope of a filter: the batches of its model imported in its
// days (aliases b for import_batches, m for model_versions).
// Known-answer sets are never production decisions, and an import still being
// stored has not happened yet: no figure of batches counts either.
struct BatchesWhere {
    QString sql = QStringLiteral("b.known_answers = 0 AND b.staging = 0");
    QVariantList values;

    BatchesWhere(const AnalysisFilter& filter, const QTimeZone& zone) {
        if (filter.from) {
            sql += QStringLiteral(" AND b.imported_at >= ?");
            values << utcStartOf(*filter.from, zone);
        }
        if (filter.to) {
            sql += QStringLiteral(" AND b.imported_at < ?");
            values << utcStartOf(filter.to->addDays(1), zone);
        }
        if (!filter.model.isEmpty()) {
            sql += QStringLiteral(" AND (m.name || ' ' || m.version = ? OR m.name = ?)");
            values << filter.model << filter.model;
        }
    }

    void bind(QSqlQuery& query) const {
        for (const QVariant& value : values)
            query.addBindValue(value);
    }
};

// The WHERE clause over review_facts for a reader of single reviews: permission
// checked, days in the filter's zone or else the analytics zone.
Result<Where> reviewsWhere(QSqlDatabase db, const Session& actor, const AnalysisFilter& filter);

} // namespace oversight
