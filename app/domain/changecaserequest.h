#pragma once

#include <QList>
#include <QMap>
#include <QString>

// Move open activities of one case to an existing case or to a new one (eGain v3 §10,
// ECE v12 §5). The API takes at most 75 activities per request.
struct ChangeCaseRequest
{
    struct NewCase
    {
        QString subject; // empty: the server takes the original case's subject
        QString description;
        QString solution;
        QString severity; // urgent, high, medium or low; empty for none
        qint64 dueDateMs = 0;
        QMap<QString, QString> customAttributes;
    };

    QList<qint64> activityIds;
    qint64 targetCaseId = 0; // 0: a new case built from newCase
    NewCase newCase;
    bool relateCase = false;

    bool movesToNewCase() const { return targetCaseId == 0; }
};

struct ChangeCaseOutcome
{
    qint64 caseId = 0;    // the target case (from Location when it was created)
    bool newCase = false; // 201 Created rather than 204 No Content
};
