#pragma once

#include "api/jtelendpoint.h"
#include "domain/acdevent.h"

#include <QMainWindow>

class AcdEventQueueModel;
class JtelClient;
class QLabel;
class QNetworkAccessManager;
class QTableView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shows the ACD event queue of this jtel server, loading it now.
    void connectToJtel(const JtelEndpoint &endpoint);
    void refresh();

    QString statusText() const;

Q_SIGNALS:
    // A load of the queue ended; on failure the status bar shows why.
    void loadFinished(bool ok);

private:
    void showEvents(const QList<AcdEvent> &events, const QString &server);
    void showFailure(const QString &message);
    void setStatusText(const QString &text);

    AcdEventQueueModel *m_model;
    QTableView *m_eventTable;
    QLabel *m_statusLabel;
    QNetworkAccessManager *m_network;
    JtelClient *m_jtel = nullptr;
};
