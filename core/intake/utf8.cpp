#include "intake/record.h"

namespace oversight {

// Qt 6.4 has no public validator, and decoding every field to QString just to
// check it would cost the import budget. Rejects overlongs, surrogates and > U+10FFFF.
bool isValidUtf8(QByteArrayView bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char minSecond = 0x80;
        unsigned char maxSecond = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                minSecond = 0xA0;
            else if (c == 0xED)
                maxSecond = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                minSecond = 0x90;
            else if (c == 0xF4)
                maxSecond = 0x8F;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        if (p[1] < minSecond || p[1] > maxSecond)
            return false;
        for (int i = 2; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += length;
    }
    return true;
}

} // namespace oversight
