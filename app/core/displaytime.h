#pragma once

#include <QDateTime>
#include <QString>

// Dates and times as the user reads them. Their layout follows the system's regional settings
// (LC_TIME), not the interface language: an English interface on a German desktop shows
// 14:30, not 2:30 PM. The words in them (AM/PM) are the interface language's. A system
// without regional settings (the C locale) leaves the layout to the interface language.
namespace DisplayTime {

// short layouts: "14:30", "23.11.26", "23.11.26 14:30"
QString time(QTime time);
QString date(QDate date);
// in the moment's own time spec: pass local time to show local time
QString dateTime(const QDateTime &moment);
// the short date and time layout, for a QDateTimeEdit
QString dateTimeFormat();

} // namespace DisplayTime
