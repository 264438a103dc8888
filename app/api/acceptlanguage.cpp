#include "api/acceptlanguage.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

const QStringList &AcceptLanguage::supported()
{
    static const QStringList locales = {u"en-US"_s, u"es-ES"_s, u"fr-FR"_s, u"it-IT"_s, u"de-DE"_s,
                                        u"nl-NL"_s, u"pt-BR"_s, u"pt-PT"_s, u"da-DK"_s, u"ru-RU"_s,
                                        u"fr-CA"_s, u"zh-CN"_s, u"ja-JP"_s, u"ko-KR"_s, u"sv-SE"_s};
    return locales;
}

QString AcceptLanguage::forLocale(const QLocale &locale)
{
    const QString bcp47 = locale.name().replace(u'_', u'-');
    if (supported().contains(bcp47))
        return bcp47;
    // the locale most speakers of each language would pick among the 15
    static const QHash<QLocale::Language, QString> nearest = {
        {QLocale::English, u"en-US"_s}, {QLocale::Spanish, u"es-ES"_s},  {QLocale::French, u"fr-FR"_s},
        {QLocale::Italian, u"it-IT"_s}, {QLocale::German, u"de-DE"_s},   {QLocale::Dutch, u"nl-NL"_s},
        {QLocale::Portuguese, u"pt-BR"_s}, {QLocale::Danish, u"da-DK"_s}, {QLocale::Russian, u"ru-RU"_s},
        {QLocale::Chinese, u"zh-CN"_s}, {QLocale::Japanese, u"ja-JP"_s}, {QLocale::Korean, u"ko-KR"_s},
        {QLocale::Swedish, u"sv-SE"_s}};
    return nearest.value(locale.language(), u"en-US"_s);
}
