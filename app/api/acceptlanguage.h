#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// eGain v3 and ECE v12 accept exactly 15 locales in Accept-Language and answer 406 to anything
// else — including Qt's automatic "en-US,*". The UI language is mapped to the nearest of them.
namespace AcceptLanguage {

const QStringList &supported();
// exact language and territory first, then the language's usual locale, then en-US
QString forLocale(const QLocale &locale);

} // namespace AcceptLanguage
