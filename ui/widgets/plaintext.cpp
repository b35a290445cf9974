#include "widgets/plaintext.h"

#include <QLabel>

namespace oversight {

QString visibleText(const QString& data) {
    QString shown;
    shown.reserve(data.size());
    for (const QChar c : data) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\t' && u != u'\n') || u == 0x7F;
        const bool invisible = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) ||
                               u == 0x200B || u == 0x2060 || u == 0xFEFF;
        if (control || invisible)
            shown += QStringLiteral("[U+%1]").arg(int(u), 4, 16, QLatin1Char('0')).toUpper();
        else
            shown += c;
    }
    return shown;
}

QLabel* plainLabel(QWidget* parent, const QString& text) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

QString withoutMnemonic(const QString& text) {
    QString escaped = text;
    escaped.replace(u'&', QStringLiteral("&&"));
    return escaped;
}

QString plainToolTip(const QString& text) {
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

void showPlainMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                      const QString& text) {
    QMessageBox box(icon, title, QString(), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    box.exec();
}

} // namespace oversight
