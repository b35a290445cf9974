#pragma once

#include <QString>

namespace oversight {

// A new random (version 4) UUID in canonical text form, for every row the
// application creates. The data's own identifiers are kept as external ids.
QString newId();
// The same as 36 Latin-1 bytes, for bulk paths that write UTF-8 directly.
QByteArray newIdLatin1();

// Current UTC time as ISO 8601 with milliseconds and a trailing Z.
QString utcNow();

} // namespace oversight
