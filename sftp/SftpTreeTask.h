#pragma once

#include "SftpChannel.h"
#include "SftpTask.h"

#include <vector>

namespace ferry {

// Walks a remote tree depth first and removes it, or sets permissions on all of it. Memory is bounded
// by the depth: each open folder holds its handle and at most one READDIR reply not yet acted on.
// Symlinks are never followed (a link is removed as a link, and chmod leaves it alone). A name that
// could reach outside the folder ends the task with a BadName refusal. Progress: items done so far,
// total -1 (unknown), and the path at hand. Result: the number of items removed or changed (qint64).
class SftpTreeTask : public SftpTask {
public:
    enum class Action { Remove, Chmod };
    static constexpr int MaxDepth = 128;

    // fileMode and directoryMode are permission bits (07777), used by Chmod only.
    SftpTreeTask(Action action, const QByteArray& root, quint32 fileMode = 0, quint32 directoryMode = 0);

    void start() override;
    void pump() override;
    void cancel() override;

private:
    struct Frame {
        QByteArray path;
        QByteArray handle;
        QVector<SftpChannel::Name> names;
        int next = 0;
        int outstanding = 0;
        int passes = 0;
        bool opening = true;
        bool readdirInFlight = false;
        bool eof = false;
        bool closing = false;
    };

    void enter(const QByteArray& path);
    void openFrame();
    void step();
    void startChild(const SftpChannel::Name& name);
    void leaveFrame();
    void itemDone(const SftpError& error, const QByteArray& path);
    void fail(const SftpError& error, const QByteArray& path);
    bool chmodBefore() const;
    SftpAttributes modeAttributes(quint32 mode) const;

    Action m_action;
    QByteArray m_root;
    quint32 m_fileMode;
    quint32 m_directoryMode;
    std::vector<Frame> m_stack;
    qint64 m_done = 0;
    bool m_stepping = false;
};

} // namespace ferry
