// The translations are complete and current: every .ts file carries a finished translation for
// every string the sources pass to tr(), keeps their placeholders, accelerators and ellipses, and
// the programs speak the language the user chose.
#include "api/acceptlanguage.h"
#include "core/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", unfinished, vanished or obsolete
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}};
            while (!(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"message")
                   && !xml.atEnd()) {
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(u"type"_s).toString();
                    if (!message.numerus)
                        message.translations.append(xml.readElementText());
                } else if (xml.name() == u"numerusform") {
                    message.translations.append(xml.readElementText());
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(?:n|L?\\d{1,2})"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(QString text)
{
    static const QRegularExpression accelerator(u"&[^\\s&]"_s);
    return text.remove(u"&&"_s).contains(accelerator);
}

int englishWords(const QString &text)
{
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    int count = 0;
    for ([[maybe_unused]] const QRegularExpressionMatch &match : word.globalMatch(text))
        ++count;
    return count;
}

// What a translator must get right in every message; English files carry plural forms only,
// which may repeat the source.
QStringList problems(const QList<Message> &messages, const QString &language)
{
    const bool english = language.startsWith(u"en");
    QStringList found;
    for (const Message &message : messages) {
        const QString where = message.context + u": \""_s + message.source.left(60) + u'"';
        if (!message.type.isEmpty()) {
            found.append(where + u" is "_s + message.type);
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                found.append(where + u" has an empty translation"_s);
            else if (placeholders(translation) != placeholders(message.source))
                found.append(where + u" changes the placeholders: "_s + translation);
            else if (hasAccelerator(message.source) != hasAccelerator(translation))
                found.append(where + u" loses or adds the accelerator: "_s + translation);
            else if (message.source.endsWith(u'…') != translation.endsWith(u'…'))
                found.append(where + u" loses or adds the ellipsis: "_s + translation);
            else if (!english && translation == message.source && englishWords(message.source) >= 3)
                found.append(where + u" is left in English"_s);
        }
    }
    return found;
}

QString tsDirectory()
{
    return qEnvironmentVariable("AGENTDESK_TS_DIR");
}

// the translation of one source text, as the .ts file has it
QString translationOf(const QString &language, const QString &context, const QString &source)
{
    QString fileLanguage;
    const QList<Message> messages
        = readTs(tsDirectory() + u"/agentdesk_"_s + language + u".ts"_s, &fileLanguage);
    for (const Message &message : messages) {
        if (message.context == context && message.source == source)
            return message.translations.value(0);
    }
    return {};
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void everySourceStringIsInTheFile_data();
    void everySourceStringIsInTheFile();
    void theChosenLanguageOverridesTheSystem();
    void englishHasItsPluralForms();
    void agentdeskctlSpeaksTheSystemLanguage();
};

void TranslationsTest::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : UiLanguage::available())
        QTest::newRow(qPrintable(language)) << language;
}

void TranslationsTest::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QString fileLanguage;
    const QList<Message> messages
        = readTs(tsDirectory() + u"/agentdesk_"_s + language + u".ts"_s, &fileLanguage);
    QVERIFY(fileLanguage.startsWith(language));
    QVERIFY2(!messages.isEmpty(), "no messages");
    const QStringList found = problems(messages, fileLanguage);
    QVERIFY2(found.isEmpty(), qPrintable(u"%1 problems, the first: \n"_s.arg(found.size())
                                         + found.mid(0, 20).join(u'\n')));
}

void TranslationsTest::everySourceStringIsInTheFile_data()
{
    everyMessageIsTranslated_data();
}

// lupdate run over the sources, on a copy: a string added to the sources would come out
// unfinished, one removed from them vanished.
void TranslationsTest::everySourceStringIsInTheFile()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"agentdesk_"_s + language + u".ts"_s);
    QVERIFY(QFile::copy(tsDirectory() + u"/agentdesk_"_s + language + u".ts"_s, copy));
    QString fileLanguage;
    const qsizetype before = readTs(copy, &fileLanguage).size();

    QStringList arguments = {u'@' + qEnvironmentVariable("AGENTDESK_TRANSLATED_SOURCES"), u"-ts"_s,
                             copy, u"-locations"_s, u"none"_s, u"-silent"_s};
    if (language == u"en")
        arguments.append(u"-pluralonly"_s);
    QProcess lupdate;
    lupdate.start(qEnvironmentVariable("AGENTDESK_LUPDATE"), arguments);
    QVERIFY(lupdate.waitForFinished(60'000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QList<Message> after = readTs(copy, &fileLanguage);
    QStringList stale;
    for (const Message &message : after) {
        if (message.type == u"unfinished")
            stale.append(u"missing from the file: "_s + message.context + u": "_s + message.source);
        else if (message.type == u"vanished" || message.type == u"obsolete")
            stale.append(u"no longer in the sources: "_s + message.context + u": "_s + message.source);
    }
    QVERIFY2(stale.isEmpty(),
             qPrintable(u"run `cmake --build build --target update_translations` and translate:\n"_s
                        + stale.mid(0, 20).join(u'\n')));
    QCOMPARE(after.size(), before);
}

// The setting shared with agentdeskctl wins over the system language; the locale it leads to
// formats numbers and chooses the Accept-Language sent to the case server.
void TranslationsTest::theChosenLanguageOverridesTheSystem()
{
    QCOMPARE(QLocale::system().language(), QLocale::C); // LC_ALL=C.UTF-8 from the test's setup
    UiLanguage::choose(u"fr"_s);
    QCOMPARE(UiLanguage::chosen(), u"fr"_s);
    QVERIFY(UiLanguage::install(QCoreApplication::instance()));

    const QString source = u"No command given. See agentdeskctl --help."_s;
    const QString french = translationOf(u"fr"_s, u"agentdeskctl"_s, source);
    QVERIFY(!french.isEmpty());
    QCOMPARE(QCoreApplication::translate("agentdeskctl", qPrintable(source)), french);
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1\u202f234,5"_s);
    QCOMPARE(AcceptLanguage::forLocale(QLocale()), u"fr-FR"_s);

    UiLanguage::choose({});
    QVERIFY(UiLanguage::chosen().isEmpty());
    QCOMPARE(UiLanguage::locale(), QLocale::system());
    QCOMPARE(UiLanguage::nativeName(u"es"_s), u"Español"_s);
}

// English is the source language, yet "1 activities" needs its singular from agentdesk_en.qm.
void TranslationsTest::englishHasItsPluralForms()
{
    UiLanguage::choose(u"en"_s);
    QVERIFY(UiLanguage::install(QCoreApplication::instance()));
    QCOMPARE(QCoreApplication::translate("ChangeCaseController", "%n activities moved to case %1.",
                                         nullptr, 1)
                 .arg(7),
             u"1 activity moved to case 7."_s);
    QCOMPARE(QCoreApplication::translate("ChangeCaseController", "%n activities moved to case %1.",
                                         nullptr, 3)
                 .arg(7),
             u"3 activities moved to case 7."_s);
    QCOMPARE(AcceptLanguage::forLocale(QLocale()), u"en-US"_s);
    UiLanguage::choose({});
}

// The command-line tool: the system language without any setting, with the message and the
// exit code of a usage error.
void TranslationsTest::agentdeskctlSpeaksTheSystemLanguage()
{
    UiLanguage::choose({});
    QProcess ctl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"es_ES.UTF-8"_s);
    ctl.setProcessEnvironment(environment);
    ctl.start(qEnvironmentVariable("AGENTDESKCTL"), {});
    QVERIFY(ctl.waitForFinished(30'000));
    QCOMPARE(ctl.exitCode(), 2);
    const QString spanish = translationOf(u"es"_s, u"agentdeskctl"_s,
                                          u"No command given. See agentdeskctl --help."_s);
    QVERIFY(!spanish.isEmpty());
    QVERIFY2(QString::fromUtf8(ctl.readAllStandardError()).contains(spanish), qPrintable(spanish));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
