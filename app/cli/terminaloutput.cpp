#include "cli/terminaloutput.h"

namespace oversight::cli {

TerminalOutput::TerminalOutput(FILE* stream) {
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::writeData(const char* data, qint64 size) {
    QByteArray safe;
    safe.reserve(size);
    for (qint64 i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            safe.append('^');
            safe.append(static_cast<char>(c == 0x7F ? '?' : c + 0x40));
        } else {
            safe.append(static_cast<char>(c));
        }
    }
    if (m_file.write(safe) != safe.size())
        return -1;
    return size;
}

} // namespace oversight::cli
