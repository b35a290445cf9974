#pragma once

#include <QString>

class QAbstractItemModel;
class QStandardItem;
class QTableView;
class QWidget;

namespace oversight {

// A read-only table of figures: whole rows selected, no tab trap, named and
// described for screen readers.
QTableView* makeTable(QWidget* parent, const QString& name, const QString& description);

// One read-only cell of such a table's model.
QStandardItem* figureCell(const QString& text);

// Shows `model` in `view` and deletes the one shown before.
void replaceModel(QTableView* view, QAbstractItemModel* model);

} // namespace oversight
