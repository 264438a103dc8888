#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The language of AgentDesk's user interface: the system's, or the one chosen in the settings
// (shared by agentdesk and agentdeskctl). It decides the translations, and through the default
// QLocale the format of dates, times and numbers and the Accept-Language sent to the case server.
namespace UiLanguage {

// the languages AgentDesk is translated into, as ISO 639 codes: en, de, fr, es
const QStringList &available();

// the chosen language, or an empty string to follow the system
QString chosen();
void choose(const QString &language);

// the locale the user interface uses: the system locale when it speaks the chosen language (so
// a chosen German in Austria keeps Austrian formats), else the chosen language's own
QLocale locale();

// Loads AgentDesk's and Qt's translations for locale() into the application and makes locale()
// the default. Call once, after the application object exists and before any window or
// connection is created. Returns false when the language has no AgentDesk translation, in which
// case the interface stays English.
bool install(QCoreApplication *application);

// "Deutsch", "Français", … for a language menu
QString nativeName(const QString &language);

} // namespace UiLanguage
