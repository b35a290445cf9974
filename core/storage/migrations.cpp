#include "storage/migrations.h"

#include "audit/trailstart.h"
#include "storage/dialect.h"

#include <vector>

namespace oversight {

namespace {

// Version 1: accounts, routing policy, model versions, import batches and cases.
// The CHECKs on the bulk-written tables use OR chains, not IN lists: SQLite builds
// an ephemeral index for an IN list on every row inserted.
// What a reviewer may see before committing (the facts) lives in `cases`; what
// would give the model's answer away lives in `case_sealed`, so a query for the
// blind stage cannot select it by accident.
const QStringList version1 = {
    QStringLiteral(R"(CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        description TEXT NOT NULL,
        applied_at TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE users (
        id TEXT PRIMARY KEY,
        login TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id),
        changed_at TEXT,
        changed_by TEXT REFERENCES users(id)))"),
    QStringLiteral(R"(CREATE TABLE user_roles (
        user_id TEXT NOT NULL REFERENCES users(id),
        role TEXT NOT NULL CHECK (role IN ('reviewer', 'compliance', 'admin')),
        PRIMARY KEY (user_id, role)))"),
    QStringLiteral(R"(CREATE TABLE routing_policy (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        threshold REAL NOT NULL CHECK (threshold > 0 AND threshold <= 1),
        audit_rate REAL NOT NULL CHECK (audit_rate >= 0 AND audit_rate <= 1),
        seed INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT REFERENCES users(id)))"),
    QStringLiteral(R"(CREATE TABLE model_versions (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (name, version)))"),
    QStringLiteral(R"(CREATE TABLE import_batches (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source_name TEXT NOT NULL,
        source_sha256 TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('csv', 'jsonl')),
        model_version_id TEXT NOT NULL REFERENCES model_versions(id),
        threshold REAL NOT NULL,
        audit_rate REAL NOT NULL,
        seed INTEGER NOT NULL,
        policy_overridden INTEGER NOT NULL CHECK (policy_overridden IN (0, 1)),
        fact_columns TEXT NOT NULL,
        hidden_columns TEXT NOT NULL,
        mapping TEXT NOT NULL,
        rows_total INTEGER NOT NULL DEFAULT 0,
        rows_accepted INTEGER NOT NULL DEFAULT 0,
        rows_rejected INTEGER NOT NULL DEFAULT 0,
        routed_review INTEGER NOT NULL DEFAULT 0,
        routed_audit INTEGER NOT NULL DEFAULT 0,
        routed_automated INTEGER NOT NULL DEFAULT 0,
        imported_by TEXT NOT NULL REFERENCES users(id),
        imported_at TEXT NOT NULL))"),
    // seq is the row key that joins use. id (a random UUID) names the case across
    // databases, in exports and when moving to PostgreSQL; no query path looks a
    // case up by it, so it has no index: keeping one costs 40 % of a large import
    // (docs/PERFORMANCE.md). Within a database a case is found by seq or external_id.
    QStringLiteral(R"(CREATE TABLE cases (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        external_id TEXT NOT NULL UNIQUE,
        batch_seq INTEGER NOT NULL REFERENCES import_batches(seq),
        source_row INTEGER NOT NULL,
        facts TEXT NOT NULL,
        route TEXT NOT NULL CHECK (route = 'review' OR route = 'audit' OR route = 'automated'),
        queue TEXT,
        state TEXT NOT NULL CHECK (state = 'queued' OR state = 'claimed' OR
            state = 'initial_committed' OR state = 'revealed' OR state = 'finalized' OR
            state = 'automated')))"),
    QStringLiteral(R"(CREATE TABLE case_sealed (
        case_seq INTEGER PRIMARY KEY REFERENCES cases(seq),
        model_label TEXT NOT NULL,
        confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
        probabilities TEXT,
        truth TEXT,
        hidden TEXT NOT NULL,
        route_reason TEXT NOT NULL CHECK (route_reason = 'below_threshold' OR
            route_reason = 'audit_sample' OR route_reason = 'at_or_above_threshold')))"),
    // A fresh database gets the documented defaults and its own random sampling seed;
    // the seed is stored with every batch so an auditor can re-derive the sample.
    QStringLiteral(R"(INSERT INTO routing_policy (id, threshold, audit_rate, seed, changed_at)
        VALUES (1, 0.75, 0.05, abs(random() % 2147483647),
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"),
};

// Version 2: indexes for queue depths and the claim path (partial: only the
// cases in a human queue, a minority, so the import does not pay for the rest),
// and the batch lookup by file hash that the duplicate check uses.
const QStringList version2 = {
    QStringLiteral("CREATE INDEX cases_by_queue_state ON cases (queue, state) "
                   "WHERE queue IS NOT NULL"),
    QStringLiteral("CREATE INDEX batches_by_sha256 ON import_batches (source_sha256)"),
};

// Version 3: accounts in full. Login throttling state on users, a record of
// account events (logins, failures, lockouts, changes; the audit trail issue will
// chain them), and settings such as separation of duties.
const QStringList version3 = {
    QStringLiteral("ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE users ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE users ADD COLUMN locked_until TEXT"),
    QStringLiteral(R"(CREATE TABLE account_events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        login TEXT NOT NULL,
        user_id TEXT REFERENCES users(id),
        actor_id TEXT REFERENCES users(id),
        details TEXT NOT NULL DEFAULT '{}'))"),
    QStringLiteral(R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT REFERENCES users(id)))"),
    QStringLiteral(R"(INSERT INTO settings (key, value, changed_at)
        VALUES ('separation_of_duties', '1', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"),
};

// Version 4: the two-stage blind review. One row per attempt at a case: a claim
// that ends as finalized, released, escalated or expired. The database itself
// guarantees what the service promises: one open attempt per case (no two
// reviewers hold the same case) and per reviewer, an initial answer that never
// changes once committed, and no rewriting or deleting of a finished review.
// Each batch also keeps its set of decision labels: the options a reviewer chooses from.
const QStringList version4 = {
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN labels TEXT NOT NULL DEFAULT '[]'"),
    QStringLiteral(R"(UPDATE import_batches SET labels = coalesce((
        SELECT json_group_array(model_label) FROM (
            SELECT DISTINCT s.model_label FROM case_sealed s JOIN cases c ON c.seq = s.case_seq
            WHERE c.batch_seq = import_batches.seq ORDER BY s.model_label)), '[]'))"),
    QStringLiteral(R"(CREATE TABLE reviews (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_seq INTEGER NOT NULL REFERENCES cases(seq),
        reviewer_id TEXT NOT NULL REFERENCES users(id),
        queue TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status = 'claimed' OR status = 'committed' OR
            status = 'revealed' OR status = 'finalized' OR status = 'released' OR
            status = 'escalated' OR status = 'expired'),
        claimed_at TEXT NOT NULL,
        lease_expires TEXT NOT NULL,
        initial_decision TEXT,
        initial_confidence INTEGER CHECK (initial_confidence BETWEEN 0 AND 100),
        initial_rationale TEXT,
        committed_at TEXT,
        model_label TEXT,
        revealed_at TEXT,
        final_decision TEXT,
        final_rationale TEXT,
        finalized_at TEXT,
        override INTEGER CHECK (override IN (0, 1)),
        blind_ms INTEGER,
        decide_ms INTEGER,
        day_ordinal INTEGER,
        break_ordinal INTEGER,
        ended_at TEXT,
        end_note TEXT,
        escalated_to TEXT))"),
    QStringLiteral("CREATE UNIQUE INDEX reviews_one_open_per_case ON reviews (case_seq) "
                   "WHERE status IN ('claimed', 'committed', 'revealed')"),
    QStringLiteral("CREATE UNIQUE INDEX reviews_one_open_per_reviewer ON reviews (reviewer_id) "
                   "WHERE status IN ('claimed', 'committed', 'revealed')"),
    QStringLiteral("CREATE INDEX reviews_by_case_reviewer ON reviews (case_seq, reviewer_id)"),
    QStringLiteral("CREATE INDEX reviews_finalized_by_reviewer ON reviews (reviewer_id, "
                   "finalized_at) WHERE status = 'finalized'"),
    QStringLiteral(R"(CREATE TRIGGER reviews_initial_is_final BEFORE UPDATE ON reviews
        WHEN OLD.committed_at IS NOT NULL AND (
            NEW.initial_decision IS NOT OLD.initial_decision OR
            NEW.initial_confidence IS NOT OLD.initial_confidence OR
            NEW.initial_rationale IS NOT OLD.initial_rationale OR
            NEW.committed_at IS NOT OLD.committed_at OR
            NEW.claimed_at IS NOT OLD.claimed_at OR
            NEW.case_seq IS NOT OLD.case_seq OR
            NEW.reviewer_id IS NOT OLD.reviewer_id)
        BEGIN SELECT RAISE(ABORT, 'a committed initial decision cannot change'); END)"),
    QStringLiteral(R"(CREATE TRIGGER reviews_closed_are_final BEFORE UPDATE ON reviews
        WHEN OLD.status IN ('finalized', 'released', 'escalated', 'expired')
        BEGIN SELECT RAISE(ABORT, 'a finished review cannot change'); END)"),
    QStringLiteral(R"(CREATE TRIGGER reviews_are_kept BEFORE DELETE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews cannot be deleted'); END)"),
    QStringLiteral(R"(INSERT INTO settings (key, value, changed_at)
        VALUES ('review_lease_minutes', '15', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"),
};

// Version 5: analytics. One row per finalized review in `review_facts`, decided
// here or imported from a historical log, with its calendar day and hour in the
// analytics time zone; and the rollups the dashboard reads (filled by analytics/rollupsql.cpp),
// kept in the same transaction as each fact. Version 4 shipped together with this
// one, so there are no earlier finalized reviews to carry over.
const QString version5RollupCounters = QStringLiteral(
    "n INTEGER NOT NULL, overrides INTEGER NOT NULL, with_initial INTEGER NOT NULL, "
    "disagreements INTEGER NOT NULL, deferrals INTEGER NOT NULL, changed_mind INTEGER NOT NULL, "
    "truth_n INTEGER NOT NULL, model_correct INTEGER NOT NULL, final_correct INTEGER NOT NULL, "
    "initial_truth_n INTEGER NOT NULL, initial_correct INTEGER NOT NULL, "
    "model_right_disagreed INTEGER NOT NULL, switched_when_right INTEGER NOT NULL, "
    "model_wrong_disagreed INTEGER NOT NULL, held_when_wrong INTEGER NOT NULL, "
    "brier_n INTEGER NOT NULL, brier_sum REAL NOT NULL, blind_n INTEGER NOT NULL, "
    "blind_ms_sum INTEGER NOT NULL, decide_n INTEGER NOT NULL, decide_ms_sum INTEGER NOT NULL");

const QStringList version5 = [] {
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE review_logs (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source_name TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            rows_total INTEGER NOT NULL DEFAULT 0,
            rows_accepted INTEGER NOT NULL DEFAULT 0,
            rows_rejected INTEGER NOT NULL DEFAULT 0,
            imported_by TEXT NOT NULL REFERENCES users(id),
            imported_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE review_facts (
            seq INTEGER PRIMARY KEY,
            review_seq INTEGER UNIQUE REFERENCES reviews(seq),
            log_seq INTEGER REFERENCES review_logs(seq),
            reviewer TEXT NOT NULL,
            finalized_at TEXT NOT NULL,
            slot INTEGER NOT NULL,
            local_day TEXT NOT NULL,
            local_hour INTEGER NOT NULL,
            queue TEXT NOT NULL,
            model TEXT NOT NULL,
            case_ref TEXT NOT NULL,
            initial TEXT,
            initial_confidence INTEGER,
            model_label TEXT NOT NULL,
            final TEXT NOT NULL,
            truth TEXT,
            blind_ms INTEGER,
            decide_ms INTEGER,
            day_ordinal INTEGER NOT NULL,
            break_ordinal INTEGER NOT NULL,
            CHECK ((review_seq IS NULL) <> (log_seq IS NULL))))"),
        QStringLiteral(
            "CREATE INDEX review_facts_by_reviewer_time ON review_facts (reviewer, slot)"),
        QStringLiteral("CREATE INDEX review_facts_by_time ON review_facts (slot)"),
        QStringLiteral("CREATE INDEX review_facts_by_log ON review_facts (log_seq) "
                       "WHERE log_seq IS NOT NULL"),
    };
    // The schema text of this version, frozen: the rollups' SQL in analytics may
    // grow, a shipped migration never changes.
    statements
        << QStringLiteral(
               "CREATE TABLE rollup_by_reviewer (local_day TEXT NOT NULL, reviewer TEXT NOT NULL, "
               "queue TEXT NOT NULL, model TEXT NOT NULL, %1, PRIMARY KEY (local_day, reviewer, "
               "queue, "
               "model)) WITHOUT ROWID")
               .arg(version5RollupCounters);
    statements
        << QStringLiteral(
               "CREATE TABLE rollup_by_hour (local_day TEXT NOT NULL, local_hour INTEGER NOT NULL, "
               "queue TEXT NOT NULL, model TEXT NOT NULL, %1, PRIMARY KEY (local_day, local_hour, "
               "queue, "
               "model)) WITHOUT ROWID")
               .arg(version5RollupCounters);
    statements << QStringLiteral(
                      "CREATE TABLE rollup_by_workload (local_day TEXT NOT NULL, day_bucket "
                      "INTEGER NOT NULL, "
                      "break_bucket INTEGER NOT NULL, queue TEXT NOT NULL, model TEXT NOT NULL, "
                      "%1, PRIMARY KEY "
                      "(local_day, day_bucket, break_bucket, queue, model)) WITHOUT ROWID")
                      .arg(version5RollupCounters);
    return statements;
}();

// Version 6: the audit trail. One append-only table of events chained by SHA-256
// (audit/auditevent.h); the database refuses to change or delete an event. The
// history stored before it is carried into the chain (audit/trailstart.cpp), and
// account_events is no longer written.
const QStringList version6 = {
    QStringLiteral(R"(CREATE TABLE audit_events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX audit_events_by_subject ON audit_events (subject, action)"),
    QStringLiteral("CREATE INDEX audit_events_by_action ON audit_events (action)"),
    QStringLiteral(R"(CREATE TRIGGER audit_events_not_updated BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: events cannot change'); END)"),
    QStringLiteral(R"(CREATE TRIGGER audit_events_not_deleted BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: events cannot be deleted'); END)"),
};

// Version 7: handing decisions on, sessions for scripts, the integration role.
// `decision_records` is the export's outbox: one row per change of a case's
// effective decision, its cursor assigned in the transaction of the change under
// the audit trail's append lock, so cursors follow commit order (handoff/). An
// import writes one row for the whole batch: the model's decisions take the
// cursors `cursor + (case seq - first_case_seq)`, one slot per case of the batch,
// and the slots of cases that wait for a mandatory review stay empty. A finalized
// review (later an adjudication or an appeal) writes one row for its case.
// Decisions stored before this version are carried over: batches in import order,
// then finalized reviews in finalization order.
const QStringList version7 = {
    QStringLiteral(R"(CREATE TABLE decision_records (
        cursor INTEGER PRIMARY KEY,
        slots INTEGER NOT NULL CHECK (slots >= 1),
        decided_by TEXT NOT NULL CHECK (decided_by = 'model' OR decided_by = 'review' OR
            decided_by = 'adjudication' OR decided_by = 'appeal'),
        batch_seq INTEGER NOT NULL REFERENCES import_batches(seq),
        first_case_seq INTEGER NOT NULL,
        review_seq INTEGER REFERENCES reviews(seq),
        decision TEXT,
        reviewer TEXT,
        decided_at TEXT NOT NULL,
        supersedes INTEGER,
        CHECK ((decided_by = 'model') = (decision IS NULL)),
        CHECK (decided_by = 'model' OR slots = 1)))"),
    QStringLiteral("CREATE UNIQUE INDEX decision_records_model_by_batch ON decision_records "
                   "(batch_seq) WHERE decided_by = 'model'"),
    QStringLiteral("CREATE INDEX decision_records_by_case ON decision_records (first_case_seq) "
                   "WHERE decided_by <> 'model'"),
    QStringLiteral(R"(CREATE TRIGGER decision_records_not_updated BEFORE UPDATE ON decision_records
        BEGIN SELECT RAISE(ABORT, 'decision records cannot change'); END)"),
    QStringLiteral(R"(CREATE TRIGGER decision_records_not_deleted BEFORE DELETE ON decision_records
        BEGIN SELECT RAISE(ABORT, 'decision records cannot be deleted'); END)"),
    QStringLiteral(R"(INSERT INTO decision_records (cursor, slots, decided_by, batch_seq,
            first_case_seq, decided_at)
        SELECT coalesce(sum(r.slots) OVER (ORDER BY r.batch_seq ROWS BETWEEN UNBOUNDED PRECEDING
                AND 1 PRECEDING), 0) + 1, r.slots, 'model', r.batch_seq, r.first_seq, b.imported_at
        FROM (SELECT batch_seq, min(seq) AS first_seq, max(seq) - min(seq) + 1 AS slots
              FROM cases GROUP BY batch_seq) r
        JOIN import_batches b ON b.seq = r.batch_seq)"),
    QStringLiteral(R"(INSERT INTO decision_records (cursor, slots, decided_by, batch_seq,
            first_case_seq, review_seq, decision, reviewer, decided_at, supersedes)
        SELECT base.next_cursor + row_number() OVER (ORDER BY r.finalized_at, r.seq) - 1, 1,
            'review', c.batch_seq, c.seq, r.seq, r.final_decision, u.login, r.finalized_at,
            CASE WHEN c.route <> 'review' THEN m.cursor + c.seq - m.first_case_seq END
        FROM reviews r JOIN cases c ON c.seq = r.case_seq JOIN users u ON u.id = r.reviewer_id
        LEFT JOIN decision_records m ON m.batch_seq = c.batch_seq AND m.decided_by = 'model'
        CROSS JOIN (SELECT coalesce(max(cursor + slots), 1) AS next_cursor
                    FROM decision_records) base
        WHERE r.status = 'finalized')"),
    QStringLiteral(R"(CREATE TABLE script_sessions (
        id TEXT PRIMARY KEY,
        token_sha256 TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id),
        started_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        ended_at TEXT,
        end_reason TEXT))"),
    QStringLiteral("CREATE INDEX script_sessions_open_by_user ON script_sessions (user_id) "
                   "WHERE ended_at IS NULL"),
    // SQLite cannot change a CHECK in place: the table is rebuilt.
    QStringLiteral(R"(CREATE TABLE user_roles_v7 (
        user_id TEXT NOT NULL REFERENCES users(id),
        role TEXT NOT NULL CHECK (role IN ('reviewer', 'compliance', 'admin', 'integration')),
        PRIMARY KEY (user_id, role)))"),
    QStringLiteral(
        "INSERT INTO user_roles_v7 (user_id, role) SELECT user_id, role FROM user_roles"),
    QStringLiteral("DROP TABLE user_roles"),
    QStringLiteral("ALTER TABLE user_roles_v7 RENAME TO user_roles"),
};

// Version 8: fairness by group. The protected attributes named at import are
// kept per case in `case_sealed.groups` (a JSON object, attribute -> group, never
// shown to reviewers unless the batch says so) and copied to each review fact, with
// the batch's positive label, so the figures by group need no join back to cases.
// Batches and logs from before this version have no attributes, so the rollups
// by group start empty.
const QStringList version8 = {
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN group_columns TEXT NOT NULL "
                   "DEFAULT '[]'"),
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN group_bands TEXT NOT NULL DEFAULT '{}'"),
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN show_group_columns INTEGER NOT NULL "
                   "DEFAULT 0 CHECK (show_group_columns IN (0, 1))"),
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN positive_label TEXT"),
    QStringLiteral("ALTER TABLE case_sealed ADD COLUMN groups TEXT"),
    QStringLiteral("ALTER TABLE review_logs ADD COLUMN group_columns TEXT NOT NULL DEFAULT '[]'"),
    QStringLiteral("ALTER TABLE review_logs ADD COLUMN group_bands TEXT NOT NULL DEFAULT '{}'"),
    QStringLiteral("ALTER TABLE review_logs ADD COLUMN positive_label TEXT"),
    QStringLiteral("ALTER TABLE review_facts ADD COLUMN groups TEXT"),
    QStringLiteral("ALTER TABLE review_facts ADD COLUMN positive_label TEXT"),
    // The rollups the figures by group read (fairness/fairnessrollups.cpp), kept in
    // the transaction of each import, finalization and log import. Empty text
    // stands for none: no outcome, no initial decision, a decision still pending.
    QStringLiteral(R"(CREATE TABLE fairness_decisions (
        batch_seq INTEGER NOT NULL REFERENCES import_batches(seq),
        groups TEXT NOT NULL,
        model_label TEXT NOT NULL,
        effective TEXT NOT NULL,
        truth TEXT NOT NULL,
        n INTEGER NOT NULL CHECK (n >= 0),
        PRIMARY KEY (batch_seq, groups, model_label, effective, truth)))"),
    QStringLiteral(R"(CREATE TABLE fairness_reviews (
        local_day TEXT NOT NULL,
        queue TEXT NOT NULL,
        model TEXT NOT NULL,
        groups TEXT NOT NULL,
        positive_label TEXT NOT NULL,
        model_label TEXT NOT NULL,
        initial TEXT NOT NULL,
        final TEXT NOT NULL,
        truth TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (local_day, queue, model, groups, positive_label, model_label, initial,
                     final, truth)))"),
    // Each reviewer's overrides by group, apart: with the labels as well, a team
    // of hundreds would multiply the rows past what a dashboard reads quickly.
    QStringLiteral(R"(CREATE TABLE fairness_reviewer_overrides (
        local_day TEXT NOT NULL,
        queue TEXT NOT NULL,
        model TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        groups TEXT NOT NULL,
        n INTEGER NOT NULL,
        overrides INTEGER NOT NULL,
        PRIMARY KEY (reviewer, groups, local_day, queue, model)))"),
};

// Version 9: independent double review. Each queue may ask for K reviews per
// case and a re-derivable share of second reviews (review/reviewpolicy.cpp); each
// batch keeps the policy it was imported under. A review takes a slot of its
// case: 1..K for the independent reviews, 0 for the adjudication. The one-open-
// review-per-case index becomes one live or finalized review per slot, so the
// database itself still refuses a slot handed out twice, and no reviewer holds
// two slots of one case. `decides` marks the review whose decision became the
// case's effective one: every earlier finalized review did.
const QStringList version9 = {
    QStringLiteral(R"(CREATE TABLE queue_review_policy (
        queue TEXT PRIMARY KEY,
        reviews_per_case INTEGER NOT NULL CHECK (reviews_per_case BETWEEN 1 AND 3),
        second_review_rate REAL NOT NULL CHECK (second_review_rate >= 0 AND
            second_review_rate <= 1),
        changed_at TEXT NOT NULL,
        changed_by TEXT REFERENCES users(id)))"),
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN review_policy TEXT NOT NULL "
                   "DEFAULT '{}'"),
    QStringLiteral("ALTER TABLE reviews ADD COLUMN slot INTEGER NOT NULL DEFAULT 1 "
                   "CHECK (slot BETWEEN 0 AND 3)"),
    QStringLiteral("ALTER TABLE reviews ADD COLUMN decides INTEGER NOT NULL DEFAULT 1 "
                   "CHECK (decides IN (0, 1))"),
    QStringLiteral("DROP INDEX reviews_one_open_per_case"),
    QStringLiteral("CREATE UNIQUE INDEX reviews_one_per_slot ON reviews (case_seq, slot) "
                   "WHERE status IN ('claimed', 'committed', 'revealed', 'finalized')"),
    QStringLiteral("CREATE UNIQUE INDEX reviews_one_slot_per_reviewer ON reviews (case_seq, "
                   "reviewer_id) WHERE status IN ('claimed', 'committed', 'revealed', "
                   "'finalized')"),
    QStringLiteral("CREATE INDEX reviews_claimed_by_lease ON reviews (queue, lease_expires) "
                   "WHERE status = 'claimed'"),
};

// Version 10: known-answer cases and disclosed catch trials (DESIGN.md). A
// known-answer set is a batch flagged `known_answers`; its cases stay out of
// every queue (queue NULL, state 'queued', the one combination no production
// case has) and are served into claims at the queue's rate. Their route keeps
// 'review': SQLite cannot change the cases' CHECK without rebuilding the
// largest table, and the batch flag is what every reader tests. A review of one
// is flagged `known_answer`; `planted` says whether its reveal showed a planted
// recommendation (NULL until revealed), `stands_in_for` the production case
// it was served in place of. Many reviewers take the same known-answer
// case, so one-review-per-slot holds for production reviews only.
const QStringList version10 = {
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN known_answers INTEGER NOT NULL "
                   "DEFAULT 0 CHECK (known_answers IN (0, 1))"),
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN retired_at TEXT"),
    QStringLiteral("ALTER TABLE reviews ADD COLUMN known_answer INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (known_answer IN (0, 1))"),
    QStringLiteral("ALTER TABLE reviews ADD COLUMN planted INTEGER CHECK (planted IN (0, 1))"),
    // The production case a check was served in place of: its batch's decision
    // options are the ones the reviewer sees.
    QStringLiteral("ALTER TABLE reviews ADD COLUMN stands_in_for INTEGER REFERENCES cases(seq)"),
    QStringLiteral("ALTER TABLE queue_review_policy ADD COLUMN known_answer_rate REAL NOT NULL "
                   "DEFAULT 0 CHECK (known_answer_rate >= 0 AND known_answer_rate <= 1)"),
    QStringLiteral("ALTER TABLE queue_review_policy ADD COLUMN catch_rate REAL NOT NULL "
                   "DEFAULT 0 CHECK (catch_rate >= 0 AND catch_rate <= 1)"),
    QStringLiteral("ALTER TABLE queue_review_policy ADD COLUMN known_answer_feedback INTEGER "
                   "NOT NULL DEFAULT 0 CHECK (known_answer_feedback IN (0, 1))"),
    QStringLiteral("DROP INDEX reviews_one_per_slot"),
    QStringLiteral("CREATE UNIQUE INDEX reviews_one_per_slot ON reviews (case_seq, slot) "
                   "WHERE known_answer = 0 AND status IN ('claimed', 'committed', 'revealed', "
                   "'finalized')"),
    QStringLiteral("CREATE INDEX cases_known_answer_sets ON cases (batch_seq, seq) "
                   "WHERE queue IS NULL AND state = 'queued'"),
};

// Version 11: contesting a decision (DESIGN.md, "Contesting a decision"). An
// appeal reopens a decided case into the `appeal` queue; the case keeps the
// queue and state it had in `previous_queue` / `previous_state`, which it gets
// back when the appeal is resolved (its decision lives in decision_records).
// `original_decision` / `original_decider` are the effective decision and who
// took it (`model` or a login) when the appeal was filed. A review of an appeal
// names it in `appeal_seq` (the appeal's finalized review decided it); it takes slot 1 beside the
// case's earlier reviews, so one-review-per-slot holds for the other reviews and each appeal has at
// most one live review of its own.
const QStringList version11 = {
    QStringLiteral(R"(CREATE TABLE appeals (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_seq INTEGER NOT NULL REFERENCES cases(seq),
        statement TEXT NOT NULL,
        requested_by TEXT,
        filed_by TEXT NOT NULL REFERENCES users(id),
        filed_at TEXT NOT NULL,
        deadline TEXT NOT NULL,
        previous_queue TEXT,
        previous_state TEXT NOT NULL,
        original_decision TEXT NOT NULL,
        original_decider TEXT NOT NULL,
        outcome TEXT CHECK (outcome IN ('upheld', 'reversed')),
        resolved_at TEXT,
        CHECK ((outcome IS NULL) = (resolved_at IS NULL))))"),
    QStringLiteral("CREATE INDEX appeals_by_case ON appeals (case_seq)"),
    QStringLiteral("ALTER TABLE reviews ADD COLUMN appeal_seq INTEGER REFERENCES appeals(seq)"),
    QStringLiteral("DROP INDEX reviews_one_per_slot"),
    QStringLiteral("CREATE UNIQUE INDEX reviews_one_per_slot ON reviews (case_seq, slot) "
                   "WHERE known_answer = 0 AND appeal_seq IS NULL AND status IN ('claimed', "
                   "'committed', 'revealed', 'finalized')"),
    QStringLiteral("CREATE UNIQUE INDEX reviews_one_per_appeal ON reviews (appeal_seq) "
                   "WHERE appeal_seq IS NOT NULL AND status IN ('claimed', 'committed', "
                   "'revealed', 'finalized')"),
};

// Version 12: staged imports (issue 23). An import (of decisions or of a
// review log) stores its rows in short
// transactions while its batch is `staging`, which every reader leaves out, and
// then publishes the batch in one short transaction; reviewers are never locked
// out for the length of an import. `staged_by` (host and process) and
// `staging_heartbeat` tell a running import from a dead one, whose rows the next
// import or open removes; the staged case range bounds that removal.
const QStringList version12 = {
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN staging INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (staging IN (0, 1))"),
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN staged_by TEXT"),
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN staging_heartbeat TEXT"),
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN staged_first_case INTEGER"),
    QStringLiteral("ALTER TABLE import_batches ADD COLUMN staged_last_case INTEGER"),
    QStringLiteral("CREATE INDEX batches_staging ON import_batches (seq) WHERE staging = 1"),
    // The same for review logs: their facts are staged under a staging log.
    QStringLiteral("ALTER TABLE review_logs ADD COLUMN staging INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (staging IN (0, 1))"),
    QStringLiteral("ALTER TABLE review_logs ADD COLUMN staged_by TEXT"),
    QStringLiteral("ALTER TABLE review_logs ADD COLUMN staging_heartbeat TEXT"),
    QStringLiteral("CREATE INDEX review_logs_staging ON review_logs (seq) WHERE staging = 1"),
};

// PostgreSQL's version 4: the same tables and indexes; the label backfill with
// json_agg; the three guards as one trigger function (PostgreSQL triggers call
// functions), refusing the same changes with the same messages.
const QStringList version4Postgres = [] {
    QStringList statements;
    statements << postgresDdl(version4.at(0));
    statements << QStringLiteral(R"(UPDATE import_batches SET labels = coalesce((
        SELECT json_agg(label ORDER BY label COLLATE "C")::text FROM (
            SELECT DISTINCT s.model_label AS label FROM case_sealed s
            JOIN cases c ON c.seq = s.case_seq WHERE c.batch_seq = import_batches.seq) labels),
        '[]'))");
    for (qsizetype i = 2; i <= 6; ++i)
        statements << postgresDdl(version4.at(i));
    statements << QStringLiteral(R"(CREATE FUNCTION reviews_guard() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'reviews cannot be deleted';
            END IF;
            IF OLD.committed_at IS NOT NULL AND (
                NEW.initial_decision IS DISTINCT FROM OLD.initial_decision OR
                NEW.initial_confidence IS DISTINCT FROM OLD.initial_confidence OR
                NEW.initial_rationale IS DISTINCT FROM OLD.initial_rationale OR
                NEW.committed_at IS DISTINCT FROM OLD.committed_at OR
                NEW.claimed_at IS DISTINCT FROM OLD.claimed_at OR
                NEW.case_seq IS DISTINCT FROM OLD.case_seq OR
                NEW.reviewer_id IS DISTINCT FROM OLD.reviewer_id) THEN
                RAISE EXCEPTION 'a committed initial decision cannot change';
            END IF;
            IF OLD.status IN ('finalized', 'released', 'escalated', 'expired') THEN
                RAISE EXCEPTION 'a finished review cannot change';
            END IF;
            RETURN NEW;
        END $$)");
    statements << QStringLiteral("CREATE TRIGGER reviews_guarded BEFORE UPDATE OR DELETE ON "
                                 "reviews FOR EACH ROW EXECUTE FUNCTION reviews_guard()");
    statements << QStringLiteral("CREATE TRIGGER reviews_not_truncated BEFORE TRUNCATE ON reviews "
                                 "FOR EACH STATEMENT EXECUTE FUNCTION reviews_guard()");
    statements << postgresDdl(version4.at(10));
    return statements;
}();

// PostgreSQL's version 6: the same table, a trigger that refuses UPDATE, DELETE
// and TRUNCATE, and no privileges on the table for anyone but its owner (the
// role that migrates); `oversight-cli grant` gives an application role INSERT
// and SELECT on it and nothing else.
const QStringList version6Postgres = [] {
    QStringList statements;
    for (qsizetype i = 0; i <= 2; ++i)
        statements << postgresDdl(version6.at(i));
    statements << QStringLiteral(R"(CREATE FUNCTION audit_events_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                RAISE EXCEPTION 'the audit trail is append-only: events cannot change';
            END IF;
            RAISE EXCEPTION 'the audit trail is append-only: events cannot be deleted';
        END $$)");
    statements << QStringLiteral("CREATE TRIGGER audit_events_guarded BEFORE UPDATE OR DELETE ON "
                                 "audit_events FOR EACH ROW EXECUTE FUNCTION "
                                 "audit_events_append_only()");
    statements << QStringLiteral("CREATE TRIGGER audit_events_not_truncated BEFORE TRUNCATE ON "
                                 "audit_events FOR EACH STATEMENT EXECUTE FUNCTION "
                                 "audit_events_append_only()");
    statements << QStringLiteral("REVOKE ALL ON audit_events FROM PUBLIC");
    return statements;
}();

// PostgreSQL's version 7: the same tables, one trigger function for the
// append-only outbox, and the role CHECK changed in place.
const QStringList version7Postgres = [] {
    QStringList statements;
    for (qsizetype i = 0; i <= 2; ++i)
        statements << postgresDdl(version7.at(i));
    statements << QStringLiteral(R"(CREATE FUNCTION decision_records_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                RAISE EXCEPTION 'decision records cannot change';
            END IF;
            RAISE EXCEPTION 'decision records cannot be deleted';
        END $$)");
    statements << QStringLiteral("CREATE TRIGGER decision_records_guarded BEFORE UPDATE OR DELETE "
                                 "ON decision_records FOR EACH ROW EXECUTE FUNCTION "
                                 "decision_records_append_only()");
    statements << QStringLiteral("CREATE TRIGGER decision_records_not_truncated BEFORE TRUNCATE ON "
                                 "decision_records FOR EACH STATEMENT EXECUTE FUNCTION "
                                 "decision_records_append_only()");
    for (qsizetype i = 5; i <= 8; ++i)
        statements << postgresDdl(version7.at(i));
    statements << QStringLiteral(
        "ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check, ADD CONSTRAINT "
        "user_roles_role_check CHECK (role IN ('reviewer', 'compliance', 'admin', 'integration'))");
    return statements;
}();

// PostgreSQL's version 13: the claim path's index. SQLite's (queue, state) index
// entries end in the rowid, so the first queued case in seq order is found
// without a sort; PostgreSQL's do not, and its planner then walks every case in
// seq order past the finished ones. Only queued cases are in it: small, whatever
// the history.
const QStringList version13Postgres = {
    QStringLiteral("CREATE INDEX cases_queued_by_seq ON cases (queue, seq) WHERE state = 'queued'"),
};

// PostgreSQL's version 14: the append lock and the read of what it guards in one
// round trip (storage/dialect: prepareHeadRead, which passes the lock key). The
// lock must be held before the head is read, and a statement sees the rows
// committed when it started, so they cannot be one plain statement; a VOLATILE
// function's own statements each see what was committed when they start, after
// the lock.
const QStringList version14Postgres = {
    QStringLiteral(R"(CREATE FUNCTION audit_trail_head(lock_key bigint)
        RETURNS TABLE (seq bigint, hash text) LANGUAGE plpgsql VOLATILE AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock(lock_key);
            RETURN QUERY SELECT e.seq, e.hash FROM audit_events e ORDER BY e.seq DESC LIMIT 1;
        END $$)"),
    QStringLiteral(R"(CREATE FUNCTION decision_records_next_cursor(lock_key bigint)
        RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock(lock_key);
            RETURN coalesce((SELECT d.cursor + d.slots FROM decision_records d
                             ORDER BY d.cursor DESC LIMIT 1), 1);
        END $$)"),
};

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1, "accounts, routing policy, model versions, batches and cases", version1},
        {2, "indexes for queues, batches and duplicate detection", version2},
        {3, "login throttling, account events and settings", version3},
        {4, "blind review: review attempts, decision labels per batch", version4, nullptr,
         version4Postgres},
        {5, "analytics: review facts, imported review logs and the rollup", version5},
        {6, "hash-chained audit trail", version6, startAuditTrail, version6Postgres},
        {7, "decision records for export, sessions for scripts, the integration role", version7,
         nullptr, version7Postgres},
        {8, "fairness by group: protected attributes and the positive label", version8},
        {9, "independent double review: reviews per case, slots, adjudication", version9},
        {10, "known-answer cases and disclosed catch trials", version10},
        {11, "appeals: contesting a decision", version11},
        {12, "staged imports: reviewers keep working while a batch is stored", version12},
        {13, "the claim path's index on PostgreSQL", {}, nullptr, version13Postgres},
        {14,
         "the append lock and the head it guards in one call on PostgreSQL",
         {},
         nullptr,
         version14Postgres},
    };
    return list;
}

} // namespace

QStringList Migration::statementsFor(Engine engine) const {
    if (engine == Engine::Sqlite)
        return statements;
    if (!postgres.isEmpty())
        return postgres;
    QStringList translated;
    for (const QString& statement : statements)
        translated << postgresDdl(statement);
    return translated;
}

std::span<const Migration> allMigrations() {
    return migrations();
}

int latestSchemaVersion() {
    return migrations().back().version;
}

} // namespace oversight
