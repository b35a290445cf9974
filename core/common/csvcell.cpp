#include "common/csvcell.h"

#include <QList>

namespace oversight {

QByteArray csvCell(const QString& value) {
    QString text = value;
    if (!text.isEmpty() && (text[0] == u'=' || text[0] == u'+' || text[0] == u'-' ||
                            text[0] == u'@' || text[0] == u'\t' || text[0] == u'\r'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text.toUtf8();
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
