#pragma once

#include "intake/columnmap.h"
#include "intake/record.h"

#include <QList>
#include <QString>
#include <optional>

namespace oversight {

struct Reject {
    qint64 row;     // 1 for the first data record
    QString column; // empty when the problem is the whole row
    QString reason;
};

// What one valid row says about its case, as UTF-8 views into the record (valid
// while the record is) and one reused buffer: a million rows allocate nothing here.
struct ParsedRow {
    QByteArrayView externalId;
    QByteArrayView label;
    double confidence = 0.0;
    QByteArray probabilitiesJson; // {"label":p,...}, empty without probability columns
    QByteArrayView truth;         // empty when the outcome is unknown
};

// Tolerance on the sum of per-label probabilities: exports round them.
constexpr double probabilitySumTolerance = 1e-3;

// Parses a decimal number; nullopt for empty text, trailing characters, NaN or infinity.
std::optional<double> parseFiniteNumber(QByteArrayView text);

// Checks one record against every rule and says why it fails, column by column.
class RowValidator {
public:
    RowValidator(const Header& header, const ColumnMap& map)
        : m_header(header)
        , m_map(map) {}

    // True and fills `row` when the record is valid; otherwise appends one reject
    // per problem found (all of them, not just the first).
    bool validate(const Record& record, ParsedRow& row, QList<Reject>& rejects) const;

private:
    QString columnName(int index) const;
    void checkProbabilities(const Record& record, ParsedRow& row, QList<Reject>& rejects) const;

    const Header& m_header;
    const ColumnMap& m_map;
};

} // namespace oversight
