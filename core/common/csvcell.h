#pragma once

#include <QByteArray>
#include <QString>

namespace oversight {

// One CSV cell (RFC 4180, UTF-8). A cell that a spreadsheet would run as a
// formula (starting with = + - @, a tab or a carriage return) gets a leading
// apostrophe, so exported data never executes.
QByteArray csvCell(const QString& value);
// The same cell appended to `out`, from UTF-8.
void appendCsvCell(QByteArray& out, QByteArrayView utf8);

// Cells joined with commas and ended with CRLF.
QByteArray csvLine(const QList<QString>& cells);

} // namespace oversight
