#include "analytics/reviewrecordcsv.h"

#include "common/csvcell.h"

namespace oversight {

namespace {

QString optionalNumber(const std::optional<qint64>& value) {
    return value ? QString::number(*value) : QString();
}

} // namespace

bool writeReviewRecordsCsv(QIODevice& out, const QList<ReviewRecord>& records) {
    if (out.write("finalized_at,reviewer,case,queue,model,initial,initial_confidence,"
                  "model_label,final,truth,blind_ms,decide_ms\r\n") < 0)
        return false;
    for (const ReviewRecord& r : records) {
        const QList<QString> cells{r.finalizedAt,
                                   r.reviewer,
                                   r.caseRef,
                                   r.queue,
                                   r.model,
                                   r.initial,
                                   r.initialConfidence ? QString::number(*r.initialConfidence)
                                                       : QString(),
                                   r.modelLabel,
                                   r.finalLabel,
                                   r.truth,
                                   optionalNumber(r.blindMs),
                                   optionalNumber(r.decideMs)};
        if (out.write(csvLine(cells)) < 0)
            return false;
    }
    return true;
}

} // namespace oversight
