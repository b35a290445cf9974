#pragma once

// Shared by the fuzz targets: a way to split one input into parts, a device that
// hands its bytes over in small pieces (so every chunk boundary of a reader is
// exercised), and a check that stops the run with a message when a property fails.

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#define FUZZ_CHECK(condition, ...)                                                                 \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition);  \
            std::fprintf(stderr, __VA_ARGS__);                                                     \
            std::fprintf(stderr, "\n");                                                            \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace oversight::fuzz {

// Reads an input front to back: single bytes for choices, lines for text.
class FuzzInput {
public:
    FuzzInput(const uint8_t* data, size_t size)
        : m_bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)) {}

    uint8_t takeByte() {
        if (m_pos >= m_bytes.size())
            return 0;
        return static_cast<uint8_t>(m_bytes[m_pos++]);
    }
    // Up to the next newline (not included), or the rest.
    QByteArrayView takeLine() {
        const qsizetype begin = m_pos;
        while (m_pos < m_bytes.size() && m_bytes[m_pos] != '\n')
            ++m_pos;
        const QByteArrayView line = m_bytes.sliced(begin, m_pos - begin);
        if (m_pos < m_bytes.size())
            ++m_pos;
        return line;
    }
    QByteArrayView rest() {
        const QByteArrayView tail = m_bytes.sliced(m_pos);
        m_pos = m_bytes.size();
        return tail;
    }
    bool atEnd() const { return m_pos >= m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

// A sequential device over fixed bytes that returns at most `piece` bytes per read,
// as a pipe or a slow network share may.
class TrickleDevice final : public QIODevice {
public:
    TrickleDevice(QByteArray bytes, qint64 piece)
        : m_bytes(std::move(bytes))
        , m_piece(piece < 1 ? 1 : piece) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override {
        return m_bytes.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 n = std::min({maxSize, m_piece, qint64(m_bytes.size()) - m_pos});
        if (n <= 0)
            return m_pos >= m_bytes.size() ? -1 : 0;
        std::memcpy(data, m_bytes.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_piece;
    qint64 m_pos = 0;
};

} // namespace oversight::fuzz
