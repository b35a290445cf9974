#include "widgets/colours.h"

#include <cmath>

namespace oversight {

namespace {

double linear(double channel) {
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour) {
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDarkPalette(const QPalette& palette) {
    return luminance(palette.color(QPalette::Window)) < 0.2;
}

QColor errorTextColour(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xff, 0x9e, 0x94) : QColor(0xa4, 0x26, 0x2c);
}

QColor successTextColour(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0x8f, 0xd6, 0x94) : QColor(0x1b, 0x5e, 0x20);
}

MessageColours messageColours(MessageKind kind, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    switch (kind) {
    case MessageKind::Error:
        return dark ? MessageColours{QColor(0xff, 0xb4, 0xab), QColor(0x3b, 0x1a, 0x1a),
                                     QColor(0x8c, 0x3b, 0x36)}
                    : MessageColours{QColor(0x61, 0x1a, 0x15), QColor(0xfd, 0xec, 0xea),
                                     QColor(0xf5, 0xc6, 0xcb)};
    case MessageKind::Notice:
        return dark ? MessageColours{QColor(0xa8, 0xc7, 0xfa), QColor(0x1a, 0x2a, 0x44),
                                     QColor(0x3a, 0x5a, 0x8c)}
                    : MessageColours{QColor(0x17, 0x4e, 0xa6), QColor(0xe8, 0xf0, 0xfe),
                                     QColor(0xae, 0xcb, 0xfa)};
    case MessageKind::Warning:
        break;
    }
    return dark ? MessageColours{QColor(0xff, 0xd8, 0xa8), QColor(0x3a, 0x2a, 0x10),
                                 QColor(0x8a, 0x64, 0x20)}
                : MessageColours{QColor(0x66, 0x3c, 0x00), QColor(0xff, 0xf4, 0xe5),
                                 QColor(0xff, 0xb7, 0x4d)};
}

QString messageStyleSheet(MessageKind kind, const QPalette& palette) {
    const MessageColours colours = messageColours(kind, palette);
    return QStringLiteral(
               "QLabel { background: %1; color: %2; border: 1px solid %3; padding: 8px; }")
        .arg(colours.background.name(), colours.text.name(), colours.border.name());
}

QString textColourStyleSheet(const QColor& colour) {
    return QStringLiteral("QLabel { color: %1; }").arg(colour.name());
}

} // namespace oversight
