// Keyboard and screen-reader access on every page and dialog, offscreen through
// the real widgets: Tab reaches every control that is shown and enabled, and
// each control gives assistive technology a name and a description (what
// QAccessible hands a screen reader, not merely what the code set). Also the
// contrast of the application's own colours in a light and a dark palette.
#include "appsettings.h"
#include "demo/demodatabase.h"
#include "dialogs/connectdialog.h"
#include "dialogs/escalatedialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/userdialogs.h"
#include "firstrun/newdatabasedialog.h"
#include "firstrun/welcomepage.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/reviewpage.h"
#include "pages/reviewqueuespage.h"
#include "reviewsupport.h"
#include "teamsupport.h"
#include "widgets/colours.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

using namespace oversight;
using namespace oversight::test;

namespace {

// The widget a person operates: a spin box or combo box rather than its inner
// line edit.
QWidget* controlOf(QWidget* widget) {
    QWidget* parent = widget->parentWidget();
    if (parent && parent->focusProxy() == widget &&
        (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent)))
        return parent;
    return widget;
}

// A dialog's standard buttons (OK, Cancel) say all there is to say in their text.
bool isStandardDialogButton(QWidget* widget) {
    auto* box = qobject_cast<QDialogButtonBox*>(widget->parentWidget());
    auto* button = qobject_cast<QAbstractButton*>(widget);
    return box && button && box->standardButton(button) != QDialogButtonBox::NoButton;
}

QString nameOf(QWidget* widget) {
    QString text = QString::fromUtf8(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u'#' + widget->objectName();
    if (auto* button = qobject_cast<QAbstractButton*>(widget))
        text += QStringLiteral(" '%1'").arg(button->text());
    if (QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget))
        text += QStringLiteral(" [%1]").arg(accessible->text(QAccessible::Name));
    return text;
}

// Every control in `scope` a person could reach with Tab: shown, enabled, taking
// focus from the keyboard.
QList<QWidget*> controlsIn(QWidget* scope) {
    QList<QWidget*> controls;
    QList<QWidget*> widgets = scope->findChildren<QWidget*>();
    widgets.prepend(scope);
    for (QWidget* widget : std::as_const(widgets)) {
        // A button box is a container: its buttons are the controls.
        if (!widget->isVisible() || !widget->isEnabled() || widget->focusProxy() ||
            !(widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QDialogButtonBox*>(widget))
            continue;
        QWidget* control = controlOf(widget);
        if (!controls.contains(control))
            controls << control;
    }
    return controls;
}

struct Findings {
    QStringList unreachable;
    QStringList unnamed;
    QStringList undescribed;

    bool empty() const {
        return unreachable.isEmpty() && unnamed.isEmpty() && undescribed.isEmpty();
    }
    QString text() const {
        return QStringLiteral("unreachable: %1\nwithout a name: %2\nwithout a description: %3")
            .arg(unreachable.join(QStringLiteral("; ")), unnamed.join(QStringLiteral("; ")),
                 undescribed.join(QStringLiteral("; ")));
    }
};

// Tabs through the window from the first control of `scope` and reports what Tab
// never reached and what a screen reader could not name or describe.
Findings audit(QWidget* scope) {
    QWidget* window = scope->window();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qFatal("the window never became active");
    const QList<QWidget*> controls = controlsIn(scope);
    Findings findings;
    if (controls.isEmpty()) {
        findings.unreachable << QStringLiteral("(no control at all)");
        return findings;
    }
    controls.first()->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> reached;
    for (int i = 0; i < 4 * controls.size() + 20; ++i) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused)
            break;
        reached.insert(controlOf(focused));
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    for (QWidget* control : controls) {
        if (!reached.contains(control))
            findings.unreachable << nameOf(control);
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(control);
        // A tab bar is read out as its focused tab, which carries the description.
        if (auto* bar = qobject_cast<QTabBar*>(control); bar && accessible)
            accessible = accessible->child(bar->currentIndex());
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            findings.unnamed << nameOf(control);
        else if (accessible->text(QAccessible::Description).trimmed().isEmpty() &&
                 !isStandardDialogButton(control))
            findings.undescribed << nameOf(control);
    }
    return findings;
}

#define VERIFY_ACCESSIBLE(scope)                                                                   \
    do {                                                                                           \
        const Findings findings = audit(scope);                                                    \
        QVERIFY2(findings.empty(), qPrintable(findings.text()));                                   \
    } while (false)

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString ini(const QString& name) { return m_dir.filePath(name + QStringLiteral(".ini")); }

private Q_SLOTS:
    void initTestCase() { QAccessible::setActive(true); }

    void welcomePage() {
        AppSettings settings(ini(QStringLiteral("welcome")));
        MainWindow window(settings);
        window.showWelcome();
        window.show();
        VERIFY_ACCESSIBLE(window.welcomePage());
    }

    void reviewerPages() {
        TempDatabase temp;
        importCases(temp, reviewCasesCsv(3));
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        AppSettings settings(ini(QStringLiteral("reviewer")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(temp.location).ok());
        window.setSession(reviewer);
        window.show();
        VERIFY_ACCESSIBLE(window.reviewQueuesPage());

        ReviewPage* page = window.reviewPage();
        QTest::mouseClick(window.reviewQueuesPage()->startButton(), Qt::LeftButton);
        QTRY_VERIFY(page->isVisible());
        // Before the commit: the decision buttons, confidence, rationale, actions.
        VERIFY_ACCESSIBLE(page);
        QList<QAbstractButton*> decisions;
        for (QAbstractButton* button : page->findChildren<QAbstractButton*>())
            if (button->property("decision").toBool())
                decisions << button;
        QVERIFY(!decisions.isEmpty());
        QTest::mouseClick(decisions.first(), Qt::LeftButton);
        QTest::mouseClick(page->commitButton(), Qt::LeftButton);
        QVERIFY(page->isRevealed());
        // After the reveal: the model's answer, keep or change, final rationale.
        VERIFY_ACCESSIBLE(page);
    }

    void complianceDashboard() {
        TempDatabase temp;
        const Session officer = complianceOfficer(temp);
        AppSettings settings(ini(QStringLiteral("officer")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(temp.location).ok());
        window.setSession(officer);
        window.show();
        window.dashboardPage()->waitForAnalysis();
        VERIFY_ACCESSIBLE(window.dashboardPage()); // the empty state

        DemoSettings decisions;
        decisions.cases = 200;
        DemoReviewSettings reviews;
        reviews.reviews = 2000;
        QVERIFY(importDemo(temp.db(), temp.admin, decisions, reviews));
        DashboardPage* dashboard = window.dashboardPage();
        dashboard->refresh();
        dashboard->waitForAnalysis();
        QVERIFY(dashboard->report() && dashboard->report()->overall.n > 0);
        VERIFY_ACCESSIBLE(dashboard); // charts and warnings
        dashboard->tablesToggle()->setChecked(true);
        VERIFY_ACCESSIBLE(dashboard); // the charts' tables
    }

    void administratorPages() {
        TempDatabase temp;
        importCases(temp, reviewCasesCsv(2));
        AppSettings settings(ini(QStringLiteral("admin")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(temp.location).ok());
        window.setSession(temp.admin);
        window.show();
        VERIFY_ACCESSIBLE(&window); // the page tabs and the first page
        for (int i = 0; i < window.pages()->count(); ++i) {
            window.pages()->setCurrentIndex(i);
            if (auto* dashboard = qobject_cast<DashboardPage*>(window.pages()->widget(i)))
                dashboard->waitForAnalysis();
            VERIFY_ACCESSIBLE(window.pages()->widget(i));
        }
    }

    void dialogs() {
        TempDatabase temp;
        AppSettings settings(ini(QStringLiteral("dialogs")));
        {
            SettingsDialog dialog(settings, temp.db(), temp.admin, {QStringLiteral("review")});
            dialog.show();
            VERIFY_ACCESSIBLE(&dialog);
        }
        {
            ImportDialog dialog(temp.db(), temp.admin);
            dialog.show();
            dialog.setFile(temp.write(QStringLiteral("cases.csv"), reviewCasesCsv(2)));
            VERIFY_ACCESSIBLE(&dialog);
        }
        {
            LoginDialog dialog(temp.db(), settings);
            dialog.show();
            VERIFY_ACCESSIBLE(&dialog);
        }
        {
            ConnectDialog dialog(settings);
            dialog.show();
            VERIFY_ACCESSIBLE(&dialog);
        }
        {
            AddUserDialog dialog;
            dialog.show();
            VERIFY_ACCESSIBLE(&dialog);
        }
        {
            PasswordDialog dialog(QStringLiteral("rita"));
            dialog.show();
            VERIFY_ACCESSIBLE(&dialog);
        }
        {
            EscalateDialog dialog({QStringLiteral("senior")});
            dialog.show();
            VERIFY_ACCESSIBLE(&dialog);
        }
        for (const auto kind : {NewDatabaseDialog::Kind::Empty, NewDatabaseDialog::Kind::Demo}) {
            NewDatabaseDialog dialog(kind, m_dir.filePath(QStringLiteral("x.db")));
            dialog.show();
            VERIFY_ACCESSIBLE(&dialog);
        }
    }

    void coloursContrastInLightAndDarkPalettes() {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::WindowText, Qt::black);
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        for (const QPalette& palette : {light, dark}) {
            const QColor window = palette.color(QPalette::Window);
            // Text on the window: WCAG AA for normal text.
            QVERIFY2(contrastRatio(errorTextColour(palette), window) >= 4.5,
                     qPrintable(errorTextColour(palette).name()));
            QVERIFY(contrastRatio(successTextColour(palette), window) >= 4.5);
            // The message boxes carry their own background: text on it, and the
            // box's edge against the window (non-text contrast, 3:1, is for the
            // border, which may be decorative; the text is what must read).
            for (const MessageColours& box : {messageColours(MessageKind::Error, palette),
                                              messageColours(MessageKind::Notice, palette),
                                              messageColours(MessageKind::Warning, palette)}) {
                QVERIFY2(contrastRatio(box.text, box.background) >= 4.5,
                         qPrintable(box.text.name() + u'/' + box.background.name()));
            }
        }
        // The measure itself: black on white is 21:1, a colour on itself 1:1.
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
