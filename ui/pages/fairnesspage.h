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
class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;
class QTimer;

namespace oversight {

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

    QComboBox* attributeChooser() const { return m_attribute; }
    QComboBox* secondAttributeChooser() const { return m_second; }
    QComboBox* metricChooser() const { return m_metric; }
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
    QCheckBox* m_asTables;
    QLabel* m_state;
    QLabel* m_effect;
    QStackedWidget* m_figuresArea;
    QChartView* m_chart;
    QTableView* m_figures;
    QLabel* m_emptyState;
    QListWidget* m_warnings;
    QTableView* m_disparities;
    LatestAnalysis<FairnessAnalysis> m_run; // last: it waits for its worker first
};

} // namespace oversight
