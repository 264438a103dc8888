#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

struct AcdEvent;
struct Activity;
struct Case;

// What the reading pane shows of one cached record, as rich text for a QTextBrowser. Links
// inside AgentDesk use the agentdesk: scheme ("agentdesk:case/70001",
// "agentdesk:activity/81001"); every other link is the server's or the customer's and is only
// ever opened in the system browser on a click.
//
// The content of an activity is customer-supplied HTML. QTextDocument runs no scripts and has
// no forms; remote references (images, style sheets, backgrounds) are removed here and counted,
// so the pane can say that remote content was blocked — loading one would tell the sender that
// and when the message was read.
class RecordDocument
{
    Q_DECLARE_TR_FUNCTIONS(RecordDocument)

public:
    struct Html
    {
        QString html;
        int blockedRemoteReferences = 0;
    };

    static Html activity(const Activity &activity);
    // caseActivities: the case's cached activities, newest first, as many as the pane lists
    static Html caseRecord(const Case &record, const QList<Activity> &caseActivities);
    static Html acdEvent(const AcdEvent &event, qint64 nowMsecs);

    // HTML from a server with every reference to a remote resource removed.
    static Html withoutRemoteContent(const QString &html);
    // Whether the record carries its content (eGain "payload"), which a summary read leaves out.
    static bool hasContent(const Activity &activity);

    static QString caseLink(qint64 caseId);
    static QString activityLink(qint64 activityId);
};
