#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A calltrack subtype as the "Get Activity Attributes" call lists it, with the departments
// it is configured for (empty: every department).
struct CalltrackSubtype
{
    QString value;
    QString displayValue;
    QStringList departments;
};
