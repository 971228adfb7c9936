#pragma once

#include "SftpChannel.h"

namespace ferry {

// Turns the replies of an SFTP server into the typed callbacks of SftpChannel's requests. Each
// handler accepts STATUS (an error, or end of file where that makes sense) or its one expected packet
// type; anything else, or a body that does not parse, is reported to the callback as a protocol error
// and makes the handler return false, which ends the channel.
class SftpReply {
public:
    static SftpChannel::ReplyHandler status(SftpChannel::StatusCallback callback);
    static SftpChannel::ReplyHandler handle(SftpChannel::HandleCallback callback);
    static SftpChannel::ReplyHandler attributes(SftpChannel::AttrsCallback callback);
    static SftpChannel::ReplyHandler path(SftpChannel::PathCallback callback);
    // DATA of at most length bytes (more than was asked for is a protocol error).
    static SftpChannel::ReplyHandler data(SftpChannel::DataCallback callback, quint32 length);
    static SftpChannel::ReplyHandler names(SftpChannel::NamesCallback callback);
    static SftpChannel::ReplyHandler statvfs(SftpChannel::StatvfsCallback callback);
    static SftpChannel::ReplyHandler extended(SftpChannel::ExtendedCallback callback);

    // A server's text made safe to show: bounded, control characters replaced.
    static QString serverText(const QByteArray& raw);
};

} // namespace ferry
