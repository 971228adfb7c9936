#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace ferry {

// Why an SFTP operation failed, as a value that crosses threads. message() says it in plain words;
// serverMessage keeps the server's own text for the log.
struct SftpError {
    Q_DECLARE_TR_FUNCTIONS(SftpError)
public:
    enum class Kind {
        None,
        Status,        // the server answered with a status code (statusCode, serverMessage)
        Protocol,      // the server broke the protocol; the SFTP channel was ended
        ChannelClosed, // the SFTP channel or the whole connection ended
        Cancelled,     // the user (or the program) cancelled the operation
        Refused,       // Ferry refused to do it (see refusal)
        Local,         // a local file or resource failed
    };
    enum class Refusal {
        None,
        TooLarge,      // a file above the size limit the caller gave
        RemoteChanged, // the remote file changed since it was read
        BadName,       // a name Ferry will not use (empty, ".", "..", '/', NUL, control characters)
        Unsupported,   // the server lacks what the operation needs
        TooDeep,       // a folder tree deeper than Ferry walks
        Exists,        // the target exists and replacing it was not asked for
        Other,
    };

    Kind kind = Kind::None;
    Refusal refusal = Refusal::None;
    quint32 statusCode = 0;
    QString serverMessage;
    QString path;   // the remote (or local) path concerned, when there is one
    QString detail; // extra words for protocol, channel and local errors

    bool isError() const { return kind != Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    bool isStatus(quint32 code) const { return kind == Kind::Status && statusCode == code; }
    QString message() const;
    // message() without the path.
    QString reason() const;

    static SftpError status(quint32 code, const QString& serverMessage, const QString& path = QString());
    static SftpError protocol(const QString& detail);
    static SftpError channelClosed(const QString& detail);
    static SftpError cancelled();
    static SftpError refused(Refusal refusal, const QString& path, const QString& detail = QString());
    static SftpError local(const QString& path, const QString& detail);
    SftpError withPath(const QString& p) const;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::SftpError)
