#include "dialogs/settingsdialog.h"

#include "accounts/permissions.h"
#include "accounts/scriptsessions.h"
#include "appsettings.h"
#include "i18n/language.h"
#include "review/leasesetting.h"
#include "widgets/colours.h"
#include "widgets/describe.h"
#include "widgets/plaintext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>
#include <cmath>

namespace oversight {

namespace {

// A spin box for a share shown in percent (the stored value is 0..1).
QDoubleSpinBox* percentBox(double minimumPercent, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(minimumPercent, 100);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, QSqlDatabase db,
                               const std::optional<Session>& session, const QStringList& queues,
                               QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_db(std::move(db))
    , m_session(session)
    , m_error(plainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePersonalGroup(queues));
    if (m_session) {
        layout->addWidget(makeSharedGroup());
        const Result<SharedSettings> stored = readSharedSettings(m_db);
        if (stored) {
            m_stored = stored.value();
            showShared(stored.value(), allows(*m_session, Permission::ChangePolicy));
        } else {
            m_shared->setEnabled(false);
            showError(stored.error().message);
        }
    }
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textColourStyleSheet(errorTextColour(palette())));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_language->setFocus();
}

QGroupBox* SettingsDialog::makePersonalGroup(const QStringList& queues) {
    auto* group = new QGroupBox(tr("On this computer"), this);
    auto* form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(languageDisplayName(QString()), QString());
    for (const QString& code : availableLanguages())
        m_language->addItem(languageDisplayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    describe(m_language, tr("The language of the menus, pages and dialogs. It changes the next "
                            "time Oversight starts."));
    form->addRow(tr("&Language:"), m_language);

    m_defaultQueue = new QComboBox(group);
    m_defaultQueue->setObjectName(QStringLiteral("defaultQueueBox"));
    //: The default review queue: none chosen, the first queue in the list is selected.
    m_defaultQueue->addItem(tr("The first in the list"), QString());
    for (const QString& queue : queues)
        m_defaultQueue->addItem(visibleText(queue), queue);
    const QString chosen = m_settings.defaultQueue();
    if (!chosen.isEmpty() && m_defaultQueue->findData(chosen) < 0)
        m_defaultQueue->addItem(visibleText(chosen), chosen); // a queue of another database
    m_defaultQueue->setCurrentIndex(std::max(0, m_defaultQueue->findData(chosen)));
    describe(m_defaultQueue,
             tr("The queue selected on the review page when you sign in as a reviewer."));
    form->addRow(tr("Default review &queue:"), m_defaultQueue);
    return group;
}

QGroupBox* SettingsDialog::makeSharedGroup() {
    m_shared = new QGroupBox(tr("For everyone using this database"), this);
    m_shared->setObjectName(QStringLiteral("sharedSettings"));
    auto* form = new QFormLayout(m_shared);

    m_organisation = new QLineEdit(m_shared);
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    m_organisation->setMaxLength(maximumOrganisationNameLength);
    describe(m_organisation, tr("Printed on the title page of every audit report."));
    form->addRow(tr("&Organisation name:"), m_organisation);

    m_zone = new QComboBox(m_shared);
    m_zone->setObjectName(QStringLiteral("zoneBox"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    describe(m_zone, tr("The dashboards count calendar days and hours of the day in this zone, "
                        "for every user. It is fixed by the first review recorded."));
    m_zoneNote = plainLabel(m_shared);
    m_zoneNote->setWordWrap(true);
    auto* zoneColumn = new QVBoxLayout;
    zoneColumn->addWidget(m_zone);
    zoneColumn->addWidget(m_zoneNote);
    form->addRow(tr("Analytics &time zone:"), zoneColumn);
    static_cast<QLabel*>(form->labelForField(zoneColumn))->setBuddy(m_zone);

    m_lease = new QSpinBox(m_shared);
    m_lease->setObjectName(QStringLiteral("leaseBox"));
    m_lease->setRange(1, maximumLeaseMinutes);
    //: Suffix of a number of minutes, with its leading space.
    m_lease->setSuffix(tr(" min"));
    describe(m_lease, tr("How long a claimed case stays with its reviewer before it may go back "
                         "to the queue. Applies to the next claims."));
    form->addRow(tr("Review l&ease:"), m_lease);
    m_sessionHours = new QSpinBox(m_shared);
    m_sessionHours->setObjectName(QStringLiteral("sessionHoursBox"));
    m_sessionHours->setRange(1, maximumSessionHours);
    m_sessionHours->setSuffix(tr(" h"));
    describe(m_sessionHours, tr("How long a session started with 'oversight-cli login' lasts "
                                "before scripts need the password again."));
    form->addRow(tr("Script session &hours:"), m_sessionHours);

    m_overall = percentBox(0.1, m_shared);
    m_overall->setObjectName(QStringLiteral("overallThresholdBox"));
    describe(m_overall, tr("Warn when the team overrides the model in fewer reviews than this."));
    form->addRow(tr("Warn when the team's override rate is &below:"), m_overall);

    m_reviewer = percentBox(0.1, m_shared);
    m_reviewer->setObjectName(QStringLiteral("reviewerThresholdBox"));
    describe(m_reviewer, tr("A reviewer who overrides in fewer reviews than this counts as "
                            "passive."));
    form->addRow(tr("A reviewer is &passive below:"), m_reviewer);

    m_passiveShare = percentBox(1, m_shared);
    m_passiveShare->setObjectName(QStringLiteral("passiveShareBox"));
    describe(m_passiveShare, tr("Warn when more reviewers than this share are passive."));
    form->addRow(tr("Warn when passive reviewers are &more than:"), m_passiveShare);

    m_volumeRatio = new QDoubleSpinBox(m_shared);
    m_volumeRatio->setObjectName(QStringLiteral("volumeRatioBox"));
    m_volumeRatio->setRange(0.05, 1);
    m_volumeRatio->setDecimals(2);
    m_volumeRatio->setSingleStep(0.05);
    describe(m_volumeRatio, tr("Warn when the override rate on busy days falls below this "
                               "fraction of the rate on quiet days."));
    form->addRow(tr("Warn when busy days override less than (× quiet &days):"), m_volumeRatio);

    m_trendLevel = new QDoubleSpinBox(m_shared);
    m_trendLevel->setObjectName(QStringLiteral("trendLevelBox"));
    m_trendLevel->setRange(0.001, 0.5);
    m_trendLevel->setDecimals(3);
    m_trendLevel->setSingleStep(0.005);
    describe(m_trendLevel, tr("How sure the downward trend of the daily override rate must be "
                              "before it warns (its p-value is below this)."));
    form->addRow(tr("Trend warning &significance level:"), m_trendLevel);
    return m_shared;
}

void SettingsDialog::showShared(const SharedSettings& shared, bool editable) {
    m_organisation->setText(shared.organisationName);
    if (m_zone->findText(shared.analyticsZone) < 0)
        m_zone->insertItem(0, shared.analyticsZone); // an alias the list leaves out
    m_zone->setCurrentIndex(m_zone->findText(shared.analyticsZone));
    m_zone->setEnabled(editable && !shared.analyticsZoneFixed);
    m_zoneNote->setText(shared.analyticsZoneFixed
                            ? tr("Fixed: reviews are already counted in its days and hours.")
                            : tr("Not fixed yet: the first review recorded keeps it."));
    m_lease->setValue(shared.leaseMinutes);
    m_sessionHours->setValue(shared.sessionHours);
    m_overall->setValue(shared.thresholds.overallOverrideBelow * 100);
    m_reviewer->setValue(shared.thresholds.reviewerOverrideBelow * 100);
    m_passiveShare->setValue(shared.thresholds.passiveReviewerShare * 100);
    m_volumeRatio->setValue(shared.thresholds.highToLowRatio);
    m_trendLevel->setValue(shared.thresholds.trendPValue);
    if (!editable) {
        for (QWidget* control : m_shared->findChildren<QWidget*>()) {
            if (control->focusPolicy() != Qt::NoFocus)
                control->setEnabled(false);
        }
        auto* note = plainLabel(m_shared);
        note->setObjectName(QStringLiteral("sharedReadOnlyNote"));
        note->setText(tr("Only an administrator can change these."));
        static_cast<QFormLayout*>(m_shared->layout())->insertRow(0, note);
    }
}

SharedSettings SettingsDialog::sharedFromForm() const {
    SharedSettings shared = *m_stored;
    shared.organisationName = m_organisation->text().trimmed();
    shared.analyticsZone = m_zone->currentText();
    shared.leaseMinutes = m_lease->value();
    shared.sessionHours = m_sessionHours->value();
    // A box left alone keeps the stored value, which may be finer than the box shows.
    auto take = [](const QDoubleSpinBox* box, double& stored, double scale) {
        if (box->cleanText() != box->textFromValue(stored * scale))
            stored = std::round(box->value() / scale * 100000) / 100000;
    };
    take(m_overall, shared.thresholds.overallOverrideBelow, 100);
    take(m_reviewer, shared.thresholds.reviewerOverrideBelow, 100);
    take(m_passiveShare, shared.thresholds.passiveReviewerShare, 100);
    take(m_volumeRatio, shared.thresholds.highToLowRatio, 1);
    take(m_trendLevel, shared.thresholds.trendPValue, 1);
    return shared;
}

void SettingsDialog::accept() {
    if (m_session && m_stored && allows(*m_session, Permission::ChangePolicy)) {
        const SharedSettings wanted = sharedFromForm();
        if (Status saved = saveSharedSettings(m_db, *m_session, wanted); !saved) {
            showError(saved.error().message);
            return;
        }
        m_sharedChanged = true;
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings.language();
    if (m_languageChanged)
        m_settings.setLanguage(language);
    m_settings.setDefaultQueue(m_defaultQueue->currentData().toString());
    QDialog::accept();
}

void SettingsDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace oversight
