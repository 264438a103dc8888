#pragma once

#include <QString>
#include <QStringList>

// A custom attribute configured for activities or cases, as the "Get Activity Attributes" call
// ($attribute=custom) describes it. Validators check names and enumeration values against it
// (eGain v3 §7.5, ECE v12 §5.4).
struct CustomAttributeDefinition
{
    QString name;
    QStringList allowedValues; // an enumeration's values; empty for a free-text attribute
};
