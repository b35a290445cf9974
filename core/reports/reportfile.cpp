#include "reports/reportfile.h"

#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
};

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString& name) {
    const QString lower = name.toLower();
    if (lower == u"pdf")
        return ReportFormat::Pdf;
    if (lower == u"csv")
        return ReportFormat::Csv;
    if (lower == u"json")
        return ReportFormat::Json;
    return std::nullopt;
}

QString reportFormatName(ReportFormat format) {
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

Status saveRecordedFile(QSqlDatabase db, const Session& actor, const QString& path,
                        QJsonObject details, const std::function<Status(QIODevice&)>& write) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (Status written = write(file); !written) {
        file.cancelWriting();
        return Error{Text::tr("%1 was not written: %2").arg(path, written.error().message)};
    }
    if (!file.commit())
        return Error{Text::tr("Cannot write %1: %2").arg(path, file.errorString())};

    QFile saved(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!saved.open(QIODevice::ReadOnly) || !hash.addData(&saved))
        return Error{Text::tr("Cannot read back %1: %2").arg(path, saved.errorString())};
    saved.close();

    details.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    details.insert(QStringLiteral("file_sha256"), QString::fromLatin1(hash.result().toHex()));
    Transaction transaction(db);
    Status recorded = transaction.begun()
                          ? appendAuditEvent(db,
                                             {actor.login, AuditAction::reportExported,
                                              QFileInfo(path).fileName(), details},
                                             utcNow())
                          : Status(Error{transaction.beginError()});
    if (recorded)
        recorded = transaction.commit();
    if (!recorded) {
        // An export the trail does not know of must not stay behind.
        QFile::remove(path);
        return Error{Text::tr("The export could not be recorded, so %1 was removed: %2")
                         .arg(path, recorded.error().message)};
    }
    return success();
}

Status saveReportFile(QSqlDatabase db, const Session& actor, const AuditReport& report,
                      ReportFormat format, const QString& path,
                      const std::function<Status(QIODevice&)>& write) {
    const AnalysisFilter& f = report.filter;
    return saveRecordedFile(db, actor, path,
                            {{QStringLiteral("format"), reportFormatName(format)},
                             {QStringLiteral("from"), f.from->toString(Qt::ISODate)},
                             {QStringLiteral("to"), f.to->toString(Qt::ISODate)},
                             {QStringLiteral("queue"), f.queue},
                             {QStringLiteral("model"), f.model},
                             {QStringLiteral("reviewer"), f.reviewer},
                             {QStringLiteral("cited_seq"), report.head.seq},
                             {QStringLiteral("cited_hash"), report.head.hash}},
                            write);
}

} // namespace oversight
