#include "firstrun/welcomepage.h"

#include "widgets/describe.h"
#include "widgets/plaintext.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oversight {

namespace {

QPushButton* choice(const QString& text, const QString& description, const QString& name,
                    QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumWidth(260);
    describe(button, description);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_create(choice(tr("&Create a New Database..."),
                      tr("An empty database on this computer, with you as its administrator."),
                      QStringLiteral("createDatabase"), this))
    , m_import(choice(tr("&Import a File..."),
                      tr("A new database, then a file of model decisions imported into it."),
                      QStringLiteral("importFile"), this))
    , m_demo(choice(tr("Open the &Demo"),
                    tr("Synthetic credit decisions and a simulated review team, to try every "
                       "role."),
                    QStringLiteral("openDemo"), this))
    , m_open(choice(tr("&Open a Database..."), tr("A database file made before."),
                    QStringLiteral("openDatabase"), this))
    , m_connect(choice(tr("Connect to a &Server..."),
                       tr("Your team's PostgreSQL server, shared by many reviewers."),
                       QStringLiteral("connectServer"), this)) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = plainLabel(this, tr("Welcome to Oversight"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* intro = plainLabel(
        this, tr("Oversight routes a model's uncertain decisions, and a sample of its confident "
                 "ones, to people who judge each case before they see what the model said, and "
                 "shows how well that oversight works. Begin with one of these:"));
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    int row = 0;
    for (QPushButton* button : {m_create, m_import, m_demo, m_open, m_connect}) {
        auto* description = plainLabel(this, button->accessibleDescription());
        description->setWordWrap(true);
        grid->addWidget(button, row, 0);
        grid->addWidget(description, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(grid);
    column->addStretch();
    auto* centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(760);
    auto* layout = new QHBoxLayout(this);
    layout->addStretch();
    layout->addWidget(centred, 3);
    layout->addStretch();

    connect(m_create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);
}

} // namespace oversight
