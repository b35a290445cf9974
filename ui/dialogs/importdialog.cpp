#include "dialogs/importdialog.h"

#include "widgets/colours.h"
#include "widgets/describe.h"
#include "widgets/plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace oversight {

namespace {

// The confidence box's entry for per-label probability columns ("p_<label>").
constexpr int probabilitiesRole = Qt::UserRole + 1;
const QString probabilityPrefix = QStringLiteral("p_");

QStringList probabilityColumns(const QStringList& columns) {
    QStringList found;
    for (const QString& column : columns) {
        if (column.startsWith(probabilityPrefix) && column.size() > probabilityPrefix.size())
            found << column;
    }
    return found;
}

// The first column whose name is one of `names` (any case), else -1.
int guess(const QStringList& columns, std::initializer_list<const char16_t*> names) {
    for (const char16_t* name : names) {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].compare(QString::fromUtf16(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

void fillColumns(QComboBox* box, const QStringList& columns, int selected) {
    box->clear();
    for (const QString& column : columns)
        box->addItem(visibleText(column), column);
    box->setCurrentIndex(std::max(0, selected));
}

} // namespace

ImportDialog::ImportDialog(QSqlDatabase db, Session admin, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_admin(std::move(admin))
    , m_file(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_id(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_confidence(new QComboBox(this))
    , m_truth(new QComboBox(this))
    , m_knownAnswers(
          new QCheckBox(tr("&Known-answer set: checks for reviewers, never decided"), this))
    , m_hidden(new QListWidget(this))
    , m_error(plainLabel(this))
    , m_leakPanel(new QWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import Decisions"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    describe(m_file, tr("A CSV or JSON Lines file of model decisions, one case per row."));
    auto* browseButton = new QPushButton(tr("&Browse..."), this);
    browseButton->setToolTip(tr("Choose the file to import."));
    browseButton->setAccessibleDescription(browseButton->toolTip());
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_model->setText(QStringLiteral("unnamed"));
    describe(m_model, tr("The model's name, as reports and filters show it."));
    m_version->setText(QStringLiteral("unspecified"));
    describe(m_version, tr("The model's version: analyses can compare versions."));
    describe(m_id, tr("The column with each case's own id."));
    describe(m_label, tr("The column with the decision the model made."));
    describe(m_confidence, tr("How sure the model was: one confidence column, or one probability "
                              "column per decision named p_<decision>."));
    describe(m_truth, tr("The real outcome, where known: lets the dashboard measure accuracy."));
    m_knownAnswers->setObjectName(QStringLiteral("knownAnswers"));
    describe(m_knownAnswers,
             tr("The file holds cases whose correct answer is the known outcome. They are served "
                "to reviewers as checks at each queue's known-answer rate and are never decided, "
                "exported or counted in the other figures."));
    m_hidden->setObjectName(QStringLiteral("hiddenColumns"));
    m_hidden->setAccessibleName(tr("Hidden from reviewers"));
    describe(m_hidden, tr("Columns reviewers must never see, such as scores that give the "
                          "model's decision away."));
    m_hidden->setMaximumHeight(140);
    m_hidden->setMinimumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("Case id co&lumn:"), m_id);
    form->addRow(tr("&Decision column:"), m_label);
    form->addRow(tr("&Confidence:"), m_confidence);
    form->addRow(tr("Known &outcome:"), m_truth);
    form->addRow(QString(), m_knownAnswers);
    form->addRow(tr("&Hidden from reviewers:"), m_hidden);
    static_cast<QLabel*>(form->labelForField(fileRow))->setBuddy(m_file);

    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textColourStyleSheet(errorTextColour(palette())));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_leakPanel->setObjectName(QStringLiteral("leakPanel"));
    m_leakPanel->setAccessibleName(tr("Columns that give answers away"));
    new QVBoxLayout(m_leakPanel);
    m_leakPanel->layout()->setContentsMargins(0, 0, 0, 0);
    m_leakPanel->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    for (QComboBox* box : {m_id, m_label, m_confidence, m_truth})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::listFactColumns);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_leakPanel);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
    browseButton->setFocus();
}

void ImportDialog::browse() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Decisions"), {},
                                     tr("Decision files (*.csv *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString& path) {
    m_error->hide();
    showLeaks({});
    m_holdOnNearLeaks = true;
    const Result<QStringList> columns = readFileColumns(path);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(columns.ok());
    if (!columns) {
        showError(columns.error().message);
        return;
    }
    m_file->setText(QDir::toNativeSeparators(path));
    m_columns = columns.value();
    if (m_model->text() == u"unnamed")
        m_model->setText(QFileInfo(path).completeBaseName());
    fillColumns(m_id, m_columns, guess(m_columns, {u"id", u"case_id", u"application_id"}));
    fillColumns(m_label, m_columns, guess(m_columns, {u"label", u"decision", u"prediction"}));
    m_confidence->clear();
    for (const QString& column : m_columns)
        m_confidence->addItem(visibleText(column), column);
    if (!probabilityColumns(m_columns).isEmpty()) {
        m_confidence->insertItem(0, tr("One probability per decision (p_ columns)"));
        m_confidence->setItemData(0, true, probabilitiesRole);
        m_confidence->setCurrentIndex(0);
    } else {
        m_confidence->setCurrentIndex(
            std::max(0, guess(m_columns, {u"confidence", u"score", u"probability"})));
    }
    m_truth->clear();
    //: No column holds the known outcome.
    m_truth->addItem(tr("None"), QString());
    for (const QString& column : m_columns)
        m_truth->addItem(visibleText(column), column);
    m_truth->setCurrentIndex(guess(m_columns, {u"outcome", u"truth", u"ground_truth"}) + 1);
    m_hidden->clear();
    listFactColumns();
}

QStringList ImportDialog::mappedColumns() const {
    QStringList mapped{m_id->currentData().toString(), m_label->currentData().toString(),
                       m_truth->currentData().toString()};
    if (m_confidence->currentData(probabilitiesRole).toBool())
        mapped << probabilityColumns(m_columns);
    else
        mapped << m_confidence->currentData().toString();
    return mapped;
}

void ImportDialog::listFactColumns() {
    // Only the facts can be hidden: the mapped columns never reach a reviewer.
    QStringList checked;
    for (int i = 0; i < m_hidden->count(); ++i) {
        if (m_hidden->item(i)->checkState() == Qt::Checked)
            checked << m_hidden->item(i)->data(Qt::UserRole).toString();
    }
    m_hidden->clear();
    const QStringList mapped = mappedColumns();
    for (const QString& column : std::as_const(m_columns)) {
        if (mapped.contains(column))
            continue;
        auto* item = new QListWidgetItem(visibleText(column), m_hidden);
        item->setData(Qt::UserRole, column);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
}

ImportOptions ImportDialog::options() const {
    ImportOptions options;
    options.filePath = QDir::fromNativeSeparators(m_file->text());
    options.modelName = m_model->text().trimmed();
    options.modelVersion = m_version->text().trimmed();
    options.idColumn = m_id->currentData().toString();
    options.labelColumn = m_label->currentData().toString();
    if (m_confidence->currentData(probabilitiesRole).toBool()) {
        for (const QString& column : probabilityColumns(m_columns))
            options.probabilityColumns.emplace_back(column.mid(probabilityPrefix.size()), column);
    } else {
        options.confidenceColumn = m_confidence->currentData().toString();
    }
    options.truthColumn = m_truth->currentData().toString();
    options.knownAnswers = m_knownAnswers->isChecked();
    for (int i = 0; i < m_hidden->count(); ++i) {
        if (m_hidden->item(i)->checkState() == Qt::Checked)
            options.hiddenColumns << m_hidden->item(i)->data(Qt::UserRole).toString();
    }
    options.holdOnNearLeaks = m_holdOnNearLeaks;
    return options;
}

void ImportDialog::accept() {
    m_error->hide();
    QProgressDialog progress(tr("Importing %1...").arg(QFileInfo(m_file->text()).fileName()),
                             tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(tr("Import Decisions"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    m_report = Importer(m_db).run(m_admin, options(), [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        return !progress.wasCanceled();
    });
    progress.reset();
    showLeaks(m_report);
    if (!m_report.ok()) {
        // The core's reasons name command-line options; here the remedy is a button.
        if (!m_report.leaks.isEmpty()) {
            showError(tr("%1 was not imported: the columns below give the model's decision or "
                         "the known outcome away, so reviewers would see the answer before they "
                         "judge. Hide them, then import again. Nothing was stored.")
                          .arg(QFileInfo(m_file->text()).fileName()));
        } else if (!m_report.nearLeaks.isEmpty()) {
            m_holdOnNearLeaks = false;
            showError(tr("Some columns are strongly associated with the model's decision or the "
                         "known outcome: reviewers may infer it from them. Hide them, or choose "
                         "Import again to show them to reviewers."));
        } else {
            showError(m_report.error);
        }
        // Room for the list of columns and the findings below it.
        resize(width(), std::max(height(), sizeHint().height()));
        return;
    }
    QDialog::accept();
}

QString ImportDialog::summary(const ImportReport& report) {
    const QLocale locale;
    QString text =
        tr("Imported %1 decisions: %2 to review, %3 automated (%4 of them sampled for "
           "audit).")
            .arg(locale.toString(report.accepted), locale.toString(report.routedReview),
                 locale.toString(report.routedAutomated), locale.toString(report.routedAudit));
    if (report.rejected > 0) {
        text +=
            u'\n' + tr("Rows rejected and not imported: %1").arg(locale.toString(report.rejected));
        for (const Reject& reject : report.rejects.mid(0, 10)) {
            text +=
                u'\n' + (reject.column.isEmpty()
                             ? tr("row %1: %2").arg(locale.toString(reject.row), reject.reason)
                             : tr("row %1, column %2: %3")
                                   .arg(locale.toString(reject.row), reject.column, reject.reason));
        }
        if (report.rejected > 10)
            text += u'\n' + QStringLiteral("\u2026");
    }
    // What the person chose to let through (a near leak shown to reviewers) stays
    // in view after the import, not only in the dialog that is gone.
    for (const QString& notice : report.notices)
        text += u'\n' + tr("Note: %1").arg(notice);
    return text;
}

void ImportDialog::showLeaks(const ImportReport& report) {
    while (QLayoutItem* item = m_leakPanel->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Once stored, an allowed leak or a near leak let through is not worth a button.
    const bool decide = !report.ok() && (!report.leaks.isEmpty() || !report.nearLeaks.isEmpty());
    m_leakPanel->setVisible(decide);
    if (!decide)
        return;
    for (const ColumnAssociation& leak : report.leaks)
        addLeakRow(leak, true);
    for (const ColumnAssociation& nearLeak : report.nearLeaks)
        addLeakRow(nearLeak, false);
}

void ImportDialog::addLeakRow(const ColumnAssociation& association, bool givesAway) {
    const bool model = association.target == AssociationTarget::Model;
    const QString what =
        givesAway ? (model ? tr("%1 gives the model's decision away (score %2).")
                           : tr("%1 gives the known outcome away (score %2)."))
                  : (model ? tr("%1 is strongly associated with the model's decision (score %2): "
                                "reviewers may infer it.")
                           : tr("%1 is strongly associated with the known outcome (score %2): "
                                "reviewers may infer it."));
    auto* row = new QWidget(m_leakPanel);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto* text = plainLabel(row);
    text->setWordWrap(true);
    text->setText(
        what.arg(visibleText(association.column), QLocale().toString(association.score, 'f', 2)));
    auto* hide = new QPushButton(tr("Hide from reviewers"), row);
    hide->setObjectName(QStringLiteral("hide:") + association.column);
    describe(hide, tr("Keep %1 in the database but never show it to reviewers.")
                       .arg(visibleText(association.column)));
    const QString column = association.column;
    connect(hide, &QPushButton::clicked, this, [this, column, hide] {
        hideColumn(column);
        hide->setEnabled(false);
        hide->setText(tr("Hidden"));
    });
    rowLayout->addWidget(text, 1);
    rowLayout->addWidget(hide);
    m_leakPanel->layout()->addWidget(row);
}

void ImportDialog::hideColumn(const QString& column) {
    for (int i = 0; i < m_hidden->count(); ++i) {
        if (m_hidden->item(i)->data(Qt::UserRole).toString() == column)
            m_hidden->item(i)->setCheckState(Qt::Checked);
    }
}

void ImportDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace oversight
