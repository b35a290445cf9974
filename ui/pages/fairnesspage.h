#pragma once

#include "accounts/session.h"
#include "analytics/analyticsservice.h"
#include "fairness/fairnessfigures.h"
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
class QStackedWidget;
class QTableView;

namespace oversight {

class ReviewRecordModel;

// The compliance officer's view of fairness by group (DESIGN.md): for one
// protected attribute (or the intersection of two), each group's rate as the
// model, the decision that counts, the reviewer's blind and final decisions
// give it, with intervals; the disparities against the reference group; and
// whether review narrowed or widened each gap, in words. The analysis runs on
// a worker thread with its own connection.
class FairnessPage : public QWidget {
    Q_OBJECT
public:
    FairnessPage(ConnectionSpec database, QSqlDatabase db, Session officer,
                 QWidget* parent = nullptr);
    ~FairnessPage() override;

    void refresh();
    void waitForAnalysis(); // tests
    // Lists the finalized reviews of one group of the shown attribute (or
    // intersection) for the chosen model, newest first.
    void openGroupReviews(const QString& group);
    bool showsReviews() const;
    QTableView* reviewsTable() const { return m_reviewsTable; }
    QLabel* reviewsTitle() const { return m_reviewsTitle; }

    QComboBox* attributeChooser() const { return m_attribute; }
    QComboBox* secondAttributeChooser() const { return m_second; }
    QComboBox* metricChooser() const { return m_metric; }
    QComboBox* queueChooser() const { return m_queue; }
    QCheckBox* daysToggle() const { return m_useDates; }
    QDateEdit* firstDay() const { return m_from; }
    QDateEdit* lastDay() const { return m_to; }
    QCheckBox* tablesToggle() const { return m_asTables; }
    QTableView* figuresTable() const { return m_figures; }
    QTableView* disparityTable() const { return m_disparities; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* effectLabel() const { return m_effect; }
    QChartView* chartView() const { return m_chart; }
    QListWidget* warningsList() const { return m_warnings; }
    const std::optional<FairnessAnalysis>& analysis() const { return m_analysis; }

Q_SIGNALS:
    void analysisFinished();

private:
    LatestAnalysis<FairnessAnalysis>::Work prepareAnalysis();
    AnalysisFilter filter() const;
    void showAnalysis(const Result<FairnessAnalysis>& result);
    void showAttribute();
    void fillAttributes(const QStringList& known);
    const AttributeFairness* shownAttribute() const;

    ConnectionSpec m_spec;
    QSqlDatabase m_db;
    Session m_officer;
    std::optional<FairnessAnalysis> m_analysis;

    QComboBox* m_attribute;
    QComboBox* m_second;
    QComboBox* m_metric;
    QComboBox* m_model;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_queue;
    QCheckBox* m_asTables;
    QLabel* m_state;
    QLabel* m_effect;
    QStackedWidget* m_figuresArea;
    QChartView* m_chart;
    QTableView* m_figures;
    QLabel* m_emptyState;
    QListWidget* m_warnings;
    QTableView* m_disparities;
    QStackedWidget* m_views;
    QLabel* m_reviewsTitle;
    QTableView* m_reviewsTable;
    ReviewRecordModel* m_reviewsModel;
    LatestAnalysis<FairnessAnalysis> m_run; // last: it waits for its worker first
};

} // namespace oversight
