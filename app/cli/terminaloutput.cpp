#include "cli/terminaloutput.h"

#include <algorithm>

namespace oversight::cli {

TerminalOutput::TerminalOutput(FILE* stream) {
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::writeData(const char* data, qint64 size) {
    auto isControl = [](char byte) {
        const auto c = static_cast<unsigned char>(byte);
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
    };
    // Most output (all JSON) has none: written as it is, without a copy.
    const char* end = data + size;
    const char* first = std::find_if(data, end, isControl);
    if (first == end)
        return m_file.write(data, size) == size ? size : -1;
    QByteArray safe(data, first - data);
    safe.reserve(size + 16);
    for (const char* p = first; p != end; ++p) {
        if (isControl(*p)) {
            const auto c = static_cast<unsigned char>(*p);
            safe.append('^');
            safe.append(static_cast<char>(c == 0x7F ? '?' : c + 0x40));
        } else {
            safe.append(*p);
        }
    }
    if (m_file.write(safe) != safe.size())
        return -1;
    return size;
}

} // namespace oversight::cli
