#pragma once

#include "fairness/groupattributes.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace oversight {

enum class InputFormat { Detect, Csv, JsonLines };

// Everything that says how to read one file of model decisions.
struct ImportOptions {
    QString filePath;
    InputFormat format = InputFormat::Detect;

    QString idColumn = QStringLiteral("id");
    QString labelColumn = QStringLiteral("label");
    // Either a confidence column or per-label probability columns; when neither is
    // given, a column named "confidence" is used.
    QString confidenceColumn;
    std::vector<std::pair<QString, QString>> probabilityColumns; // label -> column
    QString truthColumn;
    QStringList hiddenColumns;
    QStringList allowedLeakColumns;
    GroupColumnsOptions groups; // protected attributes, for the figures by group

    QString modelName = QStringLiteral("unnamed");
    QString modelVersion = QStringLiteral("unspecified");

    std::optional<double> threshold;
    std::optional<double> auditRate;
    std::optional<qint64> seed;

    // A known-answer set (DESIGN.md, "Known-answer cases"): cases whose correct
    // answer is the truth column, served to reviewers as checks and never decided.
    bool knownAnswers = false;

    bool strict = false;
    // Store nothing while a fact column is a near leak (neither hidden nor allowed):
    // the desktop asks the person first, then imports again with their choice.
    bool holdOnNearLeaks = false;
    bool force = false;
    QString rejectsPath;
};

} // namespace oversight
