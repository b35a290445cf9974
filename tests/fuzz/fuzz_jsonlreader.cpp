// The JSON Lines reader on arbitrary bytes, handed over in pieces of arbitrary
// size. Properties: every record has exactly the header's columns (a record the
// reader cannot read carries a problem instead of shifting values); rows are
// numbered 1, 2, 3...; the key scanner agrees with Qt's parser on every object
// whose keys are unique.

#include "fuzzsupport.h"
#include "intake/jsonlreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace oversight;
using namespace oversight::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzInput input(data, size);
    const qint64 piece = 1 + input.takeByte() * 7;
    const QByteArray bytes = input.rest().toByteArray();

    // The key scanner against Qt's parser, on the whole input as one text.
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        const QList<QString> keys = jsonObjectKeysInOrder(bytes);
        const QSet<QString> unique(keys.cbegin(), keys.cend());
        const QStringList parsedKeys = document.object().keys();
        if (unique.size() == keys.size())
            FUZZ_CHECK(unique == QSet<QString>(parsedKeys.cbegin(), parsedKeys.cend()),
                       "scanned keys '%s' differ from the parsed object's",
                       qPrintable(QStringList(keys).join(u'|')));
    }

    TrickleDevice device(bytes, piece);
    JsonlReader reader(&device);
    QList<QString> columns;
    QString error;
    const bool hasHeader = reader.readHeader(columns, error);
    FUZZ_CHECK(hasHeader != !error.isEmpty(), "header %d with error '%s'", hasHeader,
               qPrintable(error));
    if (!hasHeader)
        return 0;

    Record record;
    qint64 expectedRow = 1;
    while (reader.next(record)) {
        FUZZ_CHECK(record.row == expectedRow, "row %lld, expected %lld",
                   static_cast<long long>(record.row), static_cast<long long>(expectedRow));
        ++expectedRow;
        if (record.problem().isEmpty())
            FUZZ_CHECK(record.fieldCount() == columns.size(), "%d fields for %lld columns",
                       record.fieldCount(), static_cast<long long>(columns.size()));
    }
    FUZZ_CHECK(reader.bytesRead() <= bytes.size(), "read %lld of %lld bytes",
               static_cast<long long>(reader.bytesRead()), static_cast<long long>(bytes.size()));
    return 0;
}
