#include "trainingwindow.h"

#include "desktopsession.h"
#include "mainwindow.h"

#include <QDir>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

QString TrainingWindow::open(std::unique_ptr<DesktopSession> &desktop, const QString &user)
{
    constexpr int SyncTimeoutMs = 60'000;
    // without fonts the window renders tofu and text checks are meaningless
    if (!QFontMetrics(QGuiApplication::font()).inFont(u'A'))
        return u"no usable font"_s;
    // a layout saved by an earlier run (a filter, hidden columns) would hide rows, and its
    // outbox (refused entries of a failed run) would be counted
    QSettings().clear();
    if (!QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
              + u"/AgentDesk"_s)
             .removeRecursively())
        return u"cannot clear the data directory"_s;
    desktop = std::make_unique<DesktopSession>();
    if (!user.isEmpty())
        desktop->training()->setUser(user);
    std::optional<QString> opened;
    desktop->openTraining([&opened](const QString &error) { opened = error; });
    if (!QTest::qWaitFor([&] { return desktop->window() != nullptr; }, SyncTimeoutMs))
        return u"no window"_s;
    MainWindow *window = desktop->window();
    QSignalSpy synced(window, &MainWindow::firstSyncFinished);
    if (!QTest::qWaitFor([&] { return opened.has_value(); }, SyncTimeoutMs))
        return u"training did not open"_s;
    if (!opened->isEmpty())
        return *opened;
    if (synced.isEmpty() && !synced.wait(SyncTimeoutMs))
        return u"no first sync"_s;
    if (!synced.constFirst().constFirst().toBool())
        return u"first sync failed: "_s + window->statusText();
    if (!QTest::qWaitForWindowExposed(window))
        return u"window not exposed"_s;
    return {};
}
