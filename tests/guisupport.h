#pragma once

// Helpers for driving modal dialogs in the GUI suites.
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

namespace oversight::test {

// Runs `fill` once a modal dialog of type D is shown and `ready` says so. Polls
// without blocking, so the dialog's own event loop keeps running meanwhile.
template <typename D>
void whenDialogOpens(std::function<void(D*)> fill, std::function<bool(D*)> ready = {}) {
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, fill, ready] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || (ready && !ready(dialog)))
            return;
        poll->stop();
        poll->deleteLater();
        fill(dialog);
    });
    poll->start(10);
}

inline void clickOk(QDialog* dialog) {
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace oversight::test
