#include "core/uilanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QString LanguageKey = u"ui/language"_s;

// the settings file the profiles live in, shared by both programs
QSettings sharedSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, u"AgentDesk"_s, u"agentdesk"_s);
}

} // namespace

const QStringList &UiLanguage::available()
{
    static const QStringList languages = {u"en"_s, u"de"_s, u"fr"_s, u"es"_s};
    return languages;
}

QString UiLanguage::chosen()
{
    const QString language = sharedSettings().value(LanguageKey).toString();
    return available().contains(language) ? language : QString();
}

void UiLanguage::choose(const QString &language)
{
    QSettings settings = sharedSettings();
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
}

QLocale UiLanguage::locale()
{
    const QLocale system = QLocale::system();
    const QString language = chosen();
    if (language.isEmpty())
        return system;
    const QLocale wanted(language);
    return system.language() == wanted.language() ? system : wanted;
}

bool UiLanguage::install(QCoreApplication *application)
{
    const QLocale uiLocale = locale();
    QLocale::setDefault(uiLocale);

    // Our .qm files are named after the language alone; QTranslator::load(QLocale) tries the
    // locale's UI languages in order (de-AT, de, …). English is the source text, but its plural
    // forms come from agentdesk_en.qm, which is also the fallback for untranslated languages.
    auto *own = new QTranslator(application);
    const bool translated = own->load(uiLocale, u"agentdesk"_s, u"_"_s, u":/i18n"_s);
    if (translated || own->load(u"agentdesk_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, context menus of line edits), when qt6-translations-l10n
    // is installed
    auto *qt = new QTranslator(application);
    if (qt->load(uiLocale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return translated || uiLocale.language() == QLocale::English;
}

QString UiLanguage::nativeName(const QString &language)
{
    // QLocale's native names carry the territory ("español de España")
    static const QHash<QString, QString> names = {
        {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"fr"_s, u"Français"_s}, {u"es"_s, u"Español"_s}};
    return names.value(language, language);
}
