#include "widgets/describe.h"

#include "widgets/plaintext.h"

#include <QWidget>

namespace oversight {

void describe(QWidget* control, const QString& description) {
    control->setToolTip(plainToolTip(description));
    control->setWhatsThis(plainToolTip(description));
    control->setAccessibleDescription(description);
}

} // namespace oversight
