#include "reliabilitysettings.h"

#include <QRandomGenerator>
#include <QStringList>

namespace ReliabilitySettings {

int integer(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    if (!ok && qEnvironmentVariableIsSet(name))
        qFatal("%s must be a whole number", name);
    return ok ? value : fallback;
}

double fraction(const char *name, double fallback)
{
    if (!qEnvironmentVariableIsSet(name))
        return fallback;
    bool ok = false;
    const double value = qEnvironmentVariable(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        qFatal("%s must be a number from 0 to 1", name);
    return value;
}

quint32 seed(const char *name)
{
    if (!qEnvironmentVariableIsSet(name))
        return QRandomGenerator::global()->bounded(1u, 1'000'000'000u);
    bool ok = false;
    const quint32 value = qEnvironmentVariable(name).toUInt(&ok);
    if (!ok)
        qFatal("%s must be a whole number", name);
    return value;
}

QList<quint32> seeds(const char *name)
{
    QList<quint32> values;
    const QStringList texts = qEnvironmentVariable(name).split(u',', Qt::SkipEmptyParts);
    for (const QString &text : texts) {
        bool ok = false;
        values.append(text.trimmed().toUInt(&ok));
        if (!ok)
            qFatal("%s must be comma-separated whole numbers", name);
    }
    return values;
}

} // namespace ReliabilitySettings
