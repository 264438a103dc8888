#pragma once

#include <QString>
#include <QUrl>

// Where a jtel ACD REST API lives: {scheme}://{host}:{port}/rest/v1.0/{ClientsID}, and the
// portal-generated API token that authorises us there (jtel AcdEvents API reference §1–2).
struct JtelEndpoint
{
    QUrl baseUrl;
    QString token;
};
