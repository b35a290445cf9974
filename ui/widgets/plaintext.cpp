#include "widgets/plaintext.h"

#include <QLabel>

namespace oversight {

QLabel* plainLabel(QWidget* parent, const QString& text) {
    auto* label = new QLabel(parent);
    makePlain(label);
    label->setText(text);
    return label;
}

void makePlain(QLabel* label) {
    label->setTextFormat(Qt::PlainText);
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
