#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace oversight {

// Appends `utf8` (already valid UTF-8) as a JSON string literal. The import writes a
// million fact arrays; going through QJsonArray would convert every field to
// QString and back, which costs more than the rest of the row.
void appendJsonString(QByteArray& out, QByteArrayView utf8);

} // namespace oversight
