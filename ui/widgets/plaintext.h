#pragma once

#include <QMessageBox>
#include <QString>

class QLabel;
class QWidget;

namespace oversight {

// Data from files and from people (case facts, labels, names, messages that quote
// them) is shown as the characters it holds, never as markup or as a keyboard
// mnemonic: a fact "<b>x</b>" or a label "R&D" must read exactly so. Qt guesses
// rich text from content (Qt::AutoText) unless told otherwise; these helpers tell it.

// Data as a reviewer must see it: characters that would act on the text around
// them instead of showing (C0 controls, explicit bidirectional embeddings,
// overrides and isolates, zero-width spaces) become visible as their code point,
// "[U+001B]", "[U+202E]" (in any font). Without this, "\u202Eexe.live" reads as
// "evil.exe" and "c\u200B1" as "c1". Joiners (emoji, Indic and Arabic scripts) and
// the directional marks of right-to-left text stay as they are.
QString visibleText(const QString& data);

// A label that shows its text verbatim.
QLabel* plainLabel(QWidget* parent, const QString& text = {});
// Text for a button that includes data: '&' shown as itself, not as a mnemonic.
QString withoutMnemonic(const QString& text);
// A tooltip that shows the text verbatim (a tooltip is rich text when it looks like it).
QString plainToolTip(const QString& text);
// A message box whose text may quote data.
void showPlainMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                      const QString& text);

} // namespace oversight
