#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace ferry {

// Why a connection failed or ended, in words a person understands, with the technical detail apart.
struct ConnectionError {
    Q_DECLARE_TR_FUNCTIONS(ConnectionError)
public:
    enum class Kind {
        None,                        // closed on request
        HostNotFound,
        ConnectionRefused,
        Timeout,
        HostUnreachable,
        HostKeyRejected,             // the user said no
        HostKeyChanged,
        HostKeyRevoked,
        AuthenticationFailed,
        AuthenticationCancelled,
        ProtocolError,
        ServerClosed,
        KnownHostsError,
        Other,
    };

    Kind kind = Kind::None;
    QString message;                 // one or two sentences for the user
    QString detail;                  // libssh's own words, for the log

    bool isError() const { return kind != Kind::None; }
    static ConnectionError make(Kind kind, const QString& message, const QString& detail = QString());
    // Classifies a libssh connect error (resolver, refused, unreachable, protocol) into a Kind.
    static ConnectionError fromConnectFailure(const QString& host, quint16 port, const QString& libsshError);
    static ConnectionError serverClosed(const QString& libsshError);
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::ConnectionError)
