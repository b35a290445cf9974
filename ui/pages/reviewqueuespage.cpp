#include "pages/reviewqueuespage.h"

#include "models/reviewerqueuemodel.h"
#include "review/reviewservice.h"
#include "widgets/colours.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

ReviewQueuesPage::ReviewQueuesPage(QSqlDatabase db, Session reviewer, QString preferredQueue,
                                   QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_reviewer(std::move(reviewer))
    , m_preferredQueue(std::move(preferredQueue))
    , m_model(new ReviewerQueueModel(this))
    , m_view(new QTableView(this))
    , m_start(new QPushButton(tr("&Start reviewing"), this))
    , m_notice(plainLabel(this))
    , m_state(plainLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Choose a queue and start. You will see each case's facts and decide on your own "
           "first; the model's recommendation is shown only after you commit your decision."),
        this);
    intro->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(messageStyleSheet(MessageKind::Notice, palette()));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Review queues"));
    m_view->setAccessibleDescription(tr("One row per queue you may review: cases waiting, and "
                                        "your own counts for today. Return starts reviewing the "
                                        "selected queue."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_start->isEnabled())
            m_start->click();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewQueuesPage::updateSelection);

    m_start->setDefault(true);
    m_start->setObjectName(QStringLiteral("startReviewing"));
    m_start->setToolTip(tr("Take the next case of the selected queue. You decide before you "
                           "see the model's recommendation."));
    m_start->setAccessibleDescription(m_start->toolTip());
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const QString queue = selectedQueue(); !queue.isEmpty())
            Q_EMIT startRequested(queue);
    });
    m_state->setObjectName(QStringLiteral("queueState"));
    m_state->setWordWrap(
        true); // the known-answer notice is long: it wraps, never widens the window

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_start);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);
}

QString ReviewQueuesPage::selectedQueue() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->data(current, Qt::UserRole).toString() : QString();
}

void ReviewQueuesPage::setNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ReviewQueuesPage::refresh() {
    const QString previous = m_model->queues().isEmpty() ? m_preferredQueue : selectedQueue();
    const Result<QList<ReviewerQueue>> queues = ReviewService(m_db).queues(m_reviewer);
    if (!queues) {
        setNotice(queues.error().message);
        return;
    }
    m_model->setQueues(queues.value());
    int row = 0;
    for (int i = 0; i < queues->size(); ++i) {
        if (queues->at(i).name == previous) {
            row = i;
            break;
        }
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    updateSelection();
}

void ReviewQueuesPage::updateSelection() {
    const QString queue = selectedQueue();
    qint64 pending = 0;
    qint64 total = 0;
    for (const ReviewerQueue& entry : m_model->queues()) {
        total += entry.pending;
        if (entry.name == queue)
            pending = entry.pending;
    }
    m_start->setEnabled(pending > 0);
    if (total == 0)
        m_state->setText(tr("No cases are waiting in any queue. Well done, or check back later."));
    else if (pending == 0)
        m_state->setText(tr("Nothing is waiting in the %1 queue.").arg(queue));
    else
        m_state->setText(
            tr("Waiting in the %1 queue: %2.").arg(queue, QLocale().toString(pending)));
    // Disclosed before the first case, too: this queue includes known-answer checks.
    if (const Result<QString> notice = ReviewService(m_db).knownAnswerNotice(queue);
        notice && !notice->isEmpty())
        m_state->setText(m_state->text() + u' ' + notice.value());
}

} // namespace oversight
