#include "core/logging.h"

#include "core/rotatinglogfile.h"

#include <QAtomicPointer>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "agentdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "agentdesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "agentdesk.cache", QtInfoMsg)

namespace {

// The installed log. Never deleted: worker threads may still log during static destruction.
struct FileLog
{
    explicit FileLog(const QString &filePath)
        : file(filePath)
    {
    }

    RotatingLogFile file;
    QtMessageHandler stderrHandler = nullptr;
    QLoggingCategory::CategoryFilter rulesFilter = nullptr;
    std::atomic<bool> reportedFailure = false;

    // What the logging rules enabled for each agentdesk.* category, before the file's floor
    // was added: only that reaches stderr.
    QMutex stderrLevelsMutex;
    QHash<QByteArray, quint8> stderrLevels;
};

QAtomicPointer<FileLog> installed;
thread_local bool insideHandler = false;

bool isOwnCategory(const char *name)
{
    return name && qstrncmp(name, "agentdesk.", 10) == 0;
}

quint8 levelBit(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 1;
    case QtInfoMsg:
        return 2;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
    case QtFatalMsg:
        break;
    }
    return 8;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        break;
    }
    return "fatal";
}

void categoryFilter(QLoggingCategory *category)
{
    FileLog *log = installed.loadAcquire();
    if (log->rulesFilter)
        log->rulesFilter(category);
    if (!isOwnCategory(category->categoryName()))
        return;
    quint8 levels = 0;
    for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg}) {
        if (category->isEnabled(type))
            levels |= levelBit(type);
    }
    {
        const QMutexLocker locker(&log->stderrLevelsMutex);
        log->stderrLevels.insert(category->categoryName(), levels);
    }
    // the file's floor: info and up, whatever stderr shows
    category->setEnabled(QtInfoMsg, true);
    category->setEnabled(QtWarningMsg, true);
    category->setEnabled(QtCriticalMsg, true);
}

bool shownOnStderr(FileLog *log, QtMsgType type, const char *category)
{
    if (type == QtFatalMsg || !isOwnCategory(category))
        return true; // the rules let it through, or it would not be here
    const QMutexLocker locker(&log->stderrLevelsMutex);
    return log->stderrLevels.value(category, 0xff) & levelBit(type);
}

QByteArray formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // continuation lines are indented, so that every record starts with its time stamp
    QString text = Logging::redacted(message);
    text.replace(u'\n', u"\n    "_s);
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + " ["
        + QByteArray::number(QCoreApplication::applicationPid()) + "] " + levelName(type) + ' '
        + (context.category ? context.category : "default") + ": " + text.toUtf8() + '\n';
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    FileLog *log = installed.loadAcquire();
    // a message logged while writing one (Qt warning about the file itself) only goes to stderr
    if (insideHandler) {
        if (log->stderrHandler)
            log->stderrHandler(type, context, message);
        return;
    }
    insideHandler = true;
    if (!log->file.write(formatLine(type, context, message)) && log->stderrHandler
        && !log->reportedFailure.exchange(true)) {
        log->stderrHandler(QtWarningMsg, QMessageLogContext(),
                           u"AgentDesk cannot write its log file %1: %2"_s.arg(
                               log->file.filePath(), log->file.errorString()));
    }
    if (log->stderrHandler && shownOnStderr(log, type, context.category))
        log->stderrHandler(type, context, message);
    insideHandler = false;
}

} // namespace

namespace Logging {

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + "/AgentDesk/agentdesk/logs"_L1;
}

bool installFileLog(const QString &program, const QString &directory)
{
    const QString folder = directory.isEmpty() ? defaultDirectory() : directory;
    auto *log = new FileLog(folder + u'/' + program + ".log"_L1);
    if (!installed.testAndSetOrdered(nullptr, log)) {
        delete log;
        return false;
    }
    log->stderrHandler = qInstallMessageHandler(handleMessage);
    // installFilter() runs the new filter over every category before it returns, so the filter
    // in place (Qt's rules) is taken out first; the file's filter then wraps it
    log->rulesFilter = QLoggingCategory::installFilter(nullptr);
    QLoggingCategory::installFilter(categoryFilter);
    return true;
}

QString filePath()
{
    const FileLog *log = installed.loadAcquire();
    return log ? log->file.filePath() : QString();
}

QString redacted(const QString &message)
{
    // header values: "Authorization: Bearer …", "X-egain-session: …" up to the next separator
    static const QRegularExpression header(
        uR"((\b(?:Proxy-)?Authorization|\bX-egain-session|\bSet-Cookie|\bCookie)(["']?\s*[:=]\s*["']?)[^\r\n"';,]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scheme(uR"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    // JSON members, form and query fields, key=value pairs
    static const QRegularExpression field(
        uR"((\b(?:password|passwd|client_secret|clientSecret|code_verifier|codeVerifier|access_token|accessToken|refresh_token|id_token|api_key|apiKey|token|secret|session_id|sessionId)["']?\s*[:=]\s*)(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s&,;}\]"']+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    // the authorization code of a redirect
    static const QRegularExpression code(uR"(([?&]code=)[^&#\s]+)"_s);

    QString text = message;
    text.replace(header, u"\\1\\2<redacted>"_s);
    text.replace(scheme, u"\\1 <redacted>"_s);
    text.replace(field, u"\\1<redacted>"_s);
    text.replace(code, u"\\1<redacted>"_s);
    return text;
}

} // namespace Logging
