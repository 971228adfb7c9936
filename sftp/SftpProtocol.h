#pragma once

#include <QtGlobal>

namespace ferry::sftp {

// Numbers of SFTP version 3 (draft-ietf-secsh-filexfer-02) and of OpenSSH's extensions.

constexpr quint32 ProtocolVersion = 3;

enum PacketType : quint8 {
    Init = 1,
    Version = 2,
    Open = 3,
    Close = 4,
    Read = 5,
    Write = 6,
    Lstat = 7,
    Fstat = 8,
    Setstat = 9,
    Fsetstat = 10,
    Opendir = 11,
    Readdir = 12,
    Remove = 13,
    Mkdir = 14,
    Rmdir = 15,
    Realpath = 16,
    Stat = 17,
    Rename = 18,
    Readlink = 19,
    Symlink = 20,
    Status = 101,
    Handle = 102,
    Data = 103,
    Name = 104,
    Attrs = 105,
    Extended = 200,
    ExtendedReply = 201,
};

enum StatusCode : quint32 {
    Ok = 0,
    Eof = 1,
    NoSuchFile = 2,
    PermissionDenied = 3,
    Failure = 4,
    BadMessage = 5,
    NoConnection = 6,
    ConnectionLost = 7,
    OpUnsupported = 8,
};

enum OpenFlag : quint32 {
    OpenRead = 0x01,
    OpenWrite = 0x02,
    OpenAppend = 0x04,
    OpenCreate = 0x08,
    OpenTruncate = 0x10,
    OpenExclusive = 0x20,
};

enum AttrFlag : quint32 {
    AttrSize = 0x01,
    AttrUidGid = 0x02,
    AttrPermissions = 0x04,
    AttrTimes = 0x08,
    AttrExtended = 0x80000000u,
};

// File type and mode bits as POSIX defines them (the protocol carries st_mode as is).
enum ModeBits : quint32 {
    TypeMask = 0170000,
    TypeSocket = 0140000,
    TypeSymlink = 0120000,
    TypeRegular = 0100000,
    TypeBlockDevice = 0060000,
    TypeDirectory = 0040000,
    TypeCharDevice = 0020000,
    TypeFifo = 0010000,
    SetUid = 04000,
    SetGid = 02000,
    Sticky = 01000,
    PermissionMask = 07777,
};

// Largest packet accepted from a server: OpenSSH's sftp-server sends at most 256 KiB, plus room for
// the header of a DATA reply.
constexpr quint32 MaxIncomingPacket = 256 * 1024 + 1024;
// Largest data payload Ferry puts in one READ or WRITE, whatever a server's limits say.
constexpr quint32 MaxDataPerPacket = 255 * 1024;
// Read and write size for servers that do not state their limits.
constexpr quint32 DefaultDataPerPacket = 32 * 1024;
// A handle is at most 256 bytes (the draft's own limit).
constexpr int MaxHandleLength = 256;

namespace ext {
constexpr char PosixRename[] = "posix-rename@openssh.com";
constexpr char Statvfs[] = "statvfs@openssh.com";
constexpr char Fsync[] = "fsync@openssh.com";
constexpr char Hardlink[] = "hardlink@openssh.com";
constexpr char HomeDirectory[] = "home-directory";
constexpr char ExpandPath[] = "expand-path@openssh.com";
constexpr char CopyData[] = "copy-data";
constexpr char Limits[] = "limits@openssh.com";
constexpr char Lsetstat[] = "lsetstat@openssh.com";
} // namespace ext

} // namespace ferry::sftp
