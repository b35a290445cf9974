#pragma once

#include "common/result.h"
#include "intake/importoptions.h"

#include <QList>
#include <QString>

namespace oversight {

// A header whose names are unique: a name repeated in the file keeps its first
// occurrence and the later ones become "name#2", "name#3", ...; an empty name
// becomes "column N". Real exports repeat names; none may overwrite another.
struct Header {
    QList<QString> names;       // unique, in file order
    QStringList renamedNotices; // one per renamed column, for the import report

    static Header fromFileColumns(const QList<QString>& fileColumns);
    int indexOf(const QString& name) const { return names.indexOf(name); }
};

// Where each mapped role sits in the header, and which columns are facts.
struct ColumnMap {
    int id = -1;
    int label = -1;
    int confidence = -1;
    QList<std::pair<QByteArray, int>> probabilities; // label (UTF-8) -> column index
    int truth = -1;
    QList<int> hidden;
    QList<int> groups; // in the order of the options; facts as well when shown to reviewers
    QList<int> facts;  // every other column, file order
};

// Resolves the options against the header; an error names every missing column.
Result<ColumnMap> mapColumns(const Header& header, const ImportOptions& options);

} // namespace oversight
