#include "help/aboutdialog.h"

#include "widgets/plaintext.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <sodium.h>
#include <sqlite3.h>

namespace oversight {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Oversight"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAccessibleName(tr("Oversight icon"));
    top->addWidget(icon, 0, Qt::AlignTop);

    auto* text = new QVBoxLayout;
    auto* name = plainLabel(this);
    name->setObjectName(QStringLiteral("aboutVersion"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    name->setFont(big);
    name->setText(tr("Oversight %1").arg(QStringLiteral(OVERSIGHT_VERSION)));
    text->addWidget(name);
    auto* released = plainLabel(this);
    released->setText(
        tr("Released %1")
            .arg(QLocale().toString(
                QDate::fromString(QStringLiteral(OVERSIGHT_RELEASE_DATE), Qt::ISODate),
                QLocale::LongFormat)));
    text->addWidget(released);
    auto addParagraph = [this, text](const QString& objectName, const QString& content) {
        auto* paragraph = plainLabel(this);
        paragraph->setObjectName(objectName);
        paragraph->setWordWrap(true);
        paragraph->setText(content);
        text->addWidget(paragraph);
    };
    addParagraph(QStringLiteral("aboutPurpose"),
                 tr("Keeps human oversight of AI decisions honest: reviewers judge each case "
                    "before they see the model's answer, and compliance officers see whether "
                    "the oversight is real."));
    addParagraph(
        QStringLiteral("aboutLicence"),
        tr("Copyright 2026 Oversight developers. Oversight is free software: you can "
           "redistribute it and modify it under the terms of the GNU General Public License, "
           "version 3 or (at your option) any later version. It comes with ABSOLUTELY NO "
           "WARRANTY."));
    addParagraph(QStringLiteral("aboutLibraries"),
                 //: The versions of the libraries the program runs with.
                 tr("Built on Qt %1, SQLite %2, libsodium %3 and Boost.")
                     .arg(QString::fromLatin1(qVersion()),
                          QString::fromLatin1(sqlite3_libversion()),
                          QString::fromLatin1(sodium_version_string())));
    top->addLayout(text, 1);
    layout->addLayout(top);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* licenceButton =
        buttons->addButton(tr("&Licence..."), QDialogButtonBox::ActionRole);
    licenceButton->setObjectName(QStringLiteral("licenceButton"));
    licenceButton->setAccessibleDescription(tr("Shows the full text of the GNU GPL version 3"));
    connect(licenceButton, &QPushButton::clicked, this, &AboutDialog::showLicence);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void AboutDialog::showLicence() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Licence"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* view = new QPlainTextEdit(&dialog);
    view->setObjectName(QStringLiteral("licenceText"));
    view->setReadOnly(true);
    view->setAccessibleName(tr("Licence text"));
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFile text(QStringLiteral(":/legal/LICENSE"));
    view->setPlainText(text.open(QIODevice::ReadOnly) ? QString::fromUtf8(text.readAll())
                                                      : tr("The licence text is missing."));
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    dialog.exec();
}

} // namespace oversight
