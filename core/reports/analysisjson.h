#pragma once

#include "agreement/agreementfigures.h"
#include "analytics/oversightreport.h"
#include "appeals/appealfigures.h"
#include "fairness/fairnessfigures.h"
#include "knownanswers/knownanswerfigures.h"

#include <QJsonObject>

namespace oversight {

// Every figure of an analysis as JSON: the document `analyze --json` prints and
// the "analysis" of a JSON audit report. Keys are listed in docs/AUDIT.md.
// With the figures by group: "fairness", and the agreement between independent
// reviewers: "agreement", the known-answer checks: "known_answers", the appeals:
// "appeals"; their
// warnings after the others.
QJsonObject analysisJson(const OversightReport& report, const FairnessAnalysis& fairness,
                         const AgreementFigures& agreement, const KnownAnswerFigures& knownAnswers,
                         const AppealFigures& appeals);

} // namespace oversight
