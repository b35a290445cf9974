#pragma once

#include "accounts/session.h"
#include "analytics/analyticsservice.h"
#include "reports/reportfile.h"
#include "storage/connectionspec.h"
#include "widgets/latestanalysis.h"

#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace oversight {

class AuditTrailPanel;
class ReviewRecordModel;

// The compliance officer's view: KPI tiles, charts, warnings in plain language,
// and a drill-down to the reviews behind a reviewer or a warning. The analysis
// runs on a worker thread with its own connection, so the window never freezes.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    DashboardPage(ConnectionSpec database, QSqlDatabase db, Session officer,
                  QWidget* parent = nullptr);
    ~DashboardPage() override;

    // Re-reads the filter choices and analyses again.
    void refresh();
    // Waits for the running analysis (tests).
    void waitForAnalysis();

    AnalysisFilter filter() const;
    const std::optional<OversightReport>& report() const { return m_report; }
    QListWidget* warningsList() const { return m_warnings; }
    QTableView* reviewsTable() const { return m_reviewsTable; }
    ReviewRecordModel* reviewsModel() const { return m_reviewsModel; }
    bool showsReviews() const;
    QComboBox* reviewerFilter() const { return m_reviewer; }
    QLabel* stateLabel() const { return m_state; }

    // Shows the reviews of one reviewer (empty: all) under the current filter.
    void drillDown(const QString& reviewer);
    // Writes the drill-down table as CSV; false with a message shown on failure.
    bool exportReviews(const QString& path);
    // Saves the dossier of the selected drill-down row's case as PDF; false with a
    // message shown (e.g. a review from an imported log has no case here).
    bool saveDossier(const QString& path);
    // Writes the audit report of the filter's period, with a progress dialog;
    // false with a message shown on failure or cancel.
    bool exportReport(const QString& path, ReportFormat format);
    AuditTrailPanel* auditPanel() const { return m_audit; }
    // The charts' figures as tables (for screen readers and keyboard use).
    QCheckBox* tablesToggle() const { return m_asTables; }
    QTabWidget* chartTables() const { return m_tables; }

Q_SIGNALS:
    void analysisFinished();

private:
    void scheduleAnalysis();
    LatestAnalysis<OversightReport>::Work prepareAnalysis();
    void showReport(const Result<OversightReport>& result);
    void showCharts();
    void showTables();
    void showFigures();
    void openWarning(QListWidgetItem* item);
    void chooseExportFile();
    void chooseDossierFile();
    QString selectedCase() const;
    void chooseReportFile();

    ConnectionSpec m_spec; // the worker thread opens its own connection with it
    QSqlDatabase m_db;
    Session m_officer;
    AnalyticsService m_analytics;
    std::optional<OversightReport> m_report;

    QStackedWidget* m_views;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_queue;
    QComboBox* m_model;
    QComboBox* m_reviewer;
    QLabel* m_state;
    QLabel* m_tiles[5];
    QStackedWidget* m_chartArea;
    QScrollArea* m_chartsPage;
    QCheckBox* m_asTables;
    QTabWidget* m_tables;
    QLabel* m_emptyState;
    QChartView* m_reviewerView;
    QChartView* m_hourView;
    QChartView* m_workloadView;
    QChartView* m_trendView;
    QStringList m_reviewerOrder;
    QListWidget* m_warnings;
    QLabel* m_reviewsTitle;
    QTableView* m_reviewsTable;
    ReviewRecordModel* m_reviewsModel;
    QSortFilterProxyModel* m_sortedReviews;
    AuditTrailPanel* m_audit;
    LatestAnalysis<OversightReport> m_run; // last: it waits for its worker first
};

} // namespace oversight
