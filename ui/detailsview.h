#pragma once

#include <QSet>
#include <QWidget>

struct CacheChange;
class ProfileSession;
class QLabel;
class QProgressBar;
class QTextBrowser;

// The reading pane: everything the cache holds about one activity, case or ACD event — its
// fields, its content, a case's activities — kept current as the cache changes. An activity
// whose content the cache lacks (a summary read) is read from the server on demand with all
// its attributes and cached; offline the pane shows the cached record and says as of when.
// The main window docks one that follows the selection; a double-click opens others in their
// own windows.
class DetailsView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { None, Activity, Case, AcdEvent };
    Q_ENUM(Kind)

    explicit DetailsView(ProfileSession *session, QWidget *parent = nullptr);

    void showActivity(qint64 id);
    void showCase(qint64 id);
    void showAcdEvent(qint64 id);
    void clear();

    Kind kind() const { return m_kind; }
    qint64 recordId() const { return m_id; }
    // the record's title, for a window that shows it
    QString title() const;
    QTextBrowser *browser() const { return m_browser; }
    // the line above the document: reading, offline "as of", remote content blocked
    QString note() const;
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    // a link to a case or an activity inside AgentDesk was clicked
    void caseRequested(qint64 caseId);
    void activityRequested(qint64 activityId);
    void titleChanged(const QString &title);

private:
    void show(Kind kind, qint64 id);
    void render();
    void onCacheChanged(const CacheChange &change);
    void readContent(qint64 activityId);
    void updateNote();
    void openLink(const QUrl &url);

    ProfileSession *m_session;
    QLabel *m_note;
    QProgressBar *m_busy;
    QTextBrowser *m_browser;
    Kind m_kind = Kind::None;
    qint64 m_id = 0;
    QString m_title;
    int m_blockedRemote = 0;
    bool m_reading = false;
    QString m_readError;
    // read on demand once per activity and view: a server that never sends the content must
    // not be asked again on every change
    QSet<qint64> m_readTried;
};
