#include "detailsview.h"

#include "recorddocument.h"

#include "auth/serverconnections.h"
#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/casestore.h"
#include "core/displaytime.h"
#include "session/profilesession.h"
#include "sync/cachenotifier.h"
#include "sync/readback.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// How many of a case's activities the reading pane lists (the activities pane has them all).
constexpr int CaseActivitiesListed = 100;

// Loads nothing a document names: no remote image, style sheet or file is ever fetched, so
// opening a message cannot tell its sender anything.
class ContentBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

DetailsView::DetailsView(ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_note(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_browser(new ContentBrowser(this))
{
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(60);
    m_busy->setAccessibleName(tr("Reading from the server"));
    m_busy->hide();
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    // Tab moves on to the next pane instead of walking the document's links
    m_browser->setTabChangesFocus(true);
    m_browser->setAccessibleName(tr("Details"));
    m_browser->setPlaceholderText(
        tr("Select an activity, a case or an ACD event to read it here."));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailsView::openLink);

    auto *noteLine = new QHBoxLayout;
    noteLine->setContentsMargins(4, 0, 4, 0);
    noteLine->addWidget(m_busy);
    noteLine->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(noteLine);
    layout->addWidget(m_browser, 1);
    setFocusProxy(m_browser);

    // a sync may bring many changes in a row: one rendering for all of them
    auto *renderLater = new QTimer(this);
    renderLater->setSingleShot(true);
    renderLater->setInterval(50);
    connect(renderLater, &QTimer::timeout, this, &DetailsView::render);
    connect(m_session->notifier(), &CacheNotifier::changed, this,
            [this, renderLater](const CacheChange &change) {
                const bool shown = change.inserted.contains(m_id) || change.updated.contains(m_id)
                    || change.removed.contains(m_id);
                const bool concerns = (m_kind == Kind::Activity
                                       && change.table == CacheChange::Table::Activities && shown)
                    || (m_kind == Kind::Case && change.table == CacheChange::Table::Cases && shown)
                    // a case lists its activities
                    || (m_kind == Kind::Case && change.table == CacheChange::Table::Activities)
                    || (m_kind == Kind::AcdEvent && change.table == CacheChange::Table::AcdEvents
                        && shown);
                if (concerns)
                    renderLater->start();
            });
    connect(m_session->syncEngine(), &SyncEngine::statusChanged, this, &DetailsView::updateNote);
}

void DetailsView::showActivity(qint64 id)
{
    show(Kind::Activity, id);
}

void DetailsView::showCase(qint64 id)
{
    show(Kind::Case, id);
}

void DetailsView::showAcdEvent(qint64 id)
{
    show(Kind::AcdEvent, id);
}

void DetailsView::clear()
{
    show(Kind::None, 0);
}

void DetailsView::show(Kind kind, qint64 id)
{
    if (kind == m_kind && id == m_id)
        return;
    m_kind = kind;
    m_id = id;
    m_readError.clear();
    m_browser->verticalScrollBar()->setValue(0);
    render();
}

QString DetailsView::title() const
{
    return m_title;
}

QString DetailsView::note() const
{
    return m_note->text();
}

void DetailsView::render()
{
    CacheDatabase &database = m_session->database();
    std::optional<RecordDocument::Html> document;
    QString title;
    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::Activity: {
        const auto found = ActivityStore(database).byIds({m_id});
        if (found.ok() && !found.value.isEmpty()) {
            const Activity &activity = found.value.constFirst();
            document = RecordDocument::activity(activity);
            title = tr("Activity %1: %2").arg(m_id).arg(activity.subject);
            if (!RecordDocument::hasContent(activity))
                readContent(m_id);
        }
        break;
    }
    case Kind::Case: {
        const auto found = CaseStore(database).byIds({m_id});
        if (found.ok() && !found.value.isEmpty()) {
            const auto activities = ActivityStore(database).pageByCase(m_id, CaseActivitiesListed);
            document = RecordDocument::caseRecord(found.value.constFirst(), activities.value);
            title = tr("Case %1: %2").arg(m_id).arg(found.value.constFirst().subject);
        }
        break;
    }
    case Kind::AcdEvent: {
        const auto found = AcdEventStore(database).byIds({m_id});
        if (found.ok() && !found.value.isEmpty()) {
            document = RecordDocument::acdEvent(found.value.constFirst(),
                                                QDateTime::currentMSecsSinceEpoch());
            title = tr("ACD event %1: %2").arg(m_id).arg(found.value.constFirst().subject);
        }
        break;
    }
    }

    const int scrolled = m_browser->verticalScrollBar()->value();
    if (document) {
        m_browser->setHtml(document->html);
        m_blockedRemote = document->blockedRemoteReferences;
    } else {
        m_browser->clear();
        m_blockedRemote = 0;
        if (m_kind != Kind::None)
            m_browser->setHtml(u"<p><i>%1</i></p>"_s.arg(
                tr("This record is not in the cache (any more).").toHtmlEscaped()));
    }
    // the same record again after a change: the reader keeps their place
    m_browser->verticalScrollBar()->setValue(scrolled);
    if (title != m_title) {
        m_title = title;
        emit titleChanged(m_title);
    }
    updateNote();
}

void DetailsView::readContent(qint64 activityId)
{
    CaseManagerClient *client = m_session->connections()->caseClient();
    if (!client || m_readTried.contains(activityId))
        return;
    m_readTried.insert(activityId);
    m_reading = true;
    m_readError.clear();
    updateNote();
    ReadBack::activities(client, m_session->database(), m_session->notifier(), this, {activityId},
                         [this, activityId](const std::optional<ApiError> &error) {
                             m_reading = false;
                             if (activityId == m_id)
                                 m_readError = error ? error->message() : QString();
                             updateNote();
                         });
}

void DetailsView::updateNote()
{
    QStringList parts;
    if (m_kind != Kind::None) {
        if (m_reading)
            parts.append(tr("Reading the content from the server…"));
        if (!m_readError.isEmpty())
            parts.append(tr("The content could not be read: %1").arg(m_readError));
        const auto server
            = m_kind == Kind::AcdEvent ? OutboxEntry::Server::Jtel : OutboxEntry::Server::Case;
        const ServerStatus status = m_session->syncEngine()->status(server);
        const bool unreachable = status.state == ServerStatus::State::Offline
            || status.state == ServerStatus::State::NeedsCredentials;
        if ((unreachable || !m_readError.isEmpty()) && status.lastSyncAt.isValid()) {
            parts.append(tr("Shown from the cache as of %1.")
                             .arg(DisplayTime::dateTime(status.lastSyncAt.toLocalTime())));
        }
        if (m_blockedRemote > 0)
            parts.append(
                tr("Remote content blocked: %n references to other servers were not loaded.",
                   nullptr, m_blockedRemote));
    }
    m_note->setText(parts.join(u' '));
    m_note->setVisible(!parts.isEmpty());
    m_busy->setVisible(m_reading);
}

void DetailsView::openLink(const QUrl &url)
{
    if (url.scheme() == u"agentdesk") {
        const QStringList path = url.path().split(u'/');
        bool ok = false;
        const qint64 id = path.value(1).toLongLong(&ok);
        if (!ok || path.size() != 2)
            return;
        if (path.constFirst() == u"case")
            emit caseRequested(id);
        else if (path.constFirst() == u"activity")
            emit activityRequested(id);
        return;
    }
    // only what a browser should open, and only on the user's click
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
        QDesktopServices::openUrl(url);
}
