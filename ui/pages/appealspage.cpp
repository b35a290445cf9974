#include "pages/appealspage.h"

#include "accounts/permissions.h"
#include "reports/dossierpdf.h"
#include "widgets/colours.h"
#include "widgets/describe.h"
#include "widgets/figuretable.h"
#include "widgets/plaintext.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

namespace {

QString percent(const Proportion& p) {
    if (!p.rate)
        return /*: A rate without any appeal to compute it from. */ AppealsPage::tr("n/a");
    return AppealsPage::tr("%1 % (%2-%3 %)")
        .arg(QLocale().toString(*p.rate * 100, 'f', 0),
             QLocale().toString(p.low.value_or(0) * 100, 'f', 0),
             QLocale().toString(p.high.value_or(0) * 100, 'f', 0));
}

QString deciderText(const QString& decider) {
    return decider == u"model" ? AppealsPage::tr("the model") : visibleText(decider);
}

QString statusText(const AppealSummary& appeal) {
    if (appeal.outcome == u"reversed")
        return AppealsPage::tr("reversed");
    if (appeal.outcome == u"upheld")
        return AppealsPage::tr("upheld");
    return appeal.overdue ? AppealsPage::tr("OVERDUE") : AppealsPage::tr("pending");
}

// "2026-12-03 10:52 UTC": to the minute is what a deadline needs.
QString minuteText(const QString& iso) {
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : iso;
}

QTableView* figureView(QWidget* parent, QStandardItemModel* model, const QString& name) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    view->setAccessibleName(name);
    return view;
}

} // namespace

AppealsPage::AppealsPage(QSqlDatabase db, Session actor, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_message(plainLabel(this))
    , m_summary(plainLabel(this))
    , m_appealModel(new QStandardItemModel(this))
    , m_deciderModel(new QStandardItemModel(this))
    , m_dossier(new QPushButton(tr("Save D&ossier..."), this))
    , m_pseudonymise(new QCheckBox(tr("Pseudo&nymise"), this)) {
    setObjectName(QStringLiteral("appealsPage"));
    auto* layout = new QVBoxLayout(this);
    if (allows(m_actor, Permission::FileAppeals)) {
        auto* form = new QGroupBox(tr("File an appeal"), this);
        auto* fields = new QFormLayout(form);
        m_case = new QLineEdit(form);
        m_case->setObjectName(QStringLiteral("appealCase"));
        describe(m_case, tr("The external id of the decided case that is contested."));
        m_case->setAccessibleName(tr("Case"));
        m_statement = new QPlainTextEdit(form);
        m_statement->setObjectName(QStringLiteral("appealStatement"));
        m_statement->setTabChangesFocus(true);
        m_statement->setMaximumHeight(70);
        m_statement->setAccessibleName(tr("Statement"));
        describe(m_statement, tr("What the person who contests the decision says; the appeal's "
                                 "reviewer sees it with the case. Required."));
        m_requestedBy = new QLineEdit(form);
        m_requestedBy->setObjectName(QStringLiteral("appealRequestedBy"));
        m_requestedBy->setAccessibleName(tr("Requested by"));
        describe(m_requestedBy, tr("Who asked for the appeal (optional)."));
        m_repeat = new QCheckBox(tr("&Second appeal of the same case"), form);
        describe(m_repeat, tr("A case is appealed once; tick this to file another after the "
                              "first was decided."));
        m_file = new QPushButton(tr("Fil&e Appeal"), form);
        m_file->setObjectName(QStringLiteral("fileAppeal"));
        describe(m_file, tr("Send the case to the appeal queue, where a reviewer who never saw "
                            "it decides it again, blind."));
        fields->addRow(tr("&Case:"), m_case);
        fields->addRow(tr("S&tatement:"), m_statement);
        fields->addRow(tr("Requested b&y:"), m_requestedBy);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_repeat);
        buttons->addStretch();
        buttons->addWidget(m_file);
        fields->addRow(buttons);
        layout->addWidget(form);
        connect(m_file, &QPushButton::clicked, this, [this] { fileAppeal(); });
    }
    m_message->setObjectName(QStringLiteral("appealMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_summary->setObjectName(QStringLiteral("appealSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_appealModel->setHorizontalHeaderLabels({tr("Case"), tr("Filed"), tr("Against"),
                                              tr("Deadline"), tr("Status"), tr("Reviewer"),
                                              tr("Decision"), tr("Rationale"), tr("Statement")});
    m_appeals = figureView(this, m_appealModel, tr("Appeals"));
    m_appeals->setObjectName(QStringLiteral("appealTable"));
    m_appeals->horizontalHeader()->setStretchLastSection(true);
    // What people wrote can be long: a fixed width, the whole text on hover.
    m_appeals->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Interactive);
    m_appeals->setColumnWidth(7, 240);
    describe(m_appeals, tr("Every appeal, newest first; overdue ones are marked."));
    layout->addWidget(m_appeals, 3);

    auto* deciders = new QLabel(tr("Reversed on appeal, by who took the decision:"), this);
    layout->addWidget(deciders);
    m_deciderModel->setHorizontalHeaderLabels(
        {tr("Decided by"), tr("Appeals decided"), tr("Reversed")});
    m_deciders = figureView(this, m_deciderModel, tr("Reversals by decider"));
    m_deciders->setObjectName(QStringLiteral("deciderTable"));
    describe(m_deciders, tr("How often the decisions of the model and of each reviewer were "
                            "reversed on appeal, with a 95 % interval."));
    deciders->setBuddy(m_deciders);
    layout->addWidget(m_deciders, 1);

    auto* actions = new QHBoxLayout;
    describe(m_pseudonymise, tr("Name the people involved Person 1, Person 2 ... in the dossier: "
                                "a copy for the person the decision is about."));
    describe(m_dossier, tr("Save the whole history of the selected appeal's case as PDF."));
    m_dossier->setObjectName(QStringLiteral("saveDossier"));
    actions->addStretch();
    actions->addWidget(m_pseudonymise);
    actions->addWidget(m_dossier);
    layout->addLayout(actions);
    connect(m_dossier, &QPushButton::clicked, this, &AppealsPage::askAndSaveDossier);
    refresh();
}

void AppealsPage::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(
        messageStyleSheet(error ? MessageKind::Error : MessageKind::Notice, palette()));
    m_message->setVisible(!text.isEmpty());
}

void AppealsPage::refresh() {
    AppealService service(m_db);
    const Result<QList<AppealSummary>> appeals = service.list(m_actor);
    const Result<AppealFigures> figures = service.analyze(m_actor);
    if (!appeals || !figures) {
        showMessage(!appeals ? appeals.error().message : figures.error().message, true);
        return;
    }
    const QString current = selectedCase();
    m_appealModel->removeRows(0, m_appealModel->rowCount());
    const QColor overdue = messageColours(MessageKind::Error, palette()).background;
    for (const AppealSummary& appeal : appeals.value()) {
        QList<QStandardItem*> row{figureCell(visibleText(appeal.externalId)),
                                  figureCell(minuteText(appeal.filedAt)),
                                  figureCell(tr("%1 by %2")
                                                 .arg(visibleText(appeal.originalDecision),
                                                      deciderText(appeal.originalDecider))),
                                  figureCell(minuteText(appeal.deadline)),
                                  figureCell(statusText(appeal)),
                                  figureCell(visibleText(appeal.reviewer)),
                                  figureCell(visibleText(appeal.decision)),
                                  figureCell(visibleText(appeal.rationale)),
                                  figureCell(visibleText(appeal.statement))};
        row[7]->setToolTip(visibleText(appeal.rationale));
        row[8]->setToolTip(visibleText(appeal.statement));
        if (appeal.overdue)
            for (QStandardItem* cell : row)
                cell->setBackground(overdue);
        m_appealModel->appendRow(row);
    }
    m_deciderModel->removeRows(0, m_deciderModel->rowCount());
    for (const AppealReversals& decider : figures->byOriginalDecider)
        m_deciderModel->appendRow({figureCell(deciderText(decider.key)),
                                   figureCell(QString::number(decider.reversal.n)),
                                   figureCell(percent(decider.reversal))});
    const AppealFigures& f = figures.value();
    m_summary->setText(
        tr("%1 appeals filed, %2 pending (%3 overdue), %4 decided: %5 reversed. Median time to "
           "decide: %6.")
            .arg(f.filed)
            .arg(f.pending)
            .arg(f.overdue)
            .arg(f.resolved)
            .arg(percent(f.reversal), f.medianDaysToResolve ? tr("%1 days").arg(QLocale().toString(
                                                                  *f.medianDaysToResolve, 'f', 1))
                                                            : tr("n/a")));
    for (int row = 0; row < m_appealModel->rowCount(); ++row)
        if (m_appealModel->item(row, 0)->text() == current)
            m_appeals->selectRow(row);
    if (!m_appeals->selectionModel()->hasSelection() && m_appealModel->rowCount() > 0)
        m_appeals->selectRow(0);
    m_dossier->setEnabled(m_appealModel->rowCount() > 0);
}

bool AppealsPage::fileAppeal() {
    if (!m_case)
        return false;
    const Result<AppealSummary> filed =
        AppealService(m_db).file(m_actor, m_case->text().trimmed(), m_statement->toPlainText(),
                                 m_requestedBy->text(), m_repeat->isChecked());
    if (!filed) {
        showMessage(filed.error().message, true);
        return false;
    }
    showMessage(tr("Appeal filed against %1's decision %2 on case %3; it is due by %4.")
                    .arg(deciderText(filed->originalDecider), visibleText(filed->originalDecision),
                         visibleText(filed->externalId), minuteText(filed->deadline)),
                false);
    m_case->clear();
    m_statement->clear();
    m_requestedBy->clear();
    m_repeat->setChecked(false);
    refresh();
    return true;
}

QString AppealsPage::selectedCase() const {
    const QModelIndexList rows = m_appeals->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_appealModel->item(rows.first().row(), 0)->text();
}

Status AppealsPage::saveDossier(const QString& path, bool pseudonymise) {
    const QString externalId = selectedCase();
    if (externalId.isEmpty())
        return Error{tr("Select an appeal first.")};
    return saveCaseDossierPdf(m_db, m_actor, externalId, path, pseudonymise);
}

void AppealsPage::askAndSaveDossier() {
    const QString externalId = selectedCase();
    if (externalId.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Case Dossier"), tr("dossier-%1.pdf").arg(externalId), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status saved = saveDossier(path, m_pseudonymise->isChecked());
    showMessage(saved ? tr("Saved the dossier of case %1 to %2.").arg(externalId, path)
                      : saved.error().message,
                !saved);
}

} // namespace oversight
