#pragma once

#include <QString>

// An exclusive lock on a file that the kernel holds for this process and drops when the process
// ends, however it ends. QLockFile is not enough here: a process killed between creating its lock
// file and writing its PID into it leaves a file that QLockFile takes for a live lock until its
// stale time (30 s) has passed, and every process in between would skip the crash recovery.
class ProcessLock
{
public:
    explicit ProcessLock(QString filePath);
    ~ProcessLock();
    ProcessLock(const ProcessLock &) = delete;
    ProcessLock &operator=(const ProcessLock &) = delete;

    // Takes the lock without waiting; false while another process (or another ProcessLock on the
    // same file in this process) holds it, or when the file cannot be opened.
    bool tryLock();
    bool isLocked() const { return m_fd >= 0; }

private:
    QString m_filePath;
    int m_fd = -1;
};
