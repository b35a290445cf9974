#include "review/reviewrules.h"

#include <QRegularExpression>

namespace oversight {

bool finalRationaleRequired(const QString& initialLabel, const QString& finalLabel,
                            const QString& modelLabel) {
    return finalLabel != initialLabel || finalLabel != modelLabel;
}

bool finalRationaleRequired(const QString& initialLabel, const QString& finalLabel,
                            const QString& modelLabel, bool appeal) {
    return appeal || finalRationaleRequired(initialLabel, finalLabel, modelLabel);
}

bool isValidQueueName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_-]{0,39}$"));
    return pattern.match(name).hasMatch();
}

} // namespace oversight
