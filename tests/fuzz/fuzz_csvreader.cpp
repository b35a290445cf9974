// The CSV reader on arbitrary bytes, handed over in pieces of arbitrary size.
// Properties: no record holds more fields or a longer field than the limits;
// rows are numbered 1, 2, 3...; valid UTF-8 fields decode losslessly; the reader
// never claims more bytes than it was given.

#include "fuzzsupport.h"
#include "intake/csvreader.h"

#include <QStringDecoder>

using namespace oversight;
using namespace oversight::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzInput input(data, size);
    const qint64 piece = 1 + input.takeByte() * 7;
    const QByteArray bytes = input.rest().toByteArray();
    TrickleDevice device(bytes, piece);
    CsvReader reader(&device);

    QList<QString> columns;
    QString error;
    const bool hasHeader = reader.readHeader(columns, error);
    FUZZ_CHECK(hasHeader != !error.isEmpty(), "header %d with error '%s'", hasHeader,
               qPrintable(error));
    if (!hasHeader)
        return 0;
    FUZZ_CHECK(columns.size() <= maxFieldsPerRecord, "%lld header columns",
               static_cast<long long>(columns.size()));

    Record record;
    qint64 expectedRow = 1;
    while (reader.next(record)) {
        FUZZ_CHECK(record.row == expectedRow, "row %lld, expected %lld",
                   static_cast<long long>(record.row), static_cast<long long>(expectedRow));
        ++expectedRow;
        FUZZ_CHECK(record.fieldCount() >= 1 && record.fieldCount() <= maxFieldsPerRecord,
                   "%d fields", record.fieldCount());
        for (int i = 0; i < record.fieldCount(); ++i) {
            const QByteArrayView field = record.field(i);
            FUZZ_CHECK(field.size() <= maxFieldBytes, "field %d has %lld bytes", i,
                       static_cast<long long>(field.size()));
            // QString::fromUtf8 drops a leading byte-order mark; the decoder keeps it.
            if (isValidUtf8(field)) {
                QStringDecoder decoder(QStringDecoder::Utf8,
                                       QStringConverter::Flag::ConvertInitialBom);
                const QString text = decoder(field);
                FUZZ_CHECK(!decoder.hasError() && text.toUtf8() == field,
                           "valid UTF-8 does not round-trip");
            }
        }
        FUZZ_CHECK(record.problemColumn() < record.fieldCount() + 1, "problem column %d of %d",
                   record.problemColumn(), record.fieldCount());
    }
    FUZZ_CHECK(reader.bytesRead() <= bytes.size(), "read %lld of %lld bytes",
               static_cast<long long>(reader.bytesRead()), static_cast<long long>(bytes.size()));
    return 0;
}
