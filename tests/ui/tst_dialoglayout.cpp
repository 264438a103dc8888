// Every dialog at the size it opens with, in English and in German (the longest of the
// translations), on a 1024×700 screen: no text is cut, every field is wide enough to read what
// it holds, and the dialog, its OK and Cancel included, fits the screen.

#include "callbackdialog.h"
#include "calltrackdialog.h"
#include "changecasedialog.h"
#include "profiledialog.h"
#include "reassigndialog.h"

#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "controllers/changecasecontroller.h"
#include "controllers/createcallbackcontroller.h"
#include "controllers/createcalltrackcontroller.h"
#include "controllers/reassigncontroller.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// the offscreen platform's screen, as small as the smallest the window is made for
constexpr QSize ScreenSize(1024, 700);
// that screen less a title bar and a panel
constexpr int MaxDialogHeight = 650;
// a line edit shows at least this many characters
constexpr int MinEditChars = 8;

QList<Activity> selection()
{
    QList<Activity> activities;
    for (const qint64 id : {81001, 81002}) {
        Activity activity;
        activity.id = id;
        activity.caseId = 70001;
        activity.customerName = u"Nordwind Handels GmbH"_s;
        activities.append(activity);
    }
    return activities;
}

// where a widget can be seen: the scroll area's content when it lies in one, else the dialog
QWidget *visibleArea(QWidget *widget, QWidget *dialog)
{
    for (QWidget *parent = widget->parentWidget(); parent && parent != dialog;
         parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent))
            return scroll->widget();
    }
    return dialog;
}

QString nameOf(const QWidget *widget)
{
    const auto *label = qobject_cast<const QLabel *>(widget);
    const QString text = label ? label->text().left(40) : QString();
    return u"%1 %2 \"%3\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                 widget->objectName(), text);
}

// Everything wrong with the dialog's layout as shown, one line each.
QStringList layoutProblems(QDialog &dialog)
{
    QStringList problems;
    if (dialog.height() > MaxDialogHeight)
        problems.append(u"the dialog is %1 px high"_s.arg(dialog.height()));
    if (dialog.minimumHeight() > MaxDialogHeight)
        problems.append(
            u"the dialog cannot be made lower than %1 px"_s.arg(dialog.minimumHeight()));

    const auto widgets = dialog.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&dialog) || widget->window() != &dialog)
            continue;
        const auto *label = qobject_cast<QLabel *>(widget);
        const bool control = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget);
        if (!(label && !label->text().isEmpty()) && !control)
            continue;
        // reachable: inside what shows it, or what scrolls into view
        QWidget *area = visibleArea(widget, &dialog);
        const QRect rect(widget->mapTo(area, QPoint(0, 0)), widget->size());
        if (!area->rect().contains(rect))
            problems.append(u"%1 lies outside the dialog: %2 in %3"_s.arg(
                nameOf(widget), QDebug::toString(rect), QDebug::toString(area->rect())));
        if (label) {
            const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                                 : label->sizeHint().height();
            if (label->height() < needed)
                problems.append(u"%1 is %2 px high, its text needs %3"_s.arg(nameOf(widget))
                                    .arg(label->height())
                                    .arg(needed));
            if (!label->wordWrap() && label->width() < label->sizeHint().width())
                problems.append(u"%1 is %2 px wide, its text needs %3"_s.arg(nameOf(widget))
                                    .arg(label->width())
                                    .arg(label->sizeHint().width()));
        }
        if (qobject_cast<QLineEdit *>(widget)) {
            const int needed = MinEditChars * widget->fontMetrics().averageCharWidth();
            if (widget->width() < needed)
                problems.append(u"%1 is %2 px wide, %3 characters need %4"_s.arg(nameOf(widget))
                                    .arg(widget->width())
                                    .arg(MinEditChars)
                                    .arg(needed));
        }
    }
    return problems;
}

} // namespace

class TestDialogLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void dialogsShowAllTheirText_data();
    void dialogsShowAllTheirText();

private:
    bool useLanguage(const QString &language);

    QTemporaryDir m_directory;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
};

void TestDialogLayout::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_database = std::make_unique<CacheDatabase>(m_directory.filePath(u"cache.sqlite"_s));
    QVERIFY(!m_database->open());
}

void TestDialogLayout::cleanup()
{
    useLanguage(u"en"_s);
}

// as UiLanguage::install() does, but undone after each test
bool TestDialogLayout::useLanguage(const QString &language)
{
    for (auto *translator : {m_own.get(), m_qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_own.reset();
    m_qt.reset();
    QLocale::setDefault(QLocale(language));
    if (language == u"en"_s)
        return true;
    m_own = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    if (!m_own->load(u"agentdesk_"_s + language, u":/i18n"_s))
        return false;
    QCoreApplication::installTranslator(m_own.get());
    if (m_qt->load(QLocale(language), u"qtbase"_s, u"_"_s,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    return true;
}

void TestDialogLayout::dialogsShowAllTheirText_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"en"_s, u"de"_s}) {
        for (const QString &dialog :
             {u"calltrack"_s, u"callback"_s, u"changecase"_s, u"reassign"_s, u"profile"_s}) {
            QTest::addRow("%s-%s", qPrintable(dialog), qPrintable(language)) << dialog << language;
        }
    }
}

void TestDialogLayout::dialogsShowAllTheirText()
{
    QFETCH(QString, dialog);
    QFETCH(QString, language);
    QVERIFY(useLanguage(language));

    CreateCalltrackController calltrack(*m_database, nullptr, nullptr, u"layout"_s);
    CreateCallbackController callback(*m_database, nullptr, u"layout"_s);
    ChangeCaseController changeCase(*m_database, nullptr, u"layout"_s);
    ReassignController reassign(*m_database, nullptr, u"layout"_s, u"s.okafor"_s);
    std::unique_ptr<QDialog> shown;
    if (dialog == u"calltrack"_s)
        shown = std::make_unique<CalltrackDialog>(&calltrack, CalltrackValidator::Context {});
    else if (dialog == u"callback"_s)
        shown = std::make_unique<CallbackDialog>(&callback);
    else if (dialog == u"changecase"_s)
        shown = std::make_unique<ChangeCaseDialog>(&changeCase, selection());
    else if (dialog == u"reassign"_s) {
        // with the note on what cannot go: a calltrack and a completed activity in the selection
        QList<Activity> activities = selection();
        activities[0].type = u"call_track"_s;
        activities[0].typeDisplay = u"Calltrack"_s;
        activities[1].type = u"email"_s;
        activities[1].status = u"completed"_s;
        activities[1].statusDisplay = u"Completed"_s;
        // the dialog judges them as the cache holds them
        QVERIFY(!ActivityStore(*m_database).upsert(activities));
        TeamLoadStore::Targets targets;
        targets.users = {{1002, u"Marit Jansen"_s}, {1009, u"Pia Lindqvist"_s}};
        shown = std::make_unique<ReassignDialog>(&reassign, activities,
                                                 ReassignRequest::Operation::TransferToUser,
                                                 targets, ReassignValidator::Context {});
    } else
        shown = std::make_unique<ProfileDialog>();
    QCOMPARE(shown->screen()->size(), ScreenSize);
    shown->show();
    // the profile dialog's whole form shows with a profile in it
    if (auto *newProfile = shown->findChild<QPushButton *>(u"newProfile"_s))
        newProfile->click();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    // the layout requests of the first show are handled
    QCoreApplication::processEvents();

    const QStringList problems = layoutProblems(*shown);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

// QTEST_MAIN, on an offscreen screen of ScreenSize (the platform's configuration file)
int main(int argc, char **argv)
{
    QTemporaryDir directory;
    const QString config = directory.filePath(u"screen.json"_s);
    QFile file(config);
    if (!directory.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(u"{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, \"width\": %1, "
                      u"\"height\": %2, \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}"_s
                          .arg(ScreenSize.width())
                          .arg(ScreenSize.height())
                          .toUtf8())
            < 0) {
        qCritical("cannot write the screen configuration");
        return 1;
    }
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication application(argc, argv);
    TestDialogLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_dialoglayout.moc"
