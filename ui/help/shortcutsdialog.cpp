#include "help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oversight {

ShortcutsDialog::ShortcutsDialog(const QList<std::pair<QString, QList<ShortcutHelp>>>& groups,
                                 QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutList"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setAccessibleDescription(
        tr("Each group lists the keys and what they do; use the arrow keys to read them."));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Keys"), tr("Action")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    for (const auto& [title, lines] : groups) {
        auto* group = new QTreeWidgetItem(tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (const ShortcutHelp& line : lines)
            new QTreeWidgetItem(group, {line.keys, line.action});
    }
    tree->expandAll();
    tree->setMinimumSize(520, 420);
    layout->addWidget(tree);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    tree->setFocus();
}

QString mnemonicKeys(const QString& text) {
    return QKeySequence::mnemonic(text).toString(QKeySequence::NativeText);
}

QList<ShortcutHelp> shortcutsOf(const QList<QAction*>& actions) {
    QList<ShortcutHelp> lines;
    for (const QAction* action : actions) {
        if (action->menu()) {
            lines += shortcutsOf(action->menu()->actions());
            continue;
        }
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        if (text.endsWith(QStringLiteral("...")))
            text.chop(3);
        QStringList keys;
        for (const QKeySequence& sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        lines.append({keys.join(QStringLiteral(", ")), text});
    }
    return lines;
}

} // namespace oversight
