#include "cli/reportwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QLibrary>

namespace oversight::cli {

Result<QFunctionPointer> reportWriterFunction(const char* name) {
    // Found before a QCoreApplication exists (main asks for the GUI application),
    // so the program's folder comes from /proc, not applicationDirPath().
    const QString programFolder =
        QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    const QStringList candidates = {
        programFolder + QStringLiteral("/liboversight-reportwriter.so"),
        programFolder + QStringLiteral("/" OVERSIGHT_MODULE_DIR "/liboversight-reportwriter.so")};
    QStringList errors;
    for (const QString& path : candidates) {
        if (!QFile::exists(path))
            continue;
        QLibrary library(path);
        if (QFunctionPointer function = library.resolve(name))
            return function; // stays loaded: QLibrary does not unload on destruction
        errors << library.errorString();
    }
    return Error{
        QCoreApplication::translate("cli", "The report writer is missing (looked for %1): %2")
            .arg(candidates.join(QStringLiteral(", ")), errors.join(QStringLiteral("; ")))};
}

} // namespace oversight::cli
