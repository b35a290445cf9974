#pragma once

#include "common/result.h"
#include "handoff/decisionexport.h"

#include <QByteArray>
#include <QIODevice>
#include <future>
#include <memory>
#include <optional>

namespace oversight {

// One exported change of a decision, as UTF-8.
struct ExportRecord {
    qint64 cursor = 0;
    QByteArray externalId;
    QByteArray decision;
    QByteArray decidedBy;
    std::optional<QByteArray> reviewer;
    QByteArray decidedAt;
    QByteArray batch;
    QByteArray model;
    QByteArray modelVersion;
    std::optional<qint64> supersedes;
};

// Writes records as JSON Lines (one object per line, keys in the documented
// order) or as RFC 4180 CSV with a header (formulas neutralised as in reports),
// through a buffer, hashing the bytes on the way. SHA-256 costs as much as
// everything else an export does (about 150 MB/s), so each full buffer is hashed
// on a second thread while the next one fills.
class ExportWriter {
public:
    ExportWriter(QIODevice& out, ExportFormat format);
    ~ExportWriter();
    ExportWriter(const ExportWriter&) = delete;
    ExportWriter& operator=(const ExportWriter&) = delete;

    Status write(const ExportRecord& record);
    // Flushes the rest and returns the SHA-256 of everything written.
    Result<QString> finish();

private:
    Status flush();

    QIODevice& m_out;
    ExportFormat m_format;
    QByteArray m_buffer;
    QByteArray m_hashing; // the buffer the hashing thread reads
    std::future<void> m_hashed;
    struct HashState;
    std::unique_ptr<HashState> m_hash;
    bool m_headerWritten = false;
};

} // namespace oversight
