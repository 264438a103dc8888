#include "acdeventqueuemodel.h"
#include "httpresult.h"
#include "mainwindow.h"
#include "sandboxprocess.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int LoadTimeoutMs = 20'000;

// sandbox/README.md: jtel ClientsID 1234 and its API token
const QString JtelPath = QStringLiteral("/rest/v1.0/1234");
const QString JtelToken = QStringLiteral("sandbox-jtel-token");

int findRow(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

// MainWindow against the real agentdesk-sandbox.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saysNoServerConfiguredWithoutAServer();
    void showsTheSandboxQueue();
    void showsWhyALoadFailed();

private:
    JtelEndpoint sandboxEndpoint(const QString &token) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestMainWindow::initTestCase()
{
    // without fonts the window renders tofu and text checks are meaningless
    QVERIFY(QFontMetrics(QGuiApplication::font()).inFont(u'A'));
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

JtelEndpoint TestMainWindow::sandboxEndpoint(const QString &token) const
{
    return {m_sandbox->url(JtelPath), token};
}

void TestMainWindow::saysNoServerConfiguredWithoutAServer()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), u"AgentDesk"_s);
    QCOMPARE(window.statusText(), u"No server configured"_s);
    auto *table = window.findChild<QTableView *>(u"acdEventTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(table->isSortingEnabled());
    // measured on a 2-core machine: rows sized to contents cost ~54 µs each
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

void TestMainWindow::showsTheSandboxQueue()
{
    // the server's own count, read past the client's decoder
    const HttpResult list = sendRequest("GET", m_sandbox->url(JtelPath + u"/acd/events"_s),
                                        {{"Authorization", "Bearer " + JtelToken.toUtf8()}});
    COMPARE_STATUS(list, 200);
    const int serverCount = list.object().value(u"count").toInt(-1);
    QVERIFY2(serverCount > 0, "the sandbox lists no ACD events");

    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.connectToJtel(sandboxEndpoint(JtelToken));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loaded.wait(LoadTimeoutMs));
    QCOMPARE(loaded.constFirst().constFirst().toBool(), true);

    auto *table = window.findChild<QTableView *>(u"acdEventTable"_s);
    QVERIFY(table);
    const QAbstractItemModel &model = *table->model();
    QCOMPARE(model.rowCount(), serverCount);

    // fixture event 88001: a callback in group 512 (sandbox/README.md)
    const int row = findRow(model, AcdEventQueueModel::SenderColumn, u"4922199900011"_s);
    QVERIFY2(row >= 0, "fixture event 88001 is not shown");
    QCOMPARE(model.index(row, AcdEventQueueModel::TypeColumn).data().toString(), u"Callback"_s);
    QCOMPARE(model.index(row, AcdEventQueueModel::GroupColumn).data().toString(), u"512"_s);

    QCOMPARE(
        window.statusText(),
        u"Connected to 127.0.0.1:%1 — %2 ACD events"_s.arg(m_sandbox->port()).arg(serverCount));
    QCOMPARE(table->rowHeight(0), table->rowHeight(model.rowCount() - 1));
    QVERIFY(!window.grab().isNull());
}

void TestMainWindow::showsWhyALoadFailed()
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.connectToJtel(sandboxEndpoint(u"not-the-token"_s));
    QVERIFY(loaded.wait(LoadTimeoutMs));
    QCOMPARE(loaded.constFirst().constFirst().toBool(), false);
    QVERIFY2(window.statusText().contains(u"refused the API token"_s), qPrintable(window.statusText()));
    QCOMPARE(window.findChild<QTableView *>(u"acdEventTable"_s)->model()->rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
