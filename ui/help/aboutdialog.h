#pragma once

#include <QDialog>

namespace oversight {

// Name, version, release date, what Oversight is for, its licence (the full text
// one click away) and the libraries it is built on with their versions.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

private:
    void showLicence();
};

} // namespace oversight
