#pragma once

#include <QDialog>
#include <QKeySequence>

namespace oversight {

// One line of the shortcut overview: the keys and what they do.
struct ShortcutHelp {
    QString keys; // in the platform's native text, e.g. "Ctrl+Return"
    QString action;
};

// The keyboard shortcuts in force, by group ("Everywhere", "Review page", ...):
// opened with F1 or ?, closed with Escape.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<std::pair<QString, QList<ShortcutHelp>>>& groups,
                    QWidget* parent = nullptr);
};

// The keys of the mnemonic in a widget's text ("Re&lease..." -> "Alt+L"), as the
// platform writes them; empty when the text has none. Translations move
// mnemonics, so shortcuts shown to the user are always read this way.
QString mnemonicKeys(const QString& text);

// The menu's actions that have a shortcut, as overview lines (mnemonics and the
// trailing "..." removed).
QList<ShortcutHelp> shortcutsOf(const QList<QAction*>& actions);

} // namespace oversight
