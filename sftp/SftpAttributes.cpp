#include "SftpAttributes.h"

#include "SftpPacketReader.h"
#include "SftpPacketWriter.h"
#include "SftpProtocol.h"

namespace ferry {

bool SftpAttributes::hasSize() const
{
    return flags & sftp::AttrSize;
}

bool SftpAttributes::hasOwner() const
{
    return flags & sftp::AttrUidGid;
}

bool SftpAttributes::hasPermissions() const
{
    return flags & sftp::AttrPermissions;
}

bool SftpAttributes::hasTimes() const
{
    return flags & sftp::AttrTimes;
}

void SftpAttributes::setSize(quint64 value)
{
    size = value;
    flags |= sftp::AttrSize;
}

void SftpAttributes::setOwner(quint32 userId, quint32 groupId)
{
    uid = userId;
    gid = groupId;
    flags |= sftp::AttrUidGid;
}

void SftpAttributes::setPermissions(quint32 mode)
{
    permissions = mode;
    flags |= sftp::AttrPermissions;
}

void SftpAttributes::setTimes(quint32 accessed, quint32 modified)
{
    atime = accessed;
    mtime = modified;
    flags |= sftp::AttrTimes;
}

quint32 SftpAttributes::fileType() const
{
    return hasPermissions() ? permissions & sftp::TypeMask : 0;
}

bool SftpAttributes::isDirectory() const
{
    return fileType() == sftp::TypeDirectory;
}

bool SftpAttributes::isSymlink() const
{
    return fileType() == sftp::TypeSymlink;
}

bool SftpAttributes::isRegular() const
{
    return fileType() == sftp::TypeRegular;
}

bool SftpAttributes::hasSpecialBits() const
{
    return hasPermissions() && (permissions & (sftp::SetUid | sftp::SetGid | sftp::Sticky));
}

QDateTime SftpAttributes::modified() const
{
    return hasTimes() ? QDateTime::fromSecsSinceEpoch(mtime) : QDateTime();
}

void SftpAttributes::encode(SftpPacketWriter& out) const
{
    // Extended pairs are only sent when there are some, whatever the flag says.
    const quint32 sent = (flags & ~sftp::AttrExtended) | (extended.isEmpty() ? 0u : quint32(sftp::AttrExtended));
    out.u32(sent);
    if (sent & sftp::AttrSize) {
        out.u64(size);
    }
    if (sent & sftp::AttrUidGid) {
        out.u32(uid).u32(gid);
    }
    if (sent & sftp::AttrPermissions) {
        out.u32(permissions);
    }
    if (sent & sftp::AttrTimes) {
        out.u32(atime).u32(mtime);
    }
    if (sent & sftp::AttrExtended) {
        out.u32(quint32(extended.size()));
        for (const auto& pair : extended) {
            out.string(pair.first).string(pair.second);
        }
    }
}

bool SftpAttributes::decode(SftpPacketReader& in, SftpAttributes* out)
{
    SftpAttributes a;
    a.flags = in.u32();
    if (a.flags & sftp::AttrSize) {
        a.size = in.u64();
    }
    if (a.flags & sftp::AttrUidGid) {
        a.uid = in.u32();
        a.gid = in.u32();
    }
    if (a.flags & sftp::AttrPermissions) {
        a.permissions = in.u32();
    }
    if (a.flags & sftp::AttrTimes) {
        a.atime = in.u32();
        a.mtime = in.u32();
    }
    if (a.flags & sftp::AttrExtended) {
        const quint32 count = in.u32();
        // Each pair is two strings, so at least eight bytes: a larger count is a lie.
        if (!in.fits(count, 8)) {
            return false;
        }
        a.extended.reserve(int(count));
        for (quint32 i = 0; i < count && in.ok(); ++i) {
            const QByteArray type = in.string();
            const QByteArray data = in.string();
            a.extended.append(qMakePair(type, data));
        }
    }
    if (!in.ok()) {
        return false;
    }
    *out = a;
    return true;
}

bool SftpAttributes::operator==(const SftpAttributes& other) const
{
    return flags == other.flags && size == other.size && uid == other.uid && gid == other.gid &&
           permissions == other.permissions && atime == other.atime && mtime == other.mtime &&
           extended == other.extended;
}

} // namespace ferry
