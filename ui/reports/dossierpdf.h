#pragma once

#include "dossier/casedossier.h"

#include <QIODevice>
#include <QPageSize>

namespace oversight {

// Renders a case dossier as PDF: the decision as it stands, the facts shown, the
// model's output, every human step with its times, decisions and rationales,
// the appeals, the decision records and the audit events with their hashes,
// and the chain head to check it against. Every text is plain (what people typed
// never becomes markup). Needs a QGuiApplication.
Status writeCaseDossierPdf(QIODevice& out, const CaseDossier& dossier,
                           QPageSize::PageSizeId pageSize = QPageSize::A4);

// Builds the dossier of one case and saves it as PDF at `path`, recorded in the
// trail (the pages that offer "Case Dossier...").
Status saveCaseDossierPdf(QSqlDatabase db, const Session& actor, const QString& externalId,
                          const QString& path, bool pseudonymise);

} // namespace oversight
