#include "handoff/exportwriter.h"

#include "common/csvcell.h"
#include "common/jsontext.h"

#include <QCoreApplication>
#include <sodium.h>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DecisionExport)
};

constexpr qsizetype flushAtBytes = 1 << 20;

const char* const columnNames[] = {"cursor",        "external_id", "decision", "decided_by",
                                   "reviewer",      "decided_at",  "batch",    "model",
                                   "model_version", "supersedes"};

void appendCsvHeader(QByteArray& out) {
    for (const char* name : columnNames) {
        if (name != columnNames[0])
            out += ',';
        out += name;
    }
    out += "\r\n";
}

void appendJsonField(QByteArray& out, const char* name, QByteArrayView value) {
    out += '"';
    out += name;
    out += "\":";
    appendJsonString(out, value);
}

void appendJsonNumberOrNull(QByteArray& out, const char* name, std::optional<qint64> value) {
    out += '"';
    out += name;
    out += "\":";
    if (value)
        out += QByteArray::number(*value);
    else
        out += "null";
}

} // namespace

struct ExportWriter::HashState {
    crypto_hash_sha256_state state;
};

ExportWriter::ExportWriter(QIODevice& out, ExportFormat format)
    : m_out(out)
    , m_format(format)
    , m_hash(std::make_unique<HashState>()) {
    m_buffer.reserve(flushAtBytes + 4096);
    m_hashing.reserve(flushAtBytes + 4096);
    crypto_hash_sha256_init(&m_hash->state);
}

ExportWriter::~ExportWriter() {
    if (m_hashed.valid())
        m_hashed.wait();
}

Status ExportWriter::write(const ExportRecord& r) {
    QByteArray& out = m_buffer;
    if (m_format == ExportFormat::Jsonl) {
        out += "{\"cursor\":";
        out += QByteArray::number(r.cursor);
        out += ',';
        appendJsonField(out, "external_id", r.externalId);
        out += ',';
        appendJsonField(out, "decision", r.decision);
        out += ',';
        appendJsonField(out, "decided_by", r.decidedBy);
        out += ",\"reviewer\":";
        if (r.reviewer)
            appendJsonString(out, *r.reviewer);
        else
            out += "null";
        out += ',';
        appendJsonField(out, "decided_at", r.decidedAt);
        out += ',';
        appendJsonField(out, "batch", r.batch);
        out += ',';
        appendJsonField(out, "model", r.model);
        out += ',';
        appendJsonField(out, "model_version", r.modelVersion);
        out += ',';
        appendJsonNumberOrNull(out, "supersedes", r.supersedes);
        out += "}\n";
    } else {
        if (!m_headerWritten) {
            appendCsvHeader(out);
            m_headerWritten = true;
        }
        out += QByteArray::number(r.cursor);
        for (QByteArrayView cell : {QByteArrayView(r.externalId), QByteArrayView(r.decision),
                                    QByteArrayView(r.decidedBy)}) {
            out += ',';
            appendCsvCell(out, cell);
        }
        out += ',';
        if (r.reviewer)
            appendCsvCell(out, *r.reviewer);
        for (QByteArrayView cell : {QByteArrayView(r.decidedAt), QByteArrayView(r.batch),
                                    QByteArrayView(r.model), QByteArrayView(r.modelVersion)}) {
            out += ',';
            appendCsvCell(out, cell);
        }
        out += ',';
        if (r.supersedes)
            out += QByteArray::number(*r.supersedes);
        out += "\r\n";
    }
    return out.size() >= flushAtBytes ? flush() : success();
}

Status ExportWriter::flush() {
    if (m_buffer.isEmpty())
        return success();
    if (m_out.write(m_buffer) != m_buffer.size())
        return Error{Text::tr("Writing the export failed: %1").arg(m_out.errorString())};
    if (m_hashed.valid())
        m_hashed.wait();
    std::swap(m_buffer, m_hashing);
    m_buffer.clear(); // keeps its capacity
    m_hashed = std::async(std::launch::async, [this] {
        crypto_hash_sha256_update(&m_hash->state,
                                  reinterpret_cast<const unsigned char*>(m_hashing.constData()),
                                  static_cast<unsigned long long>(m_hashing.size()));
    });
    return success();
}

Result<QString> ExportWriter::finish() {
    // A CSV export of no records still says what its columns are.
    if (m_format == ExportFormat::Csv && !m_headerWritten) {
        appendCsvHeader(m_buffer);
        m_headerWritten = true;
    }
    if (Status flushed = flush(); !flushed)
        return flushed.error();
    if (m_hashed.valid())
        m_hashed.wait();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&m_hash->state, digest);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

} // namespace oversight
