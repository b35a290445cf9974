#include "intake/leakjudgement.h"

#include <QCoreApplication>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

QString scored(const ColumnAssociation& association) {
    return Text::tr("'%1' (score %2)").arg(association.column).arg(association.score, 0, 'f', 3);
}

// Judges one target's associations into `findings`; returns the refused columns.
QStringList judge(const LeakCheck& check, const ImportOptions& options, LeakFindings& findings) {
    const LeakCheckSettings& settings = check.settings();
    const QList<ColumnAssociation> associations = check.finish();
    findings.associations << associations;
    const bool model = check.target() == AssociationTarget::Model;
    if (check.rows() < settings.minimumRows) {
        findings.notices << (model ? Text::tr("leak check not applied: %1 accepted rows, fewer "
                                              "than the %2 it needs")
                                   : Text::tr("outcome leak check not applied: %1 accepted rows "
                                              "with a known outcome, fewer than the %2 it needs"))
                                .arg(check.rows())
                                .arg(settings.minimumRows);
        return {};
    }
    QStringList refused;
    for (const ColumnAssociation& association : associations) {
        const bool allowed = options.allowedLeakColumns.contains(association.column);
        if (association.score >= settings.refuseAt) {
            findings.leaks << association;
            if (!allowed)
                refused << scored(association);
            else
                findings.notices
                    << (model ? Text::tr("column '%1' predicts the model label (score %2) but is "
                                         "allowed by --allow-leak")
                              : Text::tr("column '%1' predicts the known outcome (score %2) but "
                                         "is allowed by --allow-leak"))
                           .arg(association.column)
                           .arg(association.score, 0, 'f', 3);
        } else if (association.score >= settings.noticeAt) {
            if (!allowed)
                findings.nearLeaks << association;
            findings.notices
                << (model ? Text::tr("column '%1' is strongly associated with the model's label "
                                     "(score %2): reviewers may infer it; hide it with --hide "
                                     "unless they need it")
                          : Text::tr("column '%1' is strongly associated with the known outcome "
                                     "(score %2): reviewers may infer it; hide it with --hide "
                                     "unless they need it"))
                       .arg(association.column)
                       .arg(association.score, 0, 'f', 3);
        }
    }
    return refused;
}

} // namespace

LeakFindings judgeLeaks(const LeakCheck& model, const LeakCheck* outcome,
                        const ImportOptions& options) {
    LeakFindings findings;
    const QStringList modelLeaks = judge(model, options, findings);
    const QStringList outcomeLeaks = outcome ? judge(*outcome, options, findings) : QStringList();
    QStringList reasons;
    if (!modelLeaks.isEmpty())
        reasons << Text::tr("fact columns predict the model's label and would show reviewers "
                            "the AI's answer before they commit: %1.")
                       .arg(modelLeaks.join(QStringLiteral(", ")));
    if (!outcomeLeaks.isEmpty())
        reasons << Text::tr("fact columns predict the known outcome and would show reviewers "
                            "the answer their accuracy is measured on: %1.")
                       .arg(outcomeLeaks.join(QStringLiteral(", ")));
    if (!reasons.isEmpty())
        findings.refusal = reasons.join(u' ') + u' ' +
                           Text::tr("Hide them with --hide, or, if reviewers must see them, "
                                    "allow them with --allow-leak.");
    return findings;
}

} // namespace oversight
