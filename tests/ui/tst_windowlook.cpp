// The window's look on a desktop without an icon theme: every action the shortcut list shows
// has an icon that draws (the bundled SVGs through Qt's SVG icon engine), the window has
// AgentDesk's icon, and a new language offers to restart at once. A profile without servers
// and a cache in a temporary folder: nothing is sent.

#include "mainwindow.h"

#include "auth/serverconnections.h"
#include "core/uilanguage.h"
#include "session/profilesession.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// drawn, not just present: some pixel is not transparent
bool draws(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size).toImage();
    if (image.isNull())
        return false;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

QList<QAction *> menuActions(const QMainWindow &window)
{
    QList<QAction *> actions;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        actions += menu->actions();
    return actions;
}

} // namespace

class TestWindowLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyActionWithAShortcutHasAnIcon();
    void windowHasTheApplicationIcon();
    void newLanguageOffersToRestartNow();

private:
    QTemporaryDir m_directory;
    QNetworkAccessManager m_network;
    std::unique_ptr<ServerConnections> m_connections;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowLook::initTestCase()
{
    // no icon theme at all: the bundled icons must stand in
    QIcon::setThemeName(u"agentdesk-test-no-theme"_s);
    QIcon::setFallbackThemeName(u"agentdesk-test-no-theme"_s);
    QIcon::setThemeSearchPaths({});
    QIcon::setFallbackSearchPaths({});
    QVERIFY(QIcon::fromTheme(u"document-new"_s).isNull());

    Profile profile;
    profile.name = u"look"_s; // no servers
    m_connections = std::make_unique<ServerConnections>(profile, nullptr, &m_network);
    m_session = std::make_unique<ProfileSession>(m_connections.get(),
                                                 m_directory.filePath(u"look.sqlite"_s));
    QCOMPARE(m_session->open(), std::nullopt);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWindowLook::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

void TestWindowLook::everyActionWithAShortcutHasAnIcon()
{
    // what the shortcut list shows, and every command of the menus (not the choices: panes,
    // languages, notifications, nor the submenus)
    QStringList checked;
    QList<QAction *> actions = menuActions(*m_window);
    // Go → a pane: moving the focus, keys only, no pictures
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == u"&Go") {
            for (QAction *action : menu->actions())
                actions.removeAll(action);
        }
    }
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>())
        actions += toolBar->actions();
    for (QAction *action : std::as_const(actions)) {
        const bool command = !action->isSeparator() && !action->menu() && !action->isCheckable();
        if (action->shortcut().isEmpty() && !command)
            continue;
        const QString name = action->text().remove(u'&');
        checked.append(name);
        QVERIFY2(!action->icon().isNull(), qPrintable(name));
        QVERIFY2(draws(action->icon(), 16), qPrintable(name));
        QVERIFY2(draws(action->icon(), 24), qPrintable(name));
    }
    checked.removeDuplicates();
    // profiles, quit, copy, filter, the three operations, sync, the outbox, shortcuts, about
    QVERIFY2(checked.size() >= 11, qPrintable(checked.join(u", "_s)));
}

void TestWindowLook::windowHasTheApplicationIcon()
{
    QVERIFY(!m_window->windowIcon().isNull());
    QVERIFY(draws(m_window->windowIcon(), 48));
    // dialogs the window opens show it too
    QMessageBox box(m_window.get());
    QVERIFY(draws(box.windowIcon(), 48));
}

// The test clicks "Later": "Restart now" would start this test program once more with its own
// arguments. What it runs is QCoreApplication::applicationFilePath() with arguments(), after
// the window closed like at Quit.
void TestWindowLook::newLanguageOffersToRestartNow()
{
    QAction *german = nullptr;
    for (QAction *action : menuActions(*m_window)) {
        if (action->text() == UiLanguage::nativeName(u"de"_s))
            german = action;
    }
    QVERIFY(german);

    QStringList buttons;
    QString text;
    auto *answer = new QTimer(this);
    answer->setInterval(10);
    connect(answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer->stop();
        text = box->text();
        QAbstractButton *later = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            buttons.append(button->text());
            if (button->text() == u"&Later")
                later = button;
        }
        if (later)
            later->click();
        else
            box->reject();
    });
    answer->start();
    german->trigger();
    delete answer;

    QCOMPARE(text, u"AgentDesk uses the new language from its next start."_s);
    buttons.sort();
    QCOMPARE(buttons, (QStringList {u"&Later"_s, u"&Restart now"_s}));
    QCOMPARE(UiLanguage::chosen(), u"de"_s);
    QVERIFY(m_window->isVisible()); // later: nothing closed
    UiLanguage::choose({});
}

QTEST_MAIN(TestWindowLook)
#include "tst_windowlook.moc"
