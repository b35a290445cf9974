#include "intake/columnmap.h"

#include <QCoreApplication>
#include <QHash>

namespace oversight {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ColumnMap)
};
} // namespace

Header Header::fromFileColumns(const QList<QString>& fileColumns) {
    Header header;
    QHash<QString, int> seen;
    for (int i = 0; i < fileColumns.size(); ++i) {
        QString name = fileColumns[i];
        if (name.isEmpty()) {
            name = Text::tr("column %1").arg(i + 1);
            header.renamedNotices
                << Text::tr("column %1 has no name; it is called '%2'").arg(i + 1).arg(name);
        }
        const int count = ++seen[name];
        if (count > 1) {
            QString unique;
            int suffix = count;
            do {
                unique = name + u'#' + QString::number(suffix++);
            } while (fileColumns.contains(unique) || header.names.contains(unique));
            header.renamedNotices << Text::tr("column %1 repeats the name '%2'; it is called '%3'")
                                         .arg(i + 1)
                                         .arg(name, unique);
            name = unique;
        }
        header.names << name;
    }
    return header;
}

Result<ColumnMap> mapColumns(const Header& header, const ImportOptions& options) {
    ColumnMap map;
    QStringList problems;
    QList<int> used;

    auto find = [&](const QString& name, const QString& option) {
        const int index = header.indexOf(name);
        if (index < 0)
            problems
                << Text::tr("%1 names column '%2', which the file does not have").arg(option, name);
        else if (used.contains(index))
            problems << Text::tr("%1 names column '%2', which is already mapped to another role")
                            .arg(option, name);
        else
            used << index;
        return index;
    };

    map.id = find(options.idColumn, QStringLiteral("--id-column"));
    map.label = find(options.labelColumn, QStringLiteral("--label-column"));
    if (!options.confidenceColumn.isEmpty() && !options.probabilityColumns.empty())
        problems << Text::tr("give either --confidence-column or --proba-columns, not both");
    if (!options.probabilityColumns.empty()) {
        QStringList labels;
        for (const auto& [label, column] : options.probabilityColumns) {
            if (labels.contains(label))
                problems << Text::tr("--proba-columns names label '%1' twice").arg(label);
            labels << label;
            map.probabilities << std::pair{label.toUtf8(),
                                           find(column, QStringLiteral("--proba-columns"))};
        }
        if (options.probabilityColumns.size() < 2)
            problems << Text::tr("--proba-columns needs at least two labels");
    } else {
        const QString column = options.confidenceColumn.isEmpty() ? QStringLiteral("confidence")
                                                                  : options.confidenceColumn;
        map.confidence = find(column, QStringLiteral("--confidence-column"));
    }
    if (!options.truthColumn.isEmpty())
        map.truth = find(options.truthColumn, QStringLiteral("--truth-column"));
    for (const QString& name : options.hiddenColumns)
        map.hidden << find(name, QStringLiteral("--hide"));
    if (QStringList unique = options.groups.columns; unique.removeDuplicates() > 0)
        problems << Text::tr("--group-columns names a column twice");
    for (const QString& name : options.groups.columns) {
        if (options.groups.show) {
            // Shown to reviewers, the column stays a fact as well.
            const int index = header.indexOf(name);
            if (index < 0)
                problems << Text::tr("%1 names column '%2', which the file does not have")
                                .arg(QStringLiteral("--group-columns"), name);
            map.groups << index;
        } else {
            map.groups << find(name, QStringLiteral("--group-columns"));
        }
    }
    for (const auto& [name, cuts] : options.groups.bands) {
        if (!options.groups.columns.contains(name))
            problems << Text::tr("--group-bands names column '%1', which --group-columns does "
                                 "not name")
                            .arg(name);
    }
    for (const QString& name : options.allowedLeakColumns) {
        if (header.indexOf(name) < 0)
            problems << Text::tr("--allow-leak names column '%1', which the file does not have")
                            .arg(name);
    }

    if (!problems.isEmpty()) {
        problems
            << Text::tr("the file's columns are: %1").arg(header.names.join(QStringLiteral(", ")));
        return Error{problems.join(QStringLiteral("; "))};
    }
    for (int i = 0; i < header.names.size(); ++i) {
        if (!used.contains(i))
            map.facts << i;
    }
    return map;
}

} // namespace oversight
