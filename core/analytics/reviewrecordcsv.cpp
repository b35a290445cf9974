#include "analytics/reviewrecordcsv.h"

namespace oversight {

namespace {

QByteArray cell(const QString& value) {
    QString text = value;
    if (!text.isEmpty() && (text[0] == u'=' || text[0] == u'+' || text[0] == u'-' ||
                            text[0] == u'@' || text[0] == u'\t' || text[0] == u'\r'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text.toUtf8();
}

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
        QByteArray line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += ',';
            line += cell(cells[i]);
        }
        line += "\r\n";
        if (out.write(line) < 0)
            return false;
    }
    return true;
}

} // namespace oversight
