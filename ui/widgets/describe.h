#pragma once

#include <QString>

class QWidget;

namespace oversight {

// What a control is for, said once for everyone: the tooltip a mouse user
// hovers for, the description a screen reader reads out, and What's This.
void describe(QWidget* control, const QString& description);

} // namespace oversight
