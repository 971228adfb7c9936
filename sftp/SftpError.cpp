#include "SftpError.h"

#include "SftpProtocol.h"

namespace ferry {

SftpError SftpError::status(quint32 code, const QString& serverMessage, const QString& path)
{
    SftpError e;
    e.kind = Kind::Status;
    e.statusCode = code;
    e.serverMessage = serverMessage;
    e.path = path;
    return e;
}

SftpError SftpError::protocol(const QString& detail)
{
    SftpError e;
    e.kind = Kind::Protocol;
    e.detail = detail;
    return e;
}

SftpError SftpError::channelClosed(const QString& detail)
{
    SftpError e;
    e.kind = Kind::ChannelClosed;
    e.detail = detail;
    return e;
}

SftpError SftpError::cancelled()
{
    SftpError e;
    e.kind = Kind::Cancelled;
    return e;
}

SftpError SftpError::refused(Refusal refusal, const QString& path, const QString& detail)
{
    SftpError e;
    e.kind = Kind::Refused;
    e.refusal = refusal;
    e.path = path;
    e.detail = detail;
    return e;
}

SftpError SftpError::local(const QString& path, const QString& detail)
{
    SftpError e;
    e.kind = Kind::Local;
    e.path = path;
    e.detail = detail;
    return e;
}

SftpError SftpError::withPath(const QString& p) const
{
    SftpError e = *this;
    if (e.path.isEmpty()) {
        e.path = p;
    }
    return e;
}

QString SftpError::message() const
{
    const QString where = path.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(path);
    const QString extra = detail.isEmpty() ? QString() : QStringLiteral(": ") + detail;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Status:
        switch (statusCode) {
        case sftp::NoSuchFile:
            return tr("The file or folder does not exist%1.").arg(where);
        case sftp::PermissionDenied:
            return tr("The server denied permission%1.").arg(where);
        case sftp::OpUnsupported:
            return tr("The server does not support this operation%1.").arg(where);
        case sftp::Eof:
            return tr("Unexpected end of file%1.").arg(where);
        case sftp::Failure:
            // sftp-server says little more than "Failure"; an existing target is the usual cause.
            return serverMessage.isEmpty() || serverMessage.compare(QLatin1String("failure"), Qt::CaseInsensitive) == 0
                       ? tr("The server could not do it%1 (the target may already exist, or a folder may not be "
                            "empty).")
                             .arg(where)
                       : tr("The server could not do it%1: %2").arg(where, serverMessage);
        default:
            return tr("The server answered with error %1%2: %3")
                .arg(statusCode)
                .arg(where, serverMessage.isEmpty() ? tr("no reason given") : serverMessage);
        }
    case Kind::Protocol:
        return tr("The server broke the SFTP protocol, so Ferry closed the file transfer session%1%2")
            .arg(where, extra.isEmpty() ? QStringLiteral(".") : extra);
    case Kind::ChannelClosed:
        return tr("The file transfer session ended%1").arg(extra.isEmpty() ? QStringLiteral(".") : extra);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Refused:
        switch (refusal) {
        case Refusal::TooLarge:
            return tr("The file is too large to open here%1%2")
                .arg(where, extra.isEmpty() ? QStringLiteral(".") : extra);
        case Refusal::RemoteChanged:
            return tr("The file changed on the server since it was opened%1.").arg(where);
        case Refusal::BadName:
            return tr("Ferry refused a name it cannot use safely%1%2")
                .arg(where, extra.isEmpty() ? QStringLiteral(".") : extra);
        case Refusal::Unsupported:
            return tr("The server does not offer what this needs%1%2")
                .arg(where, extra.isEmpty() ? QStringLiteral(".") : extra);
        case Refusal::TooDeep:
            return tr("The folder tree is too deep%1.").arg(where);
        case Refusal::Exists:
            return tr("The target already exists%1.").arg(where);
        case Refusal::None:
        case Refusal::Other:
            break;
        }
        return tr("Ferry refused to do it%1%2").arg(where, extra.isEmpty() ? QStringLiteral(".") : extra);
    case Kind::Local:
        return tr("A local error occurred%1%2").arg(where, extra.isEmpty() ? QStringLiteral(".") : extra);
    }
    return QString();
}

} // namespace ferry
