#pragma once

#include "cache/outboxentry.h"
#include "controllers/operationoutcome.h"

#include <QObject>

class CacheDatabase;
class OutboxDispatcher;

// What the three operation controllers share: an action becomes one or more outbox entries,
// stored durably before anything is reported, then the dispatcher replays that server's
// outbox and the entries' states say how it ended. One submission at a time per controller.
class OperationController : public QObject
{
    Q_OBJECT
public:
    bool isBusy() const { return m_busy; }
    // The next submission is a correction of these refused outbox entries and takes their
    // place (the outbox view's "Edit…"), as after a refusal of this controller's own.
    void setReplacing(const QStringList &refusedEntryIds) { m_refusedEntryIds = refusedEntryIds; }

signals:
    // the entries are durable: a crash from here on loses nothing
    void queued(const QStringList &entryIds);
    // entries done so far, of total (> 1 for a change case of more than 75 activities)
    void progress(int done, int total);
    void finished(const OperationOutcome &outcome);

protected:
    OperationController(CacheDatabase &database, OutboxDispatcher *dispatcher, QObject *parent);

    // false (after finished) when busy or invalid: then nothing was queued
    bool begin(const QList<ValidationError> &errors);
    // Stores the entries in one transaction, then sends them.
    void enqueueAndSend(QList<OutboxEntry> entries);
    void finish(const OperationOutcome &outcome);
    // The message of an applied operation, from the last entry's result.
    virtual QString appliedMessage(const OutboxEntry &last) const = 0;

    CacheDatabase &m_database;
    OutboxDispatcher *m_dispatcher;

private:
    void send(const QStringList &entryIds, OutboxEntry::Server server);
    void report();

    bool m_busy = false;
    QStringList m_entryIds;
    // The entries of the last submission the server refused. The next submission is the
    // user's correction: it replaces them instead of queueing beside them, so a dialog's
    // edit-and-retry leaves one entry in the outbox, not one per attempt.
    QStringList m_refusedEntryIds;
    OutboxEntry::Server m_server = OutboxEntry::Server::Case;
};
