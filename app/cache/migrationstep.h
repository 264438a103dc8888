#pragma once

#include <QString>
#include <QStringList>

// One numbered schema change. Its statements run in one transaction together with
// PRAGMA user_version = version, so a database is always at exactly one known version.
struct MigrationStep
{
    int version = 0;
    QString summary;
    QStringList statements;
};
