#pragma once

#include "domain/reassignrequest.h"

#include <QByteArray>
#include <QString>

// How each reassign operation goes over the wire, per dialect. The ECE v12 transfer-to-user,
// transfer-to-queue and pick paths are documented; the eGain v3 paths, the department transfer
// on ECE, the bodies of user/queue/pick and the form of lastModified are not, and are our reading
// of egain-transfer-pick.md (docs/reassign.md lists each choice). This table is the only place
// that knows them: a deployment that differs is a change of one row in reassignroutes.cpp.
struct ReassignRoute
{
    enum class Dialect { EgainV3, EceV12 };
    enum class LastModifiedForm {
        None, // {"id": "81230"}
        Text, // {"id": "81230", "lastModified": "2031-01-15T08:00:00.000Z"}
        DateObject, // {"id": "81230", "lastModified": {"date": "2031-01-15T08:00:00.000Z"}}
    };

    QString path; // below the API root, e.g. "/core/casemgr/v3/activity/transfer"
    QString targetParameter; // "user", "queue" or "department"; empty for a pick
    LastModifiedForm lastModified = LastModifiedForm::Text;

    static ReassignRoute of(Dialect dialect, ReassignRequest::Operation operation);
    // {"activity": [{"id": …, "lastModified": …}, …]}; lastModified left out where not known
    QByteArray body(const ReassignRequest &request) const;
};
