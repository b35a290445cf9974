#include "dialogs/exportdialog.h"

#include "appsettings.h"
#include "widgets/describe.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace oversight {

ExportDecisionsDialog::ExportDecisionsDialog(QSqlDatabase db, const Session& session,
                                             AppSettings& settings, const QString& databaseName,
                                             QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_session(session)
    , m_settings(settings)
    , m_databaseName(databaseName)
    , m_lastCursor(settings.lastExportCursor(databaseName))
    , m_sinceLast(new QCheckBox(this))
    , m_since(new QSpinBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Export Decisions"));
    auto* intro = new QLabel(tr("Every change of a decision after a cursor, in the order it was "
                                "made: automated decisions when their batch was imported, and "
                                "finalized reviews. The system that acts on the decisions reads "
                                "the file; the export is recorded in the audit trail."),
                             this);
    intro->setWordWrap(true);

    m_sinceLast->setObjectName(QStringLiteral("sinceLastExport"));
    m_sinceLast->setText(m_lastCursor > 0
                             ? tr("&Only what is new since the last export from this computer "
                                  "(cursor %1)")
                                   .arg(m_lastCursor)
                             : tr("&Only what is new since the last export (none from this "
                                  "computer yet)"));
    m_sinceLast->setChecked(m_lastCursor > 0);
    m_sinceLast->setEnabled(m_lastCursor > 0);
    m_since->setObjectName(QStringLiteral("sinceCursor"));
    m_since->setRange(0, std::numeric_limits<int>::max());
    describe(m_since, tr("Records with a greater cursor are exported; 0 exports everything."));
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("JSON Lines (.jsonl)"), QStringLiteral("jsonl"));
    m_format->addItem(tr("CSV (.csv)"), QStringLiteral("csv"));
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setText(QDir::home().filePath(QStringLiteral("decisions.jsonl")));
    describe(m_path, tr("The file to write; it is written whole or not at all."));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &ExportDecisionsDialog::browse);
    connect(m_sinceLast, &QCheckBox::toggled, this, &ExportDecisionsDialog::updateSince);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QString suffix = m_format->currentData().toString();
        QString path = m_path->text();
        const qsizetype dot = path.lastIndexOf(u'.');
        if (dot > path.lastIndexOf(u'/'))
            path = path.left(dot);
        m_path->setText(path + u'.' + suffix);
    });
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_error->hide();

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(m_sinceLast);
    form->addRow(tr("&Since cursor:"), m_since);
    form->addRow(tr("&Format:"), m_format);
    // A row holding a layout gets no buddy from addRow: the label names its field.
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDecisionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDecisionsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateSince();
}

QString ExportDecisionsDialog::path() const {
    return m_path->text().trimmed();
}

void ExportDecisionsDialog::updateSince() {
    if (m_sinceLast->isChecked())
        m_since->setValue(static_cast<int>(std::min<qint64>(m_lastCursor, m_since->maximum())));
    m_since->setEnabled(!m_sinceLast->isChecked());
}

void ExportDecisionsDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Decisions"), m_path->text(),
        m_format->currentData().toString() == u"csv" ? tr("CSV files (*.csv)")
                                                     : tr("JSON Lines files (*.jsonl)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDecisionsDialog::accept() {
    if (path().isEmpty()) {
        m_error->setText(tr("Choose the file to write."));
        m_error->show();
        return;
    }
    ExportRequest request;
    request.since = m_sinceLast->isChecked() ? m_lastCursor : m_since->value();
    request.format =
        m_format->currentData().toString() == u"csv" ? ExportFormat::Csv : ExportFormat::Jsonl;
    QProgressDialog progress(tr("Exporting decisions..."), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ExportSummary> done =
        exportDecisionsToFile(m_db, m_session, request, path(), [&](qint64 records) {
            progress.setLabelText(tr("Exporting decisions: %L1 so far...").arg(records));
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    QApplication::restoreOverrideCursor();
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    m_summary = done.value();
    if (m_summary.nextCursor > m_lastCursor)
        m_settings.setLastExportCursor(m_databaseName, m_summary.nextCursor);
    QDialog::accept();
}

} // namespace oversight
