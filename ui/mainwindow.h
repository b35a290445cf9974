#pragma once

#include "storage/database.h"

#include <QMainWindow>
#include <optional>

class QLabel;
class QTableView;

namespace oversight {

class BatchListModel;
class QueueDepthModel;

// The application's window on one database. For now an overview of the queues
// and of the import batches; the reviewer's and compliance pages come later.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database at `path`; on failure the window keeps what it had.
    Status openDatabase(const QString& path);
    void refresh();

    QueueDepthModel* queueModel() const { return m_queues; }
    BatchListModel* batchModel() const { return m_batches; }

private:
    void chooseDatabase();
    void showAbout();
    void showError(const QString& message);

    std::optional<Database> m_database;
    QueueDepthModel* m_queues;
    QTableView* m_queueView = nullptr;
    BatchListModel* m_batches;
    QLabel* m_automated;
    QLabel* m_message;
};

} // namespace oversight
