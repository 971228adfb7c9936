#include "SftpReply.h"

#include "SftpPacketReader.h"
#include "SftpProtocol.h"

namespace ferry {

namespace {

constexpr int MaxServerMessage = 1024;

QString sanitized(const QByteArray& raw)
{
    QString s = QString::fromUtf8(raw.left(MaxServerMessage));
    for (QChar& c : s) {
        if (c.category() == QChar::Other_Control) {
            c = QLatin1Char(' ');
        }
    }
    return s.trimmed();
}

// A STATUS body: code, then message and language (both optional for old servers).
bool readStatus(SftpPacketReader& in, quint32* code, QString* message)
{
    *code = in.u32();
    if (in.ok() && in.remaining() >= 4) {
        *message = sanitized(in.string());
    }
    return in.ok();
}

SftpError unexpectedReply(quint8 type)
{
    return SftpError::protocol(SftpChannel::tr("unexpected reply of type %1").arg(type));
}

SftpError malformedReply()
{
    return SftpError::protocol(SftpChannel::tr("a malformed reply"));
}

bool readNames(SftpPacketReader& in, QVector<SftpChannel::Name>* names)
{
    const quint32 count = in.u32();
    // filename, longname and flags take at least twelve bytes per entry.
    if (!in.fits(count, 12)) {
        return false;
    }
    names->reserve(int(count));
    for (quint32 i = 0; i < count; ++i) {
        SftpChannel::Name n;
        n.filename = in.string();
        n.longname = in.string();
        if (!in.ok() || !SftpAttributes::decode(in, &n.attributes)) {
            return false;
        }
        names->append(n);
    }
    return in.ok();
}

// Shared shape of the replies that are either STATUS (an error) or one packet type with a body.
template <typename Parse, typename Deliver>
bool replyOr(quint8 expected, quint8 type, SftpPacketReader* in, const SftpError* failure, Parse parse, Deliver deliver)
{
    if (failure != nullptr) {
        deliver(*failure);
        return true;
    }
    if (type == sftp::Status) {
        quint32 code = 0;
        QString message;
        if (!readStatus(*in, &code, &message)) {
            deliver(malformedReply());
            return false;
        }
        deliver(code == sftp::Ok ? unexpectedReply(type) : SftpError::status(code, message));
        return code != sftp::Ok;
    }
    if (type != expected) {
        deliver(unexpectedReply(type));
        return false;
    }
    if (!parse(*in)) {
        deliver(malformedReply());
        return false;
    }
    deliver(SftpError());
    return true;
}

} // namespace

QString SftpReply::serverText(const QByteArray& raw)
{
    return sanitized(raw);
}

SftpChannel::ReplyHandler SftpReply::status(SftpChannel::StatusCallback callback)
{
    return [callback](quint8 type, SftpPacketReader* in, const SftpError* failure) {
        SftpError error;
        bool wellFormed = true;
        if (failure != nullptr) {
            error = *failure;
        } else if (type != sftp::Status) {
            error = unexpectedReply(type);
            wellFormed = false;
        } else {
            quint32 code = 0;
            QString message;
            wellFormed = readStatus(*in, &code, &message);
            error = !wellFormed ? malformedReply() : code == sftp::Ok ? SftpError() : SftpError::status(code, message);
        }
        if (callback) {
            callback(error);
        }
        return wellFormed;
    };
}

SftpChannel::ReplyHandler SftpReply::handle(SftpChannel::HandleCallback callback)
{
    return [callback](quint8 type, SftpPacketReader* in, const SftpError* failure) {
        QByteArray handle;
        return replyOr(
            sftp::Handle, type, in, failure,
            [&handle](SftpPacketReader& r) {
                handle = r.string(sftp::MaxHandleLength);
                return r.ok();
            },
            [&](const SftpError& e) {
                if (callback) {
                    callback(e, e.isError() ? QByteArray() : handle);
                }
            });
    };
}

SftpChannel::ReplyHandler SftpReply::attributes(SftpChannel::AttrsCallback callback)
{
    return [callback](quint8 type, SftpPacketReader* in, const SftpError* failure) {
        SftpAttributes attrs;
        return replyOr(
            sftp::Attrs, type, in, failure, [&attrs](SftpPacketReader& r) { return SftpAttributes::decode(r, &attrs); },
            [&](const SftpError& e) {
                if (callback) {
                    callback(e, e.isError() ? SftpAttributes() : attrs);
                }
            });
    };
}

SftpChannel::ReplyHandler SftpReply::path(SftpChannel::PathCallback callback)
{
    return [callback](quint8 type, SftpPacketReader* in, const SftpError* failure) {
        QByteArray path;
        return replyOr(
            sftp::Name, type, in, failure,
            [&path](SftpPacketReader& r) {
                QVector<SftpChannel::Name> names;
                if (!readNames(r, &names) || names.isEmpty()) {
                    return false;
                }
                path = names.first().filename;
                return true;
            },
            [&](const SftpError& e) {
                if (callback) {
                    callback(e, e.isError() ? QByteArray() : path);
                }
            });
    };
}

SftpChannel::ReplyHandler SftpReply::data(SftpChannel::DataCallback callback, quint32 length)
{
    return [callback, length](quint8 type, SftpPacketReader* in, const SftpError* failure) {
        if (failure != nullptr) {
            if (callback) {
                callback(*failure, QByteArray(), false);
            }
            return true;
        }
        if (type == sftp::Status) {
            quint32 code = 0;
            QString message;
            const bool ok = readStatus(*in, &code, &message) && code != sftp::Ok;
            if (callback) {
                if (!ok) {
                    callback(malformedReply(), QByteArray(), false);
                } else if (code == sftp::Eof) {
                    callback(SftpError(), QByteArray(), true);
                } else {
                    callback(SftpError::status(code, message), QByteArray(), false);
                }
            }
            return ok;
        }
        // A server sending more than was asked is lying about something.
        const QByteArray data = type == sftp::Data ? in->string(int(length)) : QByteArray();
        if (type != sftp::Data || !in->ok()) {
            if (callback) {
                callback(type != sftp::Data ? unexpectedReply(type) : malformedReply(), QByteArray(), false);
            }
            return false;
        }
        if (callback) {
            callback(SftpError(), data, false);
        }
        return true;
    };
}

SftpChannel::ReplyHandler SftpReply::names(SftpChannel::NamesCallback callback)
{
    return [callback](quint8 type, SftpPacketReader* in, const SftpError* failure) {
        if (failure != nullptr) {
            if (callback) {
                callback(*failure, {}, false);
            }
            return true;
        }
        if (type == sftp::Status) {
            quint32 code = 0;
            QString message;
            const bool ok = readStatus(*in, &code, &message) && code != sftp::Ok;
            if (callback) {
                callback(!ok                 ? malformedReply()
                         : code == sftp::Eof ? SftpError()
                                             : SftpError::status(code, message),
                         {}, ok && code == sftp::Eof);
            }
            return ok;
        }
        QVector<SftpChannel::Name> names;
        if (type != sftp::Name || !readNames(*in, &names)) {
            if (callback) {
                callback(type != sftp::Name ? unexpectedReply(type) : malformedReply(), {}, false);
            }
            return false;
        }
        if (callback) {
            callback(SftpError(), names, false);
        }
        return true;
    };
}

SftpChannel::ReplyHandler SftpReply::statvfs(SftpChannel::StatvfsCallback callback)
{
    return [callback](quint8 type, SftpPacketReader* in, const SftpError* failure) {
        SftpFsStats s;
        return replyOr(
            sftp::ExtendedReply, type, in, failure,
            [&s](SftpPacketReader& r) {
                for (quint64* field : {&s.blockSize, &s.fragmentSize, &s.blocks, &s.freeBlocks, &s.availableBlocks,
                                       &s.files, &s.freeFiles, &s.availableFiles, &s.fsid, &s.flags, &s.nameMax}) {
                    *field = r.u64();
                }
                return r.ok();
            },
            [&](const SftpError& e) {
                if (callback) {
                    callback(e, e.isError() ? SftpFsStats() : s);
                }
            });
    };
}

SftpChannel::ReplyHandler SftpReply::extended(SftpChannel::ExtendedCallback callback)
{
    return [callback](quint8 type, SftpPacketReader* in, const SftpError* failure) {
        SftpError error;
        bool wellFormed = true;
        if (failure != nullptr) {
            error = *failure;
        } else if (type == sftp::ExtendedReply) {
            if (callback) {
                callback(SftpError(), in);
            }
            return in->ok();
        } else if (type == sftp::Status) {
            quint32 code = 0;
            QString message;
            wellFormed = readStatus(*in, &code, &message);
            error = !wellFormed ? malformedReply() : code == sftp::Ok ? SftpError() : SftpError::status(code, message);
        } else {
            error = unexpectedReply(type);
            wellFormed = false;
        }
        if (callback) {
            callback(error, nullptr);
        }
        return wellFormed;
    };
}

} // namespace ferry
