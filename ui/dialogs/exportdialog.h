#pragma once

#include "accounts/session.h"
#include "handoff/decisionexport.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace oversight {

class AppSettings;

// File > Export Decisions...: every change of a decision since a cursor, into a
// file. Remembers, per database on this computer, where the last export ended,
// and offers to continue from there.
class ExportDecisionsDialog : public QDialog {
    Q_OBJECT
public:
    ExportDecisionsDialog(QSqlDatabase db, const Session& session, AppSettings& settings,
                          const QString& databaseName, QWidget* parent = nullptr);

    // After a successful export: what was written.
    const ExportSummary& summary() const { return m_summary; }
    QString path() const;

    void accept() override;

private:
    void browse();
    void updateSince();

    QSqlDatabase m_db;
    Session m_session;
    AppSettings& m_settings;
    QString m_databaseName;
    qint64 m_lastCursor = 0;
    QCheckBox* m_sinceLast;
    QSpinBox* m_since;
    QComboBox* m_format;
    QLineEdit* m_path;
    QLabel* m_error;
    ExportSummary m_summary;
};

} // namespace oversight
