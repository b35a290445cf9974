#pragma once

#include <QWidget>

class QPushButton;

namespace oversight {

// What the window shows when no database is open yet (the first start): the
// ways to begin, each one button.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    QPushButton* createButton() const { return m_create; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* demoButton() const { return m_demo; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* connectButton() const { return m_connect; }

Q_SIGNALS:
    void createRequested();
    void importRequested();
    void demoRequested();
    void openRequested();
    void connectRequested();

private:
    QPushButton* m_create;
    QPushButton* m_import;
    QPushButton* m_demo;
    QPushButton* m_open;
    QPushButton* m_connect;
};

} // namespace oversight
