#include "SftpChannel.h"

#include "SftpPacketReader.h"
#include "SftpPacketWriter.h"
#include "SftpProtocol.h"
#include "SftpReply.h"
#include "ssh/ConnectionService.h"

#include <QtEndian>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <cstring>

namespace ferry {

namespace {

// Asking libssh for this much at once makes it open the channel's receive window to this size (its own
// default, 1.28 MB, is what held a download back; OpenSSH's client uses 2 MiB).
constexpr int ReadChunk = 2 * 1024 * 1024;
// Small requests are written together so a burst of them travels in few SSH packets.
constexpr int CoalesceLimit = 32 * 1024;
constexpr int MaxStderrLogged = 4096;

QString serverText(const QByteArray& raw)
{
    return SftpReply::serverText(raw);
}

} // namespace

SftpChannel::SftpChannel(ServiceHost* host, int slot)
    : m_host(host)
    , m_slot(slot)
{
    std::memset(&m_callbacks, 0, sizeof m_callbacks);
    m_callbacks.userdata = this;
    m_callbacks.channel_data_function = &SftpChannel::onData;
    ssh_callbacks_init(&m_callbacks);
}

SftpChannel::~SftpChannel()
{
    if (m_channel != nullptr) {
        ssh_remove_channel_callbacks(m_channel, &m_callbacks);
        // libssh sends CHANNEL_CLOSE if needed and keeps its side until the server's close arrives.
        ssh_channel_free(m_channel);
    }
}

bool SftpChannel::canSend(qint64 extraBytes) const
{
    return m_state == State::Ready && m_pending.size() < m_maxRequestsInFlight &&
           (m_bytesInFlight == 0 || m_bytesInFlight + extraBytes <= m_maxBytesInFlight);
}

void SftpChannel::setBudget(qint64 maxBytesInFlight, int maxRequestsInFlight)
{
    m_maxBytesInFlight = qMax<qint64>(64 * 1024, maxBytesInFlight);
    m_maxRequestsInFlight = qMax(1, maxRequestsInFlight);
}

bool SftpChannel::pump()
{
    runDeferred();
    if (m_state == State::Opening || m_state == State::Subsystem) {
        advanceOpening();
    }
    bool received = false;
    if (m_state != State::Opening && m_state != State::Subsystem && m_state != State::Closed) {
        received = readInput();
    }
    flushOutput();
    runDeferred();
    return received;
}

int SftpChannel::onData(ssh_session_struct*, ssh_channel_struct*, void* data, uint32_t len, int isStderr, void* self)
{
    // Replies stay in libssh's buffer for readInput(); stderr (the server's complaints) is logged here,
    // so nothing ever polls the stderr stream, which would read the socket behind the worker's back.
    if (!isStderr) {
        return 0;
    }
    auto* ch = static_cast<SftpChannel*>(self);
    if (ch->m_stderrLogged < MaxStderrLogged) {
        const int take = int(qMin<uint32_t>(len, uint32_t(MaxStderrLogged - ch->m_stderrLogged)));
        ch->m_stderrLogged += take;
        ch->m_host->log(tr("SFTP server: %1").arg(serverText(QByteArray(static_cast<const char*>(data), take))));
    }
    return int(len);
}

void SftpChannel::advanceOpening()
{
    ssh_session session = m_host->session();
    if (m_channel == nullptr) {
        m_channel = ssh_channel_new(session);
        if (m_channel == nullptr) {
            fail(SftpError::channelClosed(
                tr("the connection cannot open another channel: %1").arg(QString::fromUtf8(ssh_get_error(session)))));
            return;
        }
        ssh_set_channel_callbacks(m_channel, &m_callbacks);
    }
    if (m_state == State::Opening) {
        const int rc = ssh_channel_open_session(m_channel);
        if (rc == SSH_AGAIN) {
            return;
        }
        if (rc != SSH_OK) {
            fail(SftpError::channelClosed(tr("the server refused a channel for file transfer: %1")
                                              .arg(QString::fromUtf8(ssh_get_error(session)))));
            return;
        }
        m_state = State::Subsystem;
    }
    const int rc = ssh_channel_request_subsystem(m_channel, "sftp");
    if (rc == SSH_AGAIN) {
        return;
    }
    if (rc != SSH_OK) {
        fail(SftpError::channelClosed(
            tr("the server does not offer SFTP (%1)").arg(QString::fromUtf8(ssh_get_error(session)))));
        return;
    }
    m_state = State::Starting;
    SftpPacketWriter init(sftp::Init, 0, false);
    init.u32(sftp::ProtocolVersion);
    enqueue(init.take());
}

bool SftpChannel::readInput()
{
    bool received = false;
    // libssh reads the socket only once its channel buffer is empty: drain it until it says 0. The
    // bytes go straight behind what is waiting in m_in; nothing here ever blocks.
    while (m_state != State::Closed) {
        const int available = ssh_channel_poll(m_channel, 0);
        if (available == 0 || available == SSH_EOF) {
            break;
        }
        // libssh 0.10 sends a WINDOW_ADJUST whenever a read asks for more than it holds plus what the
        // server may still send, which a read of ReadChunk does after any data: one small packet (and a
        // system call) per read. Asking for what is buffered never adjusts; ReadChunk is asked for only
        // once half of the window has been used, so it reopens in steps of a megabyte.
        const bool growWindow = m_readSinceWindowGrew >= ReadChunk / 2;
        const int n = available < 0 ? available : readChunk(growWindow ? ReadChunk : qMin(available, ReadChunk));
        if (n == 0 || n == SSH_EOF) {
            break;
        }
        if (n < 0) {
            const QString why = QString::fromUtf8(ssh_get_error(m_host->session()));
            fail(SftpError::channelClosed(why.isEmpty() ? tr("the server ended the SFTP session") : why));
            return true;
        }
        m_readSinceWindowGrew = growWindow ? n : m_readSinceWindowGrew + n;
        received = true;
        processInput();
    }
    if (m_state == State::Closed) {
        return received;
    }
    if (ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel)) {
        fail(SftpError::channelClosed(m_in.isEmpty() ? tr("the server ended the SFTP session")
                                                     : tr("the server ended the SFTP session in the middle of a "
                                                          "packet")));
    }
    return received;
}

int SftpChannel::readChunk(int length)
{
    const int before = m_in.size();
    m_in.resize(before + length);
    const int n = ssh_channel_read_timeout(m_channel, m_in.data() + before, uint32_t(length), 0, 0);
    m_in.resize(before + qMax(0, n));
    return n;
}

void SftpChannel::processInput()
{
    int pos = 0;
    while (m_state != State::Closed && m_in.size() - pos >= 4) {
        const quint32 length = qFromBigEndian<quint32>(m_in.constData() + pos);
        if (length > sftp::MaxIncomingPacket) {
            fail(SftpError::protocol(
                tr("a packet of %1 bytes, above the limit of %2 bytes").arg(length).arg(sftp::MaxIncomingPacket)));
            return;
        }
        if (length == 0) {
            fail(SftpError::protocol(tr("an empty packet")));
            return;
        }
        if (quint32(m_in.size() - pos - 4) < length) {
            break;
        }
        handlePacket(pos + 4, int(length));
        pos += 4 + int(length);
    }
    if (m_state != State::Closed) {
        m_in.remove(0, pos);
    }
}

void SftpChannel::handlePacket(int offset, int length)
{
    SftpPacketReader in(m_in, offset, length);
    const quint8 type = in.u8();
    if (m_state == State::Starting) {
        if (type != sftp::Version) {
            fail(SftpError::protocol(tr("the server answered INIT with a packet of type %1").arg(type)));
            return;
        }
        handleVersion(in);
        return;
    }
    const quint32 id = in.u32();
    if (type == sftp::Version || !in.ok()) {
        fail(SftpError::protocol(tr("a packet of type %1 out of place").arg(type)));
        return;
    }
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        fail(SftpError::protocol(tr("an answer to request %1, which was never sent or was already answered").arg(id)));
        return;
    }
    const Pending pending = it.value();
    m_pending.erase(it);
    m_bytesInFlight -= pending.cost;
    if (pending.handler && !pending.handler(type, &in, nullptr)) {
        fail(SftpError::protocol(tr("a malformed or unexpected reply to request %1").arg(id)));
    }
}

void SftpChannel::handleVersion(SftpPacketReader& in)
{
    const quint32 version = in.u32();
    if (!in.ok()) {
        fail(SftpError::protocol(tr("a malformed VERSION packet")));
        return;
    }
    if (version != sftp::ProtocolVersion) {
        fail(SftpError::protocol(
            tr("the server speaks SFTP version %1; Ferry speaks version %2").arg(version).arg(sftp::ProtocolVersion)));
        return;
    }
    m_info.version = version;
    while (!in.atEnd()) {
        const QByteArray name = in.string();
        const QByteArray data = in.string();
        if (!in.ok()) {
            fail(SftpError::protocol(tr("a malformed extension list")));
            return;
        }
        m_info.extensions.insert(name, data);
    }
    m_info.readLength = sftp::DefaultDataPerPacket;
    m_info.writeLength = sftp::DefaultDataPerPacket;
    if (!hasExtension(sftp::ext::Limits)) {
        becomeReady();
        return;
    }
    m_state = State::Negotiating;
    SftpPacketWriter packet(sftp::Extended, nextId());
    packet.string(sftp::ext::Limits, int(qstrlen(sftp::ext::Limits)));
    send(this, std::move(packet), 64, [this](quint8 type, SftpPacketReader* reply, const SftpError* failure) {
        if (failure != nullptr) {
            return true;
        }
        if (type == sftp::ExtendedReply) {
            m_info.maxPacketLength = reply->u64();
            m_info.maxReadLength = reply->u64();
            m_info.maxWriteLength = reply->u64();
            m_info.maxOpenHandles = reply->u64();
            if (!reply->ok()) {
                return false;
            }
            m_info.hasLimits = true;
            auto pick = [this](quint64 limit) {
                quint64 v = limit == 0 ? quint64(sftp::MaxDataPerPacket) : qMin<quint64>(limit, sftp::MaxDataPerPacket);
                // The packet limit covers the header of a READ or WRITE too.
                if (m_info.maxPacketLength != 0 && m_info.maxPacketLength < v + 1024) {
                    v = m_info.maxPacketLength > 2048 ? m_info.maxPacketLength - 1024 : 1024;
                }
                return quint32(qMax<quint64>(1, v));
            };
            m_info.readLength = pick(m_info.maxReadLength);
            m_info.writeLength = pick(m_info.maxWriteLength);
        } else if (type != sftp::Status) {
            return false;
        }
        becomeReady();
        return true;
    });
}

void SftpChannel::becomeReady()
{
    m_state = State::Ready;
    for (QByteArray& packet : m_held) {
        enqueue(std::move(packet));
    }
    m_held.clear();
    if (onReady) {
        onReady();
    }
}

void SftpChannel::enqueue(QByteArray packet)
{
    if (m_state == State::Closed) {
        return;
    }
    m_outBytes += packet.size();
    const bool backIsFree = m_out.size() >= 2 || (m_out.size() == 1 && m_outOffset == 0);
    if (backIsFree && m_out.back().size() + packet.size() <= CoalesceLimit) {
        m_out.back().append(packet);
    } else {
        m_out.push_back(std::move(packet));
    }
}

void SftpChannel::flushOutput()
{
    bool wrote = false;
    while (!m_out.empty() && m_channel != nullptr && m_state != State::Closed) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0) {
            break;
        }
        const QByteArray& front = m_out.front();
        const uint32_t chunk = qMin<uint32_t>(window, uint32_t(front.size() - m_outOffset));
        // Non-blocking libssh takes what the window allows, maybe nothing; the rest waits for the next pump.
        const int n = ssh_channel_write(m_channel, front.constData() + m_outOffset, chunk);
        if (n < 0) {
            fail(SftpError::channelClosed(QString::fromUtf8(ssh_get_error(m_host->session()))));
            return;
        }
        if (n == 0) {
            break;
        }
        wrote = true;
        m_outOffset += n;
        m_outBytes -= n;
        if (m_outOffset >= front.size()) {
            m_out.pop_front();
            m_outOffset = 0;
        }
    }
    if (wrote) {
        m_host->requestFlush();
    }
}

void SftpChannel::fail(const SftpError& error)
{
    if (m_state == State::Closed) {
        return;
    }
    m_state = State::Closed;
    m_closeError = error;
    if (error.kind == SftpError::Kind::Protocol) {
        m_host->log(tr("SFTP session ended: %1").arg(error.message()));
    }
    if (m_channel != nullptr && error.kind == SftpError::Kind::Protocol && ssh_channel_is_open(m_channel)) {
        ssh_channel_close(m_channel);
        m_host->requestFlush();
    }
    m_out.clear();
    m_outOffset = 0;
    m_outBytes = 0;
    m_held.clear();
    m_bytesInFlight = 0;
    // One at a time from the map, so a callback that abandons its owner's other requests is heeded.
    while (!m_pending.isEmpty()) {
        const Pending p = m_pending.take(m_pending.firstKey());
        if (p.handler) {
            p.handler(0, nullptr, &error);
        }
    }
    if (onClosed) {
        onClosed(error);
    }
}

void SftpChannel::abandon(Owner owner)
{
    for (Pending& p : m_pending) {
        if (p.owner == owner) {
            p.handler = nullptr;
        }
    }
    for (int i = m_deferred.size() - 1; i >= 0; --i) {
        if (m_deferred.at(i).owner == owner) {
            m_deferred.remove(i);
        }
    }
}

void SftpChannel::runDeferred()
{
    // Callbacks may defer more; each round takes what is there now.
    for (int round = 0; round < 8 && !m_deferred.isEmpty(); ++round) {
        const QVector<Deferred> calls = std::exchange(m_deferred, {});
        for (const Deferred& d : calls) {
            d.call();
        }
    }
}

quint32 SftpChannel::nextId()
{
    do {
        ++m_lastId;
    } while (m_lastId == 0 || m_pending.contains(m_lastId));
    return m_lastId;
}

void SftpChannel::refuse(Owner owner, const ReplyHandler& handler, const SftpError& error)
{
    m_deferred.append(Deferred{owner, [handler, error] {
                                   if (handler) {
                                       handler(0, nullptr, &error);
                                   }
                               }});
    m_host->requestFlush();
}

quint32 SftpChannel::send(Owner owner, SftpPacketWriter&& packet, qint64 expectedReply, ReplyHandler handler)
{
    return sendPacket(owner, packet.take(), expectedReply, std::move(handler));
}

quint32 SftpChannel::sendPacket(Owner owner, QByteArray bytes, qint64 expectedReply, ReplyHandler handler)
{
    const quint32 id = qFromBigEndian<quint32>(bytes.constData() + 5);
    if (m_state == State::Closed) {
        refuse(owner, handler, m_closeError);
        return id;
    }
    const qint64 cost = bytes.size() + expectedReply;
    m_pending.insert(id, Pending{owner, cost, std::move(handler)});
    m_bytesInFlight += cost;
    if (m_state == State::Ready || m_state == State::Negotiating) {
        enqueue(std::move(bytes));
        m_host->requestFlush();
    } else {
        m_held.append(std::move(bytes));
    }
    return id;
}

quint32 SftpChannel::sendExtension(Owner owner, const char* name, SftpPacketWriter&& packet, ReplyHandler handler)
{
    if (m_state == State::Ready && !hasExtension(name)) {
        const quint32 id = nextId();
        refuse(owner, handler,
               SftpError::refused(SftpError::Refusal::Unsupported, QString(),
                                  tr("the server does not offer %1").arg(QString::fromLatin1(name))));
        return id;
    }
    return send(owner, std::move(packet), 64, std::move(handler));
}

quint32 SftpChannel::open(Owner owner, const QByteArray& path, quint32 flags, const SftpAttributes& attributes,
                          HandleCallback callback)
{
    SftpPacketWriter p(sftp::Open, nextId());
    p.string(path).u32(flags);
    attributes.encode(p);
    return send(owner, std::move(p), 64 + sftp::MaxHandleLength, SftpReply::handle(std::move(callback)));
}

quint32 SftpChannel::close(Owner owner, const QByteArray& handle, StatusCallback callback)
{
    SftpPacketWriter p(sftp::Close, nextId());
    p.string(handle);
    return send(owner, std::move(p), 64, SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::read(Owner owner, const QByteArray& handle, quint64 offset, quint32 length, DataCallback callback)
{
    SftpPacketWriter p(sftp::Read, nextId());
    p.string(handle).u64(offset).u32(length);
    return send(owner, std::move(p), qint64(length) + 64, SftpReply::data(std::move(callback), length));
}

quint32 SftpChannel::write(Owner owner, const QByteArray& handle, quint64 offset, const char* data, int length,
                           StatusCallback callback)
{
    SftpPacketWriter p(sftp::Write, nextId(), true, handle.size() + length + 32);
    p.string(handle).u64(offset).string(data, length);
    return send(owner, std::move(p), 64, SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::write(Owner owner, const QByteArray& handle, quint64 offset, const QByteArray& data,
                           StatusCallback callback)
{
    return write(owner, handle, offset, data.constData(), data.size(), std::move(callback));
}

quint32 SftpChannel::lstat(Owner owner, const QByteArray& path, AttrsCallback callback)
{
    SftpPacketWriter p(sftp::Lstat, nextId());
    p.string(path);
    return send(owner, std::move(p), 128, SftpReply::attributes(std::move(callback)));
}

quint32 SftpChannel::stat(Owner owner, const QByteArray& path, AttrsCallback callback)
{
    SftpPacketWriter p(sftp::Stat, nextId());
    p.string(path);
    return send(owner, std::move(p), 128, SftpReply::attributes(std::move(callback)));
}

quint32 SftpChannel::fstat(Owner owner, const QByteArray& handle, AttrsCallback callback)
{
    SftpPacketWriter p(sftp::Fstat, nextId());
    p.string(handle);
    return send(owner, std::move(p), 128, SftpReply::attributes(std::move(callback)));
}

quint32 SftpChannel::setstat(Owner owner, const QByteArray& path, const SftpAttributes& attributes,
                             StatusCallback callback)
{
    SftpPacketWriter p(sftp::Setstat, nextId());
    p.string(path);
    attributes.encode(p);
    return send(owner, std::move(p), 64, SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::fsetstat(Owner owner, const QByteArray& handle, const SftpAttributes& attributes,
                              StatusCallback callback)
{
    SftpPacketWriter p(sftp::Fsetstat, nextId());
    p.string(handle);
    attributes.encode(p);
    return send(owner, std::move(p), 64, SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::opendir(Owner owner, const QByteArray& path, HandleCallback callback)
{
    SftpPacketWriter p(sftp::Opendir, nextId());
    p.string(path);
    return send(owner, std::move(p), 64 + sftp::MaxHandleLength, SftpReply::handle(std::move(callback)));
}

quint32 SftpChannel::readdir(Owner owner, const QByteArray& handle, NamesCallback callback)
{
    SftpPacketWriter p(sftp::Readdir, nextId());
    p.string(handle);
    // A READDIR answer is one packet, bounded by the incoming limit.
    return send(owner, std::move(p), 16 * 1024, SftpReply::names(std::move(callback)));
}

quint32 SftpChannel::remove(Owner owner, const QByteArray& path, StatusCallback callback)
{
    SftpPacketWriter p(sftp::Remove, nextId());
    p.string(path);
    return send(owner, std::move(p), 64, SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::mkdir(Owner owner, const QByteArray& path, const SftpAttributes& attributes,
                           StatusCallback callback)
{
    SftpPacketWriter p(sftp::Mkdir, nextId());
    p.string(path);
    attributes.encode(p);
    return send(owner, std::move(p), 64, SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::rmdir(Owner owner, const QByteArray& path, StatusCallback callback)
{
    SftpPacketWriter p(sftp::Rmdir, nextId());
    p.string(path);
    return send(owner, std::move(p), 64, SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::realpath(Owner owner, const QByteArray& path, PathCallback callback)
{
    SftpPacketWriter p(sftp::Realpath, nextId());
    p.string(path);
    return send(owner, std::move(p), 512, SftpReply::path(std::move(callback)));
}

quint32 SftpChannel::rename(Owner owner, const QByteArray& from, const QByteArray& to, StatusCallback callback)
{
    SftpPacketWriter p(sftp::Rename, nextId());
    p.string(from).string(to);
    return send(owner, std::move(p), 64, SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::readlink(Owner owner, const QByteArray& path, PathCallback callback)
{
    SftpPacketWriter p(sftp::Readlink, nextId());
    p.string(path);
    return send(owner, std::move(p), 512, SftpReply::path(std::move(callback)));
}

quint32 SftpChannel::symlink(Owner owner, const QByteArray& linkPath, const QByteArray& targetPath,
                             StatusCallback callback)
{
    SftpPacketWriter p(sftp::Symlink, nextId());
    // OpenSSH swapped the draft's order long ago and every common server followed it.
    p.string(targetPath).string(linkPath);
    return send(owner, std::move(p), 64, SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::posixRename(Owner owner, const QByteArray& from, const QByteArray& to, StatusCallback callback)
{
    SftpPacketWriter p(sftp::Extended, nextId());
    p.string(sftp::ext::PosixRename, int(qstrlen(sftp::ext::PosixRename))).string(from).string(to);
    return sendExtension(owner, sftp::ext::PosixRename, std::move(p), SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::statvfs(Owner owner, const QByteArray& path, StatvfsCallback callback)
{
    SftpPacketWriter p(sftp::Extended, nextId());
    p.string(sftp::ext::Statvfs, int(qstrlen(sftp::ext::Statvfs))).string(path);
    return sendExtension(owner, sftp::ext::Statvfs, std::move(p), SftpReply::statvfs(std::move(callback)));
}

quint32 SftpChannel::fsync(Owner owner, const QByteArray& handle, StatusCallback callback)
{
    SftpPacketWriter p(sftp::Extended, nextId());
    p.string(sftp::ext::Fsync, int(qstrlen(sftp::ext::Fsync))).string(handle);
    return sendExtension(owner, sftp::ext::Fsync, std::move(p), SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::hardlink(Owner owner, const QByteArray& existingPath, const QByteArray& newPath,
                              StatusCallback callback)
{
    SftpPacketWriter p(sftp::Extended, nextId());
    p.string(sftp::ext::Hardlink, int(qstrlen(sftp::ext::Hardlink))).string(existingPath).string(newPath);
    return sendExtension(owner, sftp::ext::Hardlink, std::move(p), SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::homeDirectory(Owner owner, const QByteArray& user, PathCallback callback)
{
    SftpPacketWriter p(sftp::Extended, nextId());
    p.string(sftp::ext::HomeDirectory, int(qstrlen(sftp::ext::HomeDirectory))).string(user);
    return sendExtension(owner, sftp::ext::HomeDirectory, std::move(p), SftpReply::path(std::move(callback)));
}

quint32 SftpChannel::expandPath(Owner owner, const QByteArray& path, PathCallback callback)
{
    SftpPacketWriter p(sftp::Extended, nextId());
    p.string(sftp::ext::ExpandPath, int(qstrlen(sftp::ext::ExpandPath))).string(path);
    return sendExtension(owner, sftp::ext::ExpandPath, std::move(p), SftpReply::path(std::move(callback)));
}

quint32 SftpChannel::copyData(Owner owner, const QByteArray& readHandle, quint64 readOffset, quint64 length,
                              const QByteArray& writeHandle, quint64 writeOffset, StatusCallback callback)
{
    SftpPacketWriter p(sftp::Extended, nextId());
    p.string(sftp::ext::CopyData, int(qstrlen(sftp::ext::CopyData)))
        .string(readHandle)
        .u64(readOffset)
        .u64(length)
        .string(writeHandle)
        .u64(writeOffset);
    return sendExtension(owner, sftp::ext::CopyData, std::move(p), SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::lsetstat(Owner owner, const QByteArray& path, const SftpAttributes& attributes,
                              StatusCallback callback)
{
    SftpPacketWriter p(sftp::Extended, nextId());
    p.string(sftp::ext::Lsetstat, int(qstrlen(sftp::ext::Lsetstat))).string(path);
    attributes.encode(p);
    return sendExtension(owner, sftp::ext::Lsetstat, std::move(p), SftpReply::status(std::move(callback)));
}

quint32 SftpChannel::extended(Owner owner, const QByteArray& name, const QByteArray& payload, ExtendedCallback callback)
{
    SftpPacketWriter p(sftp::Extended, nextId(), true, name.size() + payload.size() + 16);
    p.string(name);
    QByteArray bytes = p.take();
    bytes.append(payload);
    qToBigEndian<quint32>(quint32(bytes.size() - 4), bytes.data());
    return sendPacket(owner, std::move(bytes), 64, SftpReply::extended(std::move(callback)));
}

} // namespace ferry
