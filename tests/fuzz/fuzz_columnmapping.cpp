// The column mapping on arbitrary headers and options. The first line of the input
// is the header (comma-separated names, as a file gives them); each further line
// names the column for one option in turn. Properties: the unique header keeps
// every column in order and repeats no name; a mapping that succeeds places every
// column exactly once (a role, hidden, or a fact) within the header; a mapping that
// fails says why.

#include "fuzzsupport.h"
#include "intake/columnmap.h"

#include <QSet>

using namespace oversight;
using namespace oversight::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzInput input(data, size);
    QList<QString> fileColumns;
    for (const QByteArray& name : input.takeLine().toByteArray().split(','))
        fileColumns << QString::fromUtf8(name);
    const Header header = Header::fromFileColumns(fileColumns);

    FUZZ_CHECK(header.names.size() == fileColumns.size(), "%lld names for %lld columns",
               static_cast<long long>(header.names.size()),
               static_cast<long long>(fileColumns.size()));
    const QSet<QString> unique(header.names.cbegin(), header.names.cend());
    FUZZ_CHECK(unique.size() == header.names.size(), "the header repeats a name");
    for (int i = 0; i < fileColumns.size(); ++i) {
        FUZZ_CHECK(!header.names[i].isEmpty(), "column %d has no name", i + 1);
        if (!fileColumns[i].isEmpty() && fileColumns.indexOf(fileColumns[i]) == i)
            FUZZ_CHECK(header.names[i] == fileColumns[i], "first '%s' was renamed",
                       qPrintable(fileColumns[i]));
    }

    auto nextName = [&input]() { return QString::fromUtf8(input.takeLine()); };
    ImportOptions options;
    options.idColumn = nextName();
    options.labelColumn = nextName();
    const uint8_t shape = input.takeByte();
    if (shape % 3 == 0) {
        options.confidenceColumn = nextName();
    } else if (shape % 3 == 1) {
        const int labels = shape % 5;
        for (int i = 0; i < labels; ++i)
            options.probabilityColumns.emplace_back(nextName(), nextName());
    }
    if (shape & 0x10)
        options.truthColumn = nextName();
    const int hidden = (shape >> 5) & 3;
    for (int i = 0; i < hidden; ++i)
        options.hiddenColumns << nextName();
    while (!input.atEnd())
        options.allowedLeakColumns << nextName();

    const Result<ColumnMap> mapped = mapColumns(header, options);
    if (!mapped) {
        FUZZ_CHECK(!mapped.error().message.isEmpty(), "a failed mapping without a reason");
        return 0;
    }
    const ColumnMap& map = mapped.value();
    QList<int> placed{map.id, map.label};
    if (map.confidence >= 0)
        placed << map.confidence;
    for (const auto& [label, column] : map.probabilities)
        placed << column;
    if (map.truth >= 0)
        placed << map.truth;
    placed << map.hidden << map.facts;
    std::sort(placed.begin(), placed.end());
    QList<int> everyColumn;
    for (int i = 0; i < header.names.size(); ++i)
        everyColumn << i;
    FUZZ_CHECK(placed == everyColumn, "columns placed %lld times for %lld columns",
               static_cast<long long>(placed.size()), static_cast<long long>(everyColumn.size()));
    return 0;
}
