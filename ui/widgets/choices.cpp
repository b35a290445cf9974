#include "widgets/choices.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <algorithm>

namespace oversight {

void fillChoices(QComboBox* box, const Result<QStringList>& values, const QString& all) {
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QString());
    if (values)
        for (const QString& value : values.value())
            box->addItem(value, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace oversight
