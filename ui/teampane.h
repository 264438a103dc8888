#pragma once

#include "cache/teamloadstore.h"

#include <QWidget>

class QTableView;
class TeamModel;

// Who holds what (for supervisors): per agent and per queue the open activities, a bar per row
// split by status, and the oldest one's age. Clicking a row shows that agent's or queue's open
// activities in the activities pane; dropping activities on a row starts their transfer there.
class TeamPane : public QWidget
{
    Q_OBJECT
public:
    explicit TeamPane(TeamModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

Q_SIGNALS:
    // a row was clicked or chosen with Enter
    void targetChosen(TeamLoadStore::Load::Kind kind, qint64 id, const QString &name);

private:
    TeamModel *m_model;
    QTableView *m_view;
};
