#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace oversight {

// The few colours the application sets itself (errors, notices, the reveal's
// disagreement banner), chosen per palette so text keeps WCAG AA contrast
// (4.5:1) in light and dark themes alike. Everything else is the palette's.

// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);

// Whether the palette's windows are dark (a dark theme).
bool isDarkPalette(const QPalette& palette);

QColor errorTextColour(const QPalette& palette);
QColor successTextColour(const QPalette& palette);

enum class MessageKind { Error, Notice, Warning };

struct MessageColours {
    QColor text;
    QColor background;
    QColor border;
};
MessageColours messageColours(MessageKind kind, const QPalette& palette);

// Style sheets for a QLabel: a boxed message, or text in one colour.
QString messageStyleSheet(MessageKind kind, const QPalette& palette);
QString textColourStyleSheet(const QColor& colour);

} // namespace oversight
