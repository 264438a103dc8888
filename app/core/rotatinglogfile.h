#pragma once

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QString>

// One log file rotated by size: <name>.log, and the older <name>.log.1 (newest) … .log.<keep>.
// A line that would take the file past maxBytes first moves every file one number up (the
// oldest is deleted) and starts a new one, so no line is split and no file grows past maxBytes
// (a single line longer than that is written alone). Thread-safe. Several processes may append
// to the same file: it is opened for appending, and each write checks that the path still names
// the open file, so a process follows a rotation another one did (on Unix; elsewhere a file
// that is open cannot be renamed, and the rotation waits until the others closed it).
class RotatingLogFile
{
public:
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;
    static constexpr int DefaultKeep = 5;

    explicit RotatingLogFile(const QString &filePath, qint64 maxBytes = DefaultMaxBytes,
                             int keep = DefaultKeep);
    ~RotatingLogFile();

    RotatingLogFile(const RotatingLogFile &) = delete;
    RotatingLogFile &operator=(const RotatingLogFile &) = delete;

    QString filePath() const { return m_filePath; }
    // <filePath>.<n>, n = 1 … keep
    QString rotatedPath(int n) const;

    // Appends the bytes (one or more whole lines) and flushes; false when the file cannot be
    // written, with the reason in errorString().
    bool write(const QByteArray &lines);
    QString errorString() const;

private:
    bool openFile();
    bool isStillThePath() const;
    void rotate();

    const QString m_filePath;
    const qint64 m_maxBytes;
    const int m_keep;
    mutable QMutex m_mutex;
    QFile m_file;
    QString m_error;
};
