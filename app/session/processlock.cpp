#include "session/processlock.h"

#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <utility>

ProcessLock::ProcessLock(QString filePath)
    : m_filePath(std::move(filePath))
{
}

ProcessLock::~ProcessLock()
{
    // closing the last descriptor of the open file releases the flock(); the file stays, since
    // removing it would let a waiting process lock a file that the next one no longer sees
    if (m_fd >= 0)
        ::close(m_fd);
}

bool ProcessLock::tryLock()
{
    if (m_fd >= 0)
        return true;
    // O_CLOEXEC: a child process (the training sandbox) must not inherit the lock
    const int fd
        = ::open(QFile::encodeName(m_filePath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}
