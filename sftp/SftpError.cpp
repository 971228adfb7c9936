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
    const QString text = reason();
    if (path.isEmpty() || text.isEmpty()) {
        return text;
    }
    return tr("%1: %2", "a path, then what went wrong with it").arg(path, text);
}

QString SftpError::reason() const
{
    // Whole sentences, with and without the detail, so that translations can place it and punctuate.
    const auto withDetail = [this](const QString& plain, const QString& detailed) {
        return detail.isEmpty() ? plain : detailed.arg(detail);
    };
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Status:
        switch (statusCode) {
        case sftp::NoSuchFile:
            return tr("The file or folder does not exist.");
        case sftp::PermissionDenied:
            return tr("The server denied permission.");
        case sftp::OpUnsupported:
            return tr("The server does not support this operation.");
        case sftp::Eof:
            return tr("Unexpected end of file.");
        case sftp::Failure:
            // sftp-server says little more than "Failure"; an existing target is the usual cause.
            return serverMessage.isEmpty() || serverMessage.compare(QLatin1String("failure"), Qt::CaseInsensitive) == 0
                       ? tr("The server could not do it (the target may already exist, or a folder may not be "
                            "empty).")
                       : tr("The server could not do it: %1").arg(serverMessage);
        default:
            return serverMessage.isEmpty() ? tr("The server answered with error %1 and no reason.").arg(statusCode)
                                           : tr("The server answered with error %1: %2").arg(statusCode).arg(serverMessage);
        }
    case Kind::Protocol:
        return withDetail(tr("The server broke the SFTP protocol, so Ferry closed the file transfer session."),
                          tr("The server broke the SFTP protocol, so Ferry closed the file transfer session: %1"));
    case Kind::ChannelClosed:
        return withDetail(tr("The file transfer session ended."), tr("The file transfer session ended: %1"));
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Refused:
        switch (refusal) {
        case Refusal::TooLarge:
            return withDetail(tr("The file is too large to open here."), tr("The file is too large to open here: %1"));
        case Refusal::RemoteChanged:
            return tr("The file changed on the server since it was opened.");
        case Refusal::BadName:
            return withDetail(tr("Ferry refused a name it cannot use safely."),
                              tr("Ferry refused a name it cannot use safely: %1"));
        case Refusal::Unsupported:
            return withDetail(tr("The server does not offer what this needs."),
                              tr("The server does not offer what this needs: %1"));
        case Refusal::TooDeep:
            return tr("The folder tree is too deep.");
        case Refusal::Exists:
            return tr("The target already exists.");
        case Refusal::None:
        case Refusal::Other:
            break;
        }
        return withDetail(tr("Ferry refused to do it."), tr("Ferry refused to do it: %1"));
    case Kind::Local:
        return withDetail(tr("A local error occurred."), tr("A local error occurred: %1"));
    }
    return QString();
}

} // namespace ferry
