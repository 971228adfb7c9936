#include "SftpTreeTask.h"

#include "SftpProtocol.h"

namespace ferry {

SftpTreeTask::SftpTreeTask(Action action, const QByteArray& root, quint32 fileMode, quint32 directoryMode)
    : m_action(action)
    , m_root(root)
    , m_fileMode(fileMode & sftp::PermissionMask)
    , m_directoryMode(directoryMode & sftp::PermissionMask)
{
}

SftpAttributes SftpTreeTask::modeAttributes(quint32 mode) const
{
    SftpAttributes a;
    a.setPermissions(mode);
    return a;
}

bool SftpTreeTask::chmodBefore() const
{
    // A mode that lets the owner read and enter the folder is set before going in (it may be what makes
    // going in possible); one that does not is set on the way out.
    return (m_directoryMode & 0500) == 0500;
}

void SftpTreeTask::start()
{
    channel()->lstat(this, m_root, [this](const SftpError& error, const SftpAttributes& attrs) {
        if (error.isError()) {
            fail(error, m_root);
            return;
        }
        if (attrs.isDirectory()) {
            enter(m_root);
            return;
        }
        auto done = [this](const SftpError& e) {
            if (e.isError()) {
                fail(e, m_root);
                return;
            }
            context()->finish(SftpError(), QVariant::fromValue<qint64>(1));
        };
        if (m_action == Action::Remove) {
            channel()->remove(this, m_root, done);
        } else if (attrs.isSymlink()) {
            context()->finish(SftpError(), QVariant::fromValue<qint64>(0));
        } else {
            channel()->setstat(this, m_root, modeAttributes(m_fileMode), done);
        }
    });
}

void SftpTreeTask::enter(const QByteArray& path)
{
    if (int(m_stack.size()) >= MaxDepth) {
        fail(SftpError::refused(SftpError::Refusal::TooDeep, QString::fromUtf8(path)), path);
        return;
    }
    Frame f;
    f.path = path;
    m_stack.push_back(f);
    if (m_action == Action::Chmod && chmodBefore()) {
        channel()->setstat(this, path, modeAttributes(m_directoryMode), [this, path](const SftpError& error) {
            if (error.isError()) {
                fail(error, path);
                return;
            }
            ++m_done;
            openFrame();
        });
        return;
    }
    openFrame();
}

void SftpTreeTask::openFrame()
{
    Frame& f = m_stack.back();
    f.opening = true;
    f.eof = false;
    f.names.clear();
    f.next = 0;
    const QByteArray path = f.path;
    channel()->opendir(this, path, [this, path](const SftpError& error, const QByteArray& handle) {
        if (error.isError()) {
            fail(error, path);
            return;
        }
        m_stack.back().handle = handle;
        m_stack.back().opening = false;
        step();
    });
}

void SftpTreeTask::pump()
{
    step();
}

void SftpTreeTask::step()
{
    if (m_stepping || finished() || m_stack.empty()) {
        return;
    }
    m_stepping = true;
    while (!finished() && !m_stack.empty()) {
        const size_t depth = m_stack.size();
        if (m_stack.back().opening || m_stack.back().closing) {
            break;
        }
        bool descended = false;
        // Indexes, not references: going down a level grows the stack and may move it.
        while (!finished() && channel()->canSend() && m_stack[depth - 1].next < m_stack[depth - 1].names.size()) {
            const SftpChannel::Name name = m_stack[depth - 1].names.at(m_stack[depth - 1].next++);
            startChild(name);
            if (m_stack.size() != depth) {
                descended = true;
                break;
            }
        }
        if (finished() || descended) {
            continue;
        }
        Frame& f = m_stack.back();
        if (f.next < f.names.size()) {
            break; // waiting for room in the pipeline
        }
        if (!f.eof) {
            if (!f.readdirInFlight) {
                f.readdirInFlight = true;
                f.names.clear();
                f.next = 0;
                channel()->readdir(
                    this, f.handle,
                    [this, depth](const SftpError& error, const QVector<SftpChannel::Name>& names, bool eof) {
                        Frame& fr = m_stack.at(depth - 1);
                        fr.readdirInFlight = false;
                        if (error.isError()) {
                            fail(error, fr.path);
                            return;
                        }
                        fr.eof = eof;
                        fr.names = names;
                        step();
                    });
            }
            break;
        }
        if (f.outstanding == 0) {
            leaveFrame();
        }
        break;
    }
    m_stepping = false;
}

void SftpTreeTask::startChild(const SftpChannel::Name& name)
{
    if (name.filename == "." || name.filename == "..") {
        return;
    }
    Frame& f = m_stack.back();
    const QString problem = SftpEntry::nameProblem(name.filename);
    if (!problem.isEmpty()) {
        fail(SftpError::refused(SftpError::Refusal::BadName, QString::fromUtf8(f.path), problem), f.path);
        return;
    }
    const QByteArray path = SftpEntry::joinPath(f.path, name.filename);
    if (name.attributes.isDirectory()) {
        enter(path);
        return;
    }
    const size_t depth = m_stack.size();
    auto done = [this, depth, path](const SftpError& error) {
        --m_stack.at(depth - 1).outstanding;
        itemDone(error, path);
    };
    if (m_action == Action::Remove) {
        ++f.outstanding;
        channel()->remove(this, path, done);
    } else if (!name.attributes.isSymlink()) {
        ++f.outstanding;
        channel()->setstat(this, path, modeAttributes(m_fileMode), done);
    }
}

void SftpTreeTask::itemDone(const SftpError& error, const QByteArray& path)
{
    // Gone already (someone else removed it, or the listing repeated it): that is what was wanted.
    if (error.isError() && !(m_action == Action::Remove && error.isStatus(sftp::NoSuchFile))) {
        fail(error, path);
        return;
    }
    ++m_done;
    context()->progress(m_done, -1, QString::fromUtf8(path));
    step();
}

void SftpTreeTask::leaveFrame()
{
    Frame& f = m_stack.back();
    f.closing = true;
    channel()->close(nullptr, f.handle, nullptr);
    f.handle.clear();
    const QByteArray path = f.path;
    auto popped = [this, path](const SftpError& error) {
        if (error.isError()) {
            fail(error, path);
            return;
        }
        ++m_done;
        context()->progress(m_done, -1, QString::fromUtf8(path));
        m_stack.pop_back();
        if (m_stack.empty()) {
            context()->finish(SftpError(), QVariant::fromValue<qint64>(m_done));
            return;
        }
        step();
    };
    if (m_action == Action::Remove) {
        channel()->rmdir(this, path, [this, path, popped](const SftpError& error) {
            // Entries removed while the folder was read may hide others from the listing: read it again.
            Frame& fr = m_stack.back();
            if (error.isStatus(sftp::Failure) && fr.passes < 3) {
                ++fr.passes;
                fr.closing = false;
                openFrame();
                return;
            }
            popped(error);
        });
    } else if (!chmodBefore()) {
        channel()->setstat(this, path, modeAttributes(m_directoryMode), popped);
    } else {
        --m_done; // counted when it was set on the way in
        popped(SftpError());
    }
}

void SftpTreeTask::cancel()
{
    fail(SftpError::cancelled(), QByteArray());
}

void SftpTreeTask::fail(const SftpError& error, const QByteArray& path)
{
    if (finished()) {
        return;
    }
    for (Frame& f : m_stack) {
        if (!f.handle.isEmpty()) {
            channel()->close(nullptr, f.handle, nullptr);
        }
    }
    m_stack.clear();
    context()->finish(error.withPath(QString::fromUtf8(path)), QVariant::fromValue<qint64>(m_done));
}

} // namespace ferry
