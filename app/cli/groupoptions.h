#pragma once

#include "cli/context.h"
#include "fairness/groupattributes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace oversight::cli {

// Comma-separated values of an option that may repeat, trimmed, empty ones dropped.
QStringList splitList(const QStringList& values);

// The options `import` and `import-reviews` share for the figures by group:
// --group-columns, --group-bands, --positive-label and, for decisions that
// reviewers see, --show-group-columns.
class GroupOptions {
public:
    explicit GroupOptions(bool withShow);
    void addTo(QCommandLineParser& parser) const;
    // The attributes, or the usage error to print.
    Result<GroupColumnsOptions> read(const QCommandLineParser& parser) const;

private:
    bool m_withShow;
    QCommandLineOption m_columns;
    QCommandLineOption m_bands;
    QCommandLineOption m_positiveLabel;
    QCommandLineOption m_show;
};

} // namespace oversight::cli
