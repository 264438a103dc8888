#include "displaytime.h"

#include <QLocale>

namespace {

// the locale whose layouts are used; QLocale() (the interface language) only names things
QLocale layouts()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QLocale() : system;
}

} // namespace

QString DisplayTime::time(QTime time)
{
    return QLocale().toString(time, layouts().timeFormat(QLocale::ShortFormat));
}

QString DisplayTime::date(QDate date)
{
    return QLocale().toString(date, layouts().dateFormat(QLocale::ShortFormat));
}

QString DisplayTime::dateTime(const QDateTime &moment)
{
    return QLocale().toString(moment, dateTimeFormat());
}

QString DisplayTime::dateTimeFormat()
{
    return layouts().dateTimeFormat(QLocale::ShortFormat);
}
