#include "core/rotatinglogfile.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

RotatingLogFile::RotatingLogFile(const QString &filePath, qint64 maxBytes, int keep)
    : m_filePath(filePath)
    , m_maxBytes(qMax<qint64>(1, maxBytes))
    , m_keep(qMax(0, keep))
    , m_file(filePath)
{
}

RotatingLogFile::~RotatingLogFile() = default;

QString RotatingLogFile::rotatedPath(int n) const
{
    return m_filePath + u'.' + QString::number(n);
}

QString RotatingLogFile::errorString() const
{
    const QMutexLocker locker(&m_mutex);
    return m_error;
}

bool RotatingLogFile::openFile()
{
    m_file.close();
    const QString directory = QFileInfo(m_filePath).absolutePath();
    if (!QDir(directory).exists()) {
        if (!QDir().mkpath(directory)) {
            m_error = u"cannot create the folder %1"_s.arg(directory);
            return false;
        }
        // logs name servers, profiles and request ids: for the user's eyes only
        QFile::setPermissions(
            directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = m_file.errorString();
        return false;
    }
    m_error.clear();
    return true;
}

void RotatingLogFile::rotate()
{
    m_file.close();
    if (m_keep == 0) {
        QFile::remove(m_filePath);
        return;
    }
    QFile::remove(rotatedPath(m_keep));
    for (int n = m_keep - 1; n >= 1; --n) {
        if (QFile::exists(rotatedPath(n)))
            QFile::rename(rotatedPath(n), rotatedPath(n + 1));
    }
    QFile::rename(m_filePath, rotatedPath(1));
}

bool RotatingLogFile::isStillThePath() const
{
#ifdef Q_OS_UNIX
    struct stat byPath = {};
    struct stat byHandle = {};
    return ::stat(QFile::encodeName(m_filePath).constData(), &byPath) == 0
        && ::fstat(m_file.handle(), &byHandle) == 0 && byPath.st_dev == byHandle.st_dev
        && byPath.st_ino == byHandle.st_ino;
#else
    // elsewhere a file that is open cannot be renamed or deleted
    return QFileInfo::exists(m_filePath);
#endif
}

bool RotatingLogFile::write(const QByteArray &lines)
{
    const QMutexLocker locker(&m_mutex);
    // The path decides, not the open handle: another process may have rotated meanwhile, and
    // the handle then points at <name>.log.1
    if (m_file.isOpen() && !isStillThePath())
        m_file.close();
    const QFileInfo info(m_filePath);
    const qint64 size = info.exists() ? info.size() : 0;
    if (size > 0 && size + lines.size() > m_maxBytes) {
        rotate();
        if (!openFile())
            return false;
    } else if (!m_file.isOpen() && !openFile()) {
        return false;
    }
    // opened for appending: lines of several processes follow each other, never overwrite
    if (m_file.write(lines) != lines.size() || !m_file.flush()) {
        m_error = m_file.errorString();
        m_file.close();
        return false;
    }
    return true;
}
