#pragma once

#include "SftpTask.h"

namespace ferry {

// Replaces a remote file atomically (for the editor): writes the content to a temporary name in the
// same folder, keeps the old file's permissions, then renames it into place (posix-rename where the
// server offers it; elsewhere the old file is removed first, which is not atomic). A symlink is
// followed: its target is replaced, the link stays.
// With an expected state (the attributes seen when the file was opened), it refuses with
// Refusal::RemoteChanged when the file's size or modification time differ, both before writing and
// right before the rename, unless force is set. Result: the new file's attributes (SftpAttributes).
class SftpWriteFileTask : public SftpTask {
public:
    SftpWriteFileTask(const QByteArray& path, const QByteArray& content, const SftpAttributes& expected,
                      bool checkExpected, bool force);

    void start() override;
    void pump() override;
    void cancel() override;

private:
    void begin(const QByteArray& target);
    void afterStat(const SftpError& error, const SftpAttributes& attrs);
    void openTemporary();
    void onWritten(const SftpError& error, int length);
    void finishWriting();
    void checkAgainThenRename();
    void rename();
    void end(const SftpError& error, const QVariant& result = QVariant());
    bool changed(const SftpAttributes& now) const;

    QByteArray m_path;
    QByteArray m_target;
    QByteArray m_temporary;
    QByteArray m_content;
    SftpAttributes m_expected;
    bool m_checkExpected;
    bool m_force;
    bool m_exists = false;
    SftpAttributes m_old;
    QByteArray m_handle;
    qint64 m_sent = 0;
    qint64 m_acknowledged = 0;
    bool m_writing = false;
};

} // namespace ferry
