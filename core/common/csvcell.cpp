#include "common/csvcell.h"

#include <QList>

namespace oversight {

void appendCsvCell(QByteArray& out, QByteArrayView utf8) {
    const bool formula = !utf8.isEmpty() && (utf8[0] == '=' || utf8[0] == '+' || utf8[0] == '-' ||
                                             utf8[0] == '@' || utf8[0] == '\t' || utf8[0] == '\r');
    bool quoted = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quoted = true;
            break;
        }
    }
    if (!quoted && !formula) {
        out += utf8;
        return;
    }
    if (quoted)
        out += '"';
    if (formula)
        out += '\'';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quoted)
        out += '"';
}

QByteArray csvCell(const QString& value) {
    QByteArray cell;
    appendCsvCell(cell, value.toUtf8());
    return cell;
}

QByteArray csvLine(const QList<QString>& cells) {
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvCell(cells[i]);
    }
    line += "\r\n";
    return line;
}

} // namespace oversight
