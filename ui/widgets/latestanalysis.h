#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtConcurrentRun>
#include <functional>

namespace oversight {

// Runs a page's analysis on a worker thread and shows only the latest one:
// changes that come quickly are gathered (a short debounce), and a change
// while an analysis runs starts one more run, with the choices as they are
// then, once the running one ends; its stale result is dropped.
template <typename T>
class LatestAnalysis {
public:
    using Work = std::function<Result<T>()>;

    // `prepare` runs on the GUI thread at each start and returns the work for
    // the worker thread (which must open its own connection: a Qt SQL
    // connection belongs to the thread that opened it). `show` receives the
    // latest result on the GUI thread.
    LatestAnalysis(QObject* owner, std::function<Work()> prepare,
                   std::function<void(const Result<T>&)> show)
        : m_prepare(std::move(prepare))
        , m_show(std::move(show))
        , m_debounce(new QTimer(owner)) {
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(150);
        QObject::connect(m_debounce, &QTimer::timeout, owner, [this] { start(); });
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, owner, [this] { finished(); });
    }
    ~LatestAnalysis() { m_watcher.waitForFinished(); }
    LatestAnalysis(const LatestAnalysis&) = delete;
    LatestAnalysis& operator=(const LatestAnalysis&) = delete;

    void schedule() { m_debounce->start(); }

    void start() {
        if (m_watcher.isRunning()) {
            m_pending = true;
            return;
        }
        m_analysing = true;
        m_watcher.setFuture(QtConcurrent::run(m_prepare()));
    }

    // Until the latest result is shown (tests): the watcher reports through the event loop.
    void waitUntilShown() {
        while (m_analysing || m_pending || m_debounce->isActive()) {
            if (m_debounce->isActive()) {
                m_debounce->stop();
                start();
            }
            m_watcher.waitForFinished();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
    }

private:
    void finished() {
        m_analysing = false;
        if (m_pending) {
            m_pending = false;
            start();
            return;
        }
        m_show(m_watcher.result());
    }

    std::function<Work()> m_prepare;
    std::function<void(const Result<T>&)> m_show;
    QTimer* m_debounce;
    QFutureWatcher<Result<T>> m_watcher;
    bool m_pending = false;
    bool m_analysing = false; // from the start until the result is shown
};

} // namespace oversight
