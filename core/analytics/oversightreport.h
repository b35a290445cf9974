#pragma once

#include "analytics/counts.h"
#include "analytics/figures/outcomefigures.h"
#include "analytics/figures/overridepatterns.h"
#include "analytics/figures/rates.h"
#include "analytics/figures/warnings.h"
#include "analytics/figures/workloadfigures.h"

#include <QString>

namespace oversight {

// The zone an analysis counted days and hours in, and whether the rollups (kept in
// the analytics zone) could serve it or the review facts had to be read.
struct ZoneUse {
    QString zone;
    QString analyticsZone;
    bool fromRollups = false;
};

// Every figure of an analysis: each family of figures computed in its own files
// under analytics/figures/ (with its JSON writer beside it), put together here.
struct OversightReport : OverridePatterns, OutcomeFigures {
    Workload workload;
    QList<Warning> warnings;
    WarningThresholds thresholds; // the ones the warnings used
    ZoneUse zoneUse;
};

// Every metric from tallies already filtered.
OversightReport computeReport(const ReportInput& input, const WarningThresholds& thresholds = {});

} // namespace oversight
