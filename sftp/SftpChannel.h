#pragma once

#include "SftpAttributes.h"
#include "SftpError.h"
#include "SftpFsStats.h"
#include "SftpServerInfo.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>

#include <deque>
#include <limits>
#include <functional>

#include <libssh/callbacks.h>

struct ssh_channel_struct;
struct ssh_session_struct;

namespace ferry {

class ServiceHost;
class SftpPacketReader;
class SftpPacketWriter;

// One SFTP version 3 session on one channel of a connection: Ferry's own client. It lives in the
// connection's worker thread and is used only there (it is not thread-safe and not a QObject).
//
// Requests are never refused: each returns its request id at once and later calls its callback exactly
// once, from pump(), with the reply or with an error (status from the server, protocol violation,
// channel ended, or SftpError::Refusal::Unsupported for an extension the server does not offer). Paths
// are raw bytes, as the server stores them (UTF-8 in practice). Many requests may be in flight:
// pipeliners ask canSend() before issuing more, so the bytes in flight stay within a budget.
//
// Every request names an owner (any pointer, usually the task issuing it); abandon(owner) drops that
// owner's callbacks, so an object can go away with requests outstanding. Replies are matched by id:
// a reply to an unknown or already answered id, a malformed or oversized packet (above
// sftp::MaxIncomingPacket) ends the channel with a protocol error, and then every pending callback
// gets that error once.
class SftpChannel {
    Q_DECLARE_TR_FUNCTIONS(SftpChannel)
public:
    enum class State { Opening, Subsystem, Starting, Negotiating, Ready, Closed };
    using Owner = const void*;

    struct Name {
        QByteArray filename;
        QByteArray longname;
        SftpAttributes attributes;
    };

    using StatusCallback = std::function<void(const SftpError& error)>;
    using HandleCallback = std::function<void(const SftpError& error, const QByteArray& handle)>;
    // eof: the server said end of file (no data, no error).
    using DataCallback = std::function<void(const SftpError& error, const QByteArray& data, bool eof)>;
    // eof: the end of the folder (no names, no error).
    using NamesCallback = std::function<void(const SftpError& error, const QVector<Name>& names, bool eof)>;
    using AttrsCallback = std::function<void(const SftpError& error, const SftpAttributes& attributes)>;
    // REALPATH, READLINK, home-directory, expand-path: the one name of the reply.
    using PathCallback = std::function<void(const SftpError& error, const QByteArray& path)>;
    using StatvfsCallback = std::function<void(const SftpError& error, const SftpFsStats& stats)>;
    // A raw EXTENDED_REPLY; reply is null on error.
    using ExtendedCallback = std::function<void(const SftpError& error, SftpPacketReader* reply)>;

    SftpChannel(ServiceHost* host, int slot);
    ~SftpChannel();
    SftpChannel(const SftpChannel&) = delete;
    SftpChannel& operator=(const SftpChannel&) = delete;

    int slot() const { return m_slot; }
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    bool isClosed() const { return m_state == State::Closed; }
    SftpError closeError() const { return m_closeError; }
    const SftpServerInfo& serverInfo() const { return m_info; }
    bool hasExtension(const char* name) const { return m_info.hasExtension(name); }
    quint32 readLength() const { return m_info.readLength; }
    quint32 writeLength() const { return m_info.writeLength; }

    // Pipelining budget: bytes in flight count request packets plus the data expected back.
    bool canSend(qint64 extraBytes = 0) const;
    qint64 bytesInFlight() const { return m_bytesInFlight; }
    int requestsInFlight() const { return m_pending.size(); }
    qint64 queuedOutputBytes() const { return m_outBytes; }
    void setBudget(qint64 maxBytesInFlight, int maxRequestsInFlight);

    // Opens the channel, reads and dispatches replies (callbacks run here) and writes what is queued.
    // True when replies arrived: the caller pumps its channels again, since reading one channel's
    // input can bring another's in from the socket.
    bool pump();
    bool hasDeferredWork() const { return !m_deferred.isEmpty(); }
    // Writes queued requests as far as the channel window allows.
    void flushOutput();
    // Ends the session; each pending callback gets error once. Does nothing when already closed.
    void fail(const SftpError& error);
    void abandon(Owner owner);
    // Called once when the session is ready (VERSION and limits known) and once when it ends.
    std::function<void()> onReady;
    std::function<void(const SftpError& error)> onClosed;

    quint32 open(Owner owner, const QByteArray& path, quint32 flags, const SftpAttributes& attributes,
                 HandleCallback callback);
    quint32 close(Owner owner, const QByteArray& handle, StatusCallback callback);
    quint32 read(Owner owner, const QByteArray& handle, quint64 offset, quint32 length, DataCallback callback);
    quint32 write(Owner owner, const QByteArray& handle, quint64 offset, const char* data, int length,
                  StatusCallback callback);
    quint32 write(Owner owner, const QByteArray& handle, quint64 offset, const QByteArray& data,
                  StatusCallback callback);
    quint32 lstat(Owner owner, const QByteArray& path, AttrsCallback callback);
    quint32 stat(Owner owner, const QByteArray& path, AttrsCallback callback);
    quint32 fstat(Owner owner, const QByteArray& handle, AttrsCallback callback);
    quint32 setstat(Owner owner, const QByteArray& path, const SftpAttributes& attributes, StatusCallback callback);
    quint32 fsetstat(Owner owner, const QByteArray& handle, const SftpAttributes& attributes, StatusCallback callback);
    quint32 opendir(Owner owner, const QByteArray& path, HandleCallback callback);
    quint32 readdir(Owner owner, const QByteArray& handle, NamesCallback callback);
    quint32 remove(Owner owner, const QByteArray& path, StatusCallback callback);
    quint32 mkdir(Owner owner, const QByteArray& path, const SftpAttributes& attributes, StatusCallback callback);
    quint32 rmdir(Owner owner, const QByteArray& path, StatusCallback callback);
    quint32 realpath(Owner owner, const QByteArray& path, PathCallback callback);
    // Plain RENAME: fails when the target exists (on OpenSSH).
    quint32 rename(Owner owner, const QByteArray& from, const QByteArray& to, StatusCallback callback);
    quint32 readlink(Owner owner, const QByteArray& path, PathCallback callback);
    // Creates linkPath pointing at targetPath. On the wire Ferry sends them in OpenSSH's (reversed) order,
    // target first, which is what OpenSSH and the servers that copy it expect.
    quint32 symlink(Owner owner, const QByteArray& linkPath, const QByteArray& targetPath, StatusCallback callback);

    // OpenSSH extensions; Unsupported error when the server does not offer them.
    quint32 posixRename(Owner owner, const QByteArray& from, const QByteArray& to, StatusCallback callback);
    quint32 statvfs(Owner owner, const QByteArray& path, StatvfsCallback callback);
    quint32 fsync(Owner owner, const QByteArray& handle, StatusCallback callback);
    quint32 hardlink(Owner owner, const QByteArray& existingPath, const QByteArray& newPath, StatusCallback callback);
    // An empty user name means the user logged in.
    quint32 homeDirectory(Owner owner, const QByteArray& user, PathCallback callback);
    quint32 expandPath(Owner owner, const QByteArray& path, PathCallback callback);
    // Server-side copy between two open handles; length 0 copies to the end of the source.
    quint32 copyData(Owner owner, const QByteArray& readHandle, quint64 readOffset, quint64 length,
                     const QByteArray& writeHandle, quint64 writeOffset, StatusCallback callback);
    quint32 lsetstat(Owner owner, const QByteArray& path, const SftpAttributes& attributes, StatusCallback callback);
    // Any other extension: the payload follows the extension name.
    quint32 extended(Owner owner, const QByteArray& name, const QByteArray& payload, ExtendedCallback callback);

    // Handles one reply (type, reader after the id) or, with failure set, the request's end without one.
    // Returns false when the reply was malformed (the callback has been told). See SftpReply.
    using ReplyHandler = std::function<bool(quint8 type, SftpPacketReader* in, const SftpError* failure)>;

private:
    struct Pending {
        Owner owner = nullptr;
        qint64 cost = 0;
        ReplyHandler handler;
    };
    struct Deferred {
        Owner owner = nullptr;
        std::function<void()> call;
    };

    quint32 send(Owner owner, SftpPacketWriter&& packet, qint64 expectedReply, ReplyHandler handler);
    quint32 sendPacket(Owner owner, QByteArray bytes, qint64 expectedReply, ReplyHandler handler);
    quint32 sendExtension(Owner owner, const char* name, SftpPacketWriter&& packet, ReplyHandler handler);
    quint32 nextId();
    void refuse(Owner owner, const ReplyHandler& handler, const SftpError& error);
    void enqueue(QByteArray packet);
    void advanceOpening();
    bool readInput();
    // Appends up to length bytes from libssh's channel buffer to m_in; libssh's return value.
    int readChunk(int length);
    static int onData(ssh_session_struct* session, ssh_channel_struct* channel, void* data, uint32_t len, int isStderr,
                      void* self);
    void processInput();
    void handlePacket(int offset, int length);
    void handleVersion(SftpPacketReader& in);
    void becomeReady();
    void runDeferred();

    ServiceHost* m_host = nullptr;
    ssh_channel_struct* m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks{};
    int m_slot = 0;
    State m_state = State::Opening;
    SftpError m_closeError;
    SftpServerInfo m_info;

    quint32 m_lastId = 0;
    QMap<quint32, Pending> m_pending;
    qint64 m_bytesInFlight = 0;
    qint64 m_maxBytesInFlight = 8 * 1024 * 1024;
    int m_maxRequestsInFlight = 64;

    std::deque<QByteArray> m_out;
    int m_outOffset = 0;
    qint64 m_outBytes = 0;
    QVector<QByteArray> m_held; // requests made before the session was ready
    QByteArray m_in;
    // Bytes read out of libssh since the receive window was last opened to its full size; starts full, so
    // the first read opens it.
    qint64 m_readSinceWindowGrew = std::numeric_limits<qint64>::max();
    int m_stderrLogged = 0;
    QVector<Deferred> m_deferred;
};

} // namespace ferry
