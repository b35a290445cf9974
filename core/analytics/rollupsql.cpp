#include "analytics/rollupsql.h"

namespace oversight {

QString rollupInsertSql(const QString& condition) {
    // Workload buckets: ordinal in the reviewer's day 1-10, 11-25, 26-50, 51-100,
    // 101+; position since the last break 1-5, 6-15, 16-30, 31-60, 61+
    // (analytics/workloadbuckets.h names them).
    return QStringLiteral(
               "INSERT INTO review_rollup (slot, reviewer, queue, model, day_bucket, "
               "break_bucket, n, overrides, with_initial, disagreements, deferrals, changed_mind, "
               "truth_n, model_correct, final_correct, initial_truth_n, initial_correct, "
               "model_right_disagreed, switched_when_right, model_wrong_disagreed, "
               "held_when_wrong, brier_n, brier_sum, blind_n, blind_ms_sum, decide_n, "
               "decide_ms_sum) "
               "SELECT slot, reviewer, queue, model, "
               "CASE WHEN day_ordinal <= 10 THEN 0 WHEN day_ordinal <= 25 THEN 1 "
               "WHEN day_ordinal <= 50 THEN 2 WHEN day_ordinal <= 100 THEN 3 ELSE 4 END, "
               "CASE WHEN break_ordinal <= 5 THEN 0 WHEN break_ordinal <= 15 THEN 1 "
               "WHEN break_ordinal <= 30 THEN 2 WHEN break_ordinal <= 60 THEN 3 ELSE 4 END, "
               "count(*), "
               "sum(final <> model_label), "
               "sum(initial IS NOT NULL), "
               "sum(initial IS NOT NULL AND initial <> model_label), "
               "sum(initial IS NOT NULL AND initial <> model_label AND final = model_label), "
               "sum(initial IS NOT NULL AND initial <> final), "
               "sum(truth IS NOT NULL), "
               "sum(truth IS NOT NULL AND model_label = truth), "
               "sum(truth IS NOT NULL AND final = truth), "
               "sum(truth IS NOT NULL AND initial IS NOT NULL), "
               "sum(truth IS NOT NULL AND initial IS NOT NULL AND initial = truth), "
               "sum(truth IS NOT NULL AND initial IS NOT NULL AND initial <> model_label AND "
               "model_label = truth), "
               "sum(truth IS NOT NULL AND initial IS NOT NULL AND initial <> model_label AND "
               "model_label = truth AND final = model_label), "
               "sum(truth IS NOT NULL AND initial IS NOT NULL AND initial <> model_label AND "
               "model_label <> truth), "
               "sum(truth IS NOT NULL AND initial IS NOT NULL AND initial <> model_label AND "
               "model_label <> truth AND final = initial), "
               "sum(truth IS NOT NULL AND initial IS NOT NULL AND initial_confidence IS NOT NULL), "
               "total(CASE WHEN truth IS NOT NULL AND initial IS NOT NULL AND initial_confidence "
               "IS NOT NULL THEN (initial_confidence / 100.0 - (initial = truth)) * "
               "(initial_confidence / 100.0 - (initial = truth)) END), "
               "count(blind_ms), coalesce(sum(blind_ms), 0), "
               "count(decide_ms), coalesce(sum(decide_ms), 0) "
               "FROM review_facts WHERE ") %
           condition %
           QStringLiteral(
               " GROUP BY 1, 2, 3, 4, 5, 6 "
               "ON CONFLICT (slot, reviewer, queue, model, day_bucket, break_bucket) DO UPDATE SET "
               "n = n + excluded.n, overrides = overrides + excluded.overrides, "
               "with_initial = with_initial + excluded.with_initial, "
               "disagreements = disagreements + excluded.disagreements, "
               "deferrals = deferrals + excluded.deferrals, "
               "changed_mind = changed_mind + excluded.changed_mind, "
               "truth_n = truth_n + excluded.truth_n, "
               "model_correct = model_correct + excluded.model_correct, "
               "final_correct = final_correct + excluded.final_correct, "
               "initial_truth_n = initial_truth_n + excluded.initial_truth_n, "
               "initial_correct = initial_correct + excluded.initial_correct, "
               "model_right_disagreed = model_right_disagreed + excluded.model_right_disagreed, "
               "switched_when_right = switched_when_right + excluded.switched_when_right, "
               "model_wrong_disagreed = model_wrong_disagreed + excluded.model_wrong_disagreed, "
               "held_when_wrong = held_when_wrong + excluded.held_when_wrong, "
               "brier_n = brier_n + excluded.brier_n, brier_sum = brier_sum + excluded.brier_sum, "
               "blind_n = blind_n + excluded.blind_n, "
               "blind_ms_sum = blind_ms_sum + excluded.blind_ms_sum, "
               "decide_n = decide_n + excluded.decide_n, "
               "decide_ms_sum = decide_ms_sum + excluded.decide_ms_sum");
}

} // namespace oversight
