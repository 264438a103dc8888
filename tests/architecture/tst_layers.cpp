// The layers of docs/architecture.md, read from the sources' #include lines: every folder uses
// only the folders and Qt modules its layer may use, so the core builds and runs without a
// display, the models without the network code, the sandbox without any client code, and
// translations/ holds translations only.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The folders of agentdesk_core, bottom up, and agentdeskctl beside them.
const QStringList CoreLibrary
    = {u"app/core"_s,  u"app/domain"_s, u"app/api"_s,         u"app/auth"_s,
       u"app/cache"_s, u"app/sync"_s,   u"app/controllers"_s, u"app/session"_s};
const QStringList CoreLibraryModules = {u"Core"_s, u"Network"_s, u"Sql"_s, u"Concurrent"_s};

struct Layer
{
    QString folder;
    QStringList mayUse; // folders, its own included
    QStringList qtModules;
};

// the "may use" column of the architecture's layer table, folder by folder
QList<Layer> layers()
{
    const QStringList base = {u"app/core"_s, u"app/domain"_s};
    return {
        // the ground floor: logging, command line, timestamps, the UI language
        {u"app/core"_s, {u"app/core"_s}, {u"Core"_s}},
        {u"app/domain"_s, base, {u"Core"_s}},
        {u"app/api"_s, base + QStringList {u"app/api"_s}, CoreLibraryModules},
        {u"app/auth"_s, base + QStringList {u"app/api"_s, u"app/auth"_s}, CoreLibraryModules},
        {u"app/cache"_s, base + QStringList {u"app/cache"_s}, CoreLibraryModules},
        {u"app/sync"_s,
         base + QStringList {u"app/api"_s, u"app/auth"_s, u"app/cache"_s, u"app/sync"_s},
         CoreLibraryModules},
        {u"app/controllers"_s,
         base
             + QStringList {u"app/api"_s, u"app/auth"_s, u"app/cache"_s, u"app/sync"_s,
                            u"app/controllers"_s},
         CoreLibraryModules},
        {u"app/session"_s, CoreLibrary, CoreLibraryModules},
        {u"app/agentdeskctl"_s, CoreLibrary + QStringList {u"app/agentdeskctl"_s},
         CoreLibraryModules},
        // no network code and no widgets
        {u"models"_s,
         base + QStringList {u"app/cache"_s, u"app/sync"_s, u"models"_s},
         {u"Core"_s, u"Gui"_s, u"Sql"_s, u"Concurrent"_s}},
        {u"ui"_s, CoreLibrary + QStringList {u"models"_s, u"resources"_s, u"ui"_s},
         CoreLibraryModules + QStringList {u"Gui"_s, u"Widgets"_s}},
        // the pictures the window and the package share
        {u"resources"_s, {u"resources"_s}, {u"Core"_s, u"Gui"_s}},
        // an independent implementation of the servers: nothing of the client
        {u"sandbox"_s, {u"sandbox"_s}, {u"Core"_s, u"Network"_s, u"HttpServer"_s}},
    };
}

QDir sourceDir()
{
    return QDir(qEnvironmentVariable("AGENTDESK_SOURCE_DIR"));
}

// "app/auth" for app/auth/signin.cpp, "ui" for ui/mainwindow.cpp
QString layerOf(const QString &relativePath)
{
    const QStringList parts = relativePath.split(u'/');
    if (parts.first() == u"app" && parts.size() > 2)
        return parts[0] + u'/' + parts[1];
    return parts.first();
}

QStringList sourcesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(sourceDir().filePath(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(sourceDir().relativeFilePath(it.next()));
    files.sort();
    return files;
}

// The folder a quoted include names, found the way the compiler finds it: beside the including
// file, then in the include roots (app/, models/, ui/, resources/). Generated headers (core/buildinfo.h)
// belong to the folder they are named after; moc output and the like to no folder.
QString folderOfInclude(const QString &includingFile, const QString &include)
{
    const QDir root = sourceDir();
    const QStringList candidates
        = {QFileInfo(includingFile).path() + u'/' + include, u"app/"_s + include,
           u"models/"_s + include, u"ui/"_s + include, u"resources/"_s + include};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(root.filePath(candidate)))
            return layerOf(QDir::cleanPath(candidate));
    }
    if (include.contains(u'/') && root.exists(u"app/"_s + include.section(u'/', 0, 0)))
        return u"app/"_s + include.section(u'/', 0, 0);
    return {};
}

// QWidget -> Widgets, QtConcurrent/QtConcurrentRun -> Concurrent; empty for anything not Qt's
QString qtModuleOf(const QString &include)
{
    static const QHash<QString, QString> moduleByHeader = [] {
        QHash<QString, QString> modules;
        const QDir headers(QLibraryInfo::path(QLibraryInfo::HeadersPath));
        for (const QString &module : headers.entryList({u"Qt*"_s}, QDir::Dirs)) {
            for (const QString &header : QDir(headers.filePath(module)).entryList(QDir::Files))
                modules.insert(header, module.mid(2));
        }
        return modules;
    }();
    if (include.startsWith(u"Qt"_s) && include.contains(u'/'))
        return include.section(u'/', 0, 0).mid(2);
    return moduleByHeader.value(include);
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void includesOnlyWhatItsLayerMayUse_data();
    void includesOnlyWhatItsLayerMayUse();
    void everyFolderOfCodeHasALayer();
    void translationsHoldNoCode();
};

void TestLayers::initTestCase()
{
    QVERIFY2(sourceDir().exists(u"app/core/commandline.h"_s),
             "AGENTDESK_SOURCE_DIR must name the source tree");
    QCOMPARE(qtModuleOf(u"QWidget"_s), u"Widgets"_s);
    QCOMPARE(qtModuleOf(u"QtConcurrent/QtConcurrentRun"_s), u"Concurrent"_s);
}

void TestLayers::includesOnlyWhatItsLayerMayUse_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("mayUse");
    QTest::addColumn<QStringList>("qtModules");
    for (const Layer &layer : layers())
        QTest::newRow(qPrintable(layer.folder)) << layer.folder << layer.mayUse << layer.qtModules;
}

void TestLayers::includesOnlyWhatItsLayerMayUse()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, mayUse);
    QFETCH(QStringList, qtModules);

    static const QRegularExpression includeLine(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_s,
                                                QRegularExpression::MultilineOption);
    const QStringList files = sourcesIn(folder);
    QVERIFY2(!files.isEmpty(), qPrintable(folder + u" holds no sources"_s));
    QStringList violations;
    for (const QString &file : files) {
        QFile source(sourceDir().filePath(file));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(source.readAll());
        for (const QRegularExpressionMatch &match : includeLine.globalMatch(text)) {
            const QString include = match.captured(2);
            if (match.captured(1) == u"\"") {
                const QString used = folderOfInclude(file, include);
                if (!used.isEmpty() && !mayUse.contains(used))
                    violations.append(u"%1: \"%2\" (%3)"_s.arg(file, include, used));
            } else {
                const QString module = qtModuleOf(include);
                if (!module.isEmpty() && !qtModules.contains(module))
                    violations.append(u"%1: <%2> (Qt %3)"_s.arg(file, include, module));
            }
        }
    }
    QVERIFY2(violations.isEmpty(),
             qPrintable(u"%1 may use %2 and Qt %3 only, but:\n    "_s.arg(
                            folder, mayUse.join(u", "_s), qtModules.join(u", "_s))
                        + violations.join(u"\n    "_s)));
}

// A new folder of code gets its place in the layer table (here and in docs/architecture.md)
// before it gets code.
void TestLayers::everyFolderOfCodeHasALayer()
{
    QStringList known;
    for (const Layer &layer : layers())
        known.append(layer.folder);
    QStringList unknown;
    for (const QString &folder : {u"app"_s, u"models"_s, u"ui"_s, u"resources"_s, u"sandbox"_s}) {
        for (const QString &file : sourcesIn(folder)) {
            if (!known.contains(layerOf(file)) && !unknown.contains(layerOf(file)))
                unknown.append(layerOf(file));
        }
    }
    QVERIFY2(unknown.isEmpty(),
             qPrintable(u"no layer for "_s + unknown.join(u", "_s)
                        + u"; add it to the table here and in docs/architecture.md"_s));
}

void TestLayers::translationsHoldNoCode()
{
    const QDir translations(sourceDir().filePath(u"translations"_s));
    QStringList others;
    for (const QString &name :
         translations.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!name.endsWith(u".ts"_s) && name != u"CMakeLists.txt"_s)
            others.append(name);
    }
    QVERIFY2(others.isEmpty(),
             qPrintable(u"translations/ holds .ts files and their CMakeLists.txt only, not "_s
                        + others.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
