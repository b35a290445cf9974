#pragma once

#include "analytics/analyticsservice.h"
#include "cli/context.h"

namespace oversight::cli {

// The filter options `analyze` and `report` share: --from, --to, --queue,
// --model, --reviewer and --tz.
class FilterOptions {
public:
    FilterOptions();
    void addTo(QCommandLineParser& parser) const;
    // The filter, or the usage error to print; `datesRequired` for a report's period.
    Result<AnalysisFilter> read(const QCommandLineParser& parser, bool datesRequired) const;

private:
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_queue;
    QCommandLineOption m_model;
    QCommandLineOption m_reviewer;
    QCommandLineOption m_zone;
};

} // namespace oversight::cli
