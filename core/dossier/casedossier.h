#pragma once

#include "accounts/session.h"
#include "appeals/appealservice.h"
#include "audit/chainverifier.h"
#include "common/result.h"
#include "review/claimedcase.h"

#include <QIODevice>
#include <QJsonObject>
#include <QSqlDatabase>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace oversight {

// One attempt at the case by one person, whatever became of it.
struct DossierReview {
    QString id;
    QString reviewer;
    QString queue;
    QString status; // finalized, released, escalated, expired, or still open
    int slot = 1;   // 0: an adjudication
    QString appealId;
    QString claimedAt;
    QString committedAt;
    QString initial;
    std::optional<int> initialConfidence;
    QString initialRationale;
    QString revealedAt;
    QString shown; // the recommendation the reveal showed
    QString final;
    QString finalRationale;
    QString finalizedAt;
    QString endedAt;
    QString endNote;
    QString escalatedTo;
};

// A change of the case's effective decision, as the export hands it on.
struct DossierDecision {
    qint64 cursor = 0;
    QString decidedBy; // model, review, adjudication, appeal
    QString decision;
    QString reviewer;
    QString decidedAt;
    std::optional<qint64> supersedes;
};

struct DossierEvent {
    qint64 seq = 0;
    QString at;
    QString actor;
    QString action;
    QString subject;
    QString hash;
};

// One decision's whole history (DESIGN.md, "Contesting a decision"): the
// document handed to a regulator or to the person the decision is about.
struct CaseDossier {
    QString caseId;
    QString externalId;
    QString batchId;
    QString sourceName;
    QString importedAt;
    QString importedBy;
    QString model;
    QString modelVersion;
    QString route;       // review, audit, automated
    QString routeReason; // below_threshold, audit_sample, at_or_above_threshold
    QString queue;
    QString state;
    QList<Fact> facts; // as reviewers saw them: hidden columns left out
    QStringList labels;
    QString modelLabel;
    double modelConfidence = 0.0;
    std::vector<std::pair<QString, double>> probabilities;
    QString effectiveDecision; // empty while the case waits for its first review
    QString effectiveDecider;  // model or a login
    QList<DossierReview> reviews;
    QList<DossierDecision> decisions;
    QList<AppealSummary> appeals;
    QList<DossierEvent> events;
    ChainHead head;
    QString generatedAt;
    QString generatedBy;
    bool pseudonymised = false;
};

// Compliance and administrators. With `pseudonymise` every login becomes
// "Person N", numbered in order of appearance (the model stays "model").
Result<CaseDossier> buildCaseDossier(QSqlDatabase db, const Session& actor,
                                     const QString& externalId, bool pseudonymise);

// The JSON dossier (keys in docs/AUDIT.md, "The case dossier").
QJsonObject caseDossierJson(const CaseDossier& dossier);

// Writes the dossier to `path` (pdf or json, drawn by `write`) and records the
// export: `report.exported` with `kind` case_dossier, the case, the head it cites.
Status saveCaseDossier(QSqlDatabase db, const Session& actor, const CaseDossier& dossier,
                       const QString& format, const QString& path,
                       const std::function<Status(QIODevice&)>& write);

} // namespace oversight
