#pragma once

#include <QList>
#include <QWidget>

class OutboxModel;
class QAction;
class QPushButton;
class TablePane;

// The outbox pane: its table (a TablePane) with the three things an agent does to an entry —
// edit a refused one, send again, discard — as buttons under the table as well as in its
// context menu. Each is enabled only for a selection it applies to: Edit for one refused
// entry, Send again and Discard for entries not sent or applied yet.
class OutboxPane : public QWidget
{
    Q_OBJECT
public:
    // settingsKey as for TablePane
    OutboxPane(OutboxModel *model, const QString &settingsKey, QWidget *parent = nullptr);

    TablePane *table() const { return m_table; }
    // The window's actions; the pane shows them and enables them for the selection.
    void setActions(QAction *edit, QAction *sendAgain, QAction *discard);

private:
    void updateActions();
    // grows the columns narrower than their words; never shrinks one
    void widenToReadable();

    TablePane *m_table;
    QAction *m_edit = nullptr;
    QAction *m_sendAgain = nullptr;
    QAction *m_discard = nullptr;
    QList<int> m_readableWidths; // per column
};
