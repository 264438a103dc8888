#include "mainwindow.h"

#include "acdeventqueuemodel.h"
#include "api/apitransport.h"
#include "api/jtelclient.h"
#include "auth/statictokenauthenticator.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTableView>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new AcdEventQueueModel(this))
    , m_eventTable(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_network(new QNetworkAccessManager(this))
{
    setWindowTitle(tr("AgentDesk"));
    resize(1100, 650);

    m_eventTable->setObjectName(QStringLiteral("acdEventTable"));
    m_eventTable->setModel(m_model);
    m_eventTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventTable->setAlternatingRowColors(true);
    m_eventTable->setWordWrap(false);
    // Fixed row heights: sizing rows to contents costs ~54 µs per row, minutes for a big
    // queue (measured on a 2-core machine).
    QHeaderView *rows = m_eventTable->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->hide();
    QHeaderView *columns = m_eventTable->horizontalHeader();
    columns->setSectionResizeMode(AcdEventQueueModel::SubjectColumn, QHeaderView::Stretch);
    columns->resizeSection(AcdEventQueueModel::TypeColumn, 100);
    columns->resizeSection(AcdEventQueueModel::GroupColumn, 70);
    columns->resizeSection(AcdEventQueueModel::SenderColumn, 240);
    columns->resizeSection(AcdEventQueueModel::PriorityColumn, 75);
    columns->resizeSection(AcdEventQueueModel::StatusColumn, 70);
    columns->resizeSection(AcdEventQueueModel::CreatedColumn, 160);
    m_eventTable->setSortingEnabled(true);
    // Oldest first, the order in which the ACD distributes (jtel lists by dtCreated ascending).
    m_eventTable->sortByColumn(AcdEventQueueModel::CreatedColumn, Qt::AscendingOrder);
    setCentralWidget(m_eventTable);

    m_statusLabel->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_statusLabel, 1);
    //: status bar, before any server profile exists
    setStatusText(tr("No server configured"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
}

void MainWindow::connectToJtel(const JtelEndpoint &endpoint)
{
    delete m_jtel;
    TransportSettings settings;
    settings.baseUrl = endpoint.baseUrl;
    auto *transport = new ApiTransport(m_network, settings);
    transport->setAuthenticator(new StaticTokenAuthenticator(endpoint.token, transport->host(), transport));
    m_jtel = new JtelClient(transport, this);
    transport->setParent(m_jtel);
    refresh();
}

void MainWindow::refresh()
{
    if (!m_jtel)
        return;
    const QString server = m_jtel->transport()->host();
    //: %1 is host:port of the jtel server
    setStatusText(tr("Loading ACD events from %1…").arg(server));
    m_jtel->listEvents([this, server](const ApiResult<QList<AcdEvent>> &result) {
        if (result.ok())
            showEvents(result.value, server);
        else
            showFailure(result.error->message());
    });
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::showEvents(const QList<AcdEvent> &events, const QString &server)
{
    m_model->setEvents(events);
    //: %1 is host:port of the jtel server. The English singular comes with the en .ts file.
    setStatusText(tr("Connected to %1 — %n ACD events", nullptr, static_cast<int>(events.size()))
                      .arg(server));
    Q_EMIT loadFinished(true);
}

void MainWindow::showFailure(const QString &message)
{
    setStatusText(message);
    Q_EMIT loadFinished(false);
}

void MainWindow::setStatusText(const QString &text)
{
    m_statusLabel->setText(text);
}
