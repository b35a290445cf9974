#pragma once

#include "accounts/session.h"
#include "settings/sharedsettings.h"

#include <QDialog>
#include <QSqlDatabase>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace oversight {

class AppSettings;

// The settings in one place: this computer's (language, default review queue)
// and, with a database open, the ones everyone using it shares (organisation,
// analytics time zone, lease, warning thresholds), which only an administrator
// may change. OK stores both; a refused shared value keeps the dialog open,
// names the field and stores nothing of the database's.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // Without a database (`session` empty) only this computer's settings show.
    SettingsDialog(AppSettings& settings, QSqlDatabase db, const std::optional<Session>& session,
                   const QStringList& queues, QWidget* parent = nullptr);

    bool languageChanged() const { return m_languageChanged; }
    bool sharedChanged() const { return m_sharedChanged; }

    // For tests and the window: the controls.
    QComboBox* languageBox() const { return m_language; }
    QComboBox* defaultQueueBox() const { return m_defaultQueue; }
    QGroupBox* sharedGroup() const { return m_shared; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    QComboBox* zoneBox() const { return m_zone; }
    QSpinBox* leaseBox() const { return m_lease; }
    QSpinBox* sessionHoursBox() const { return m_sessionHours; }
    QDoubleSpinBox* overallThresholdBox() const { return m_overall; }
    QDoubleSpinBox* reviewerThresholdBox() const { return m_reviewer; }
    QDoubleSpinBox* passiveShareBox() const { return m_passiveShare; }
    QDoubleSpinBox* volumeRatioBox() const { return m_volumeRatio; }
    QDoubleSpinBox* trendLevelBox() const { return m_trendLevel; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    QGroupBox* makePersonalGroup(const QStringList& queues);
    QGroupBox* makeSharedGroup();
    void showShared(const SharedSettings& shared, bool editable);
    SharedSettings sharedFromForm() const;
    void showError(const QString& message);

    AppSettings& m_settings;
    QSqlDatabase m_db;
    std::optional<Session> m_session;
    std::optional<SharedSettings> m_stored;
    QComboBox* m_language = nullptr;
    QComboBox* m_defaultQueue = nullptr;
    QGroupBox* m_shared = nullptr;
    QLineEdit* m_organisation = nullptr;
    QComboBox* m_zone = nullptr;
    QLabel* m_zoneNote = nullptr;
    QSpinBox* m_lease = nullptr;
    QSpinBox* m_sessionHours = nullptr;
    QDoubleSpinBox* m_overall = nullptr;
    QDoubleSpinBox* m_reviewer = nullptr;
    QDoubleSpinBox* m_passiveShare = nullptr;
    QDoubleSpinBox* m_volumeRatio = nullptr;
    QDoubleSpinBox* m_trendLevel = nullptr;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_languageChanged = false;
    bool m_sharedChanged = false;
};

} // namespace oversight
