#include "widgets/figuretable.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStandardItem>
#include <QTableView>

namespace oversight {

QTableView* makeTable(QWidget* parent, const QString& name, const QString& description) {
    auto* view = new QTableView(parent);
    view->setAccessibleName(name);
    view->setAccessibleDescription(description);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void replaceModel(QTableView* view, QAbstractItemModel* model) {
    QAbstractItemModel* old = view->model();
    view->setModel(model);
    delete old;
    view->resizeColumnsToContents();
}

QStandardItem* figureCell(const QString& text) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace oversight
