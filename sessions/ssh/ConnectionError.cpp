#include "ConnectionError.h"

namespace ferry {

ConnectionError ConnectionError::make(Kind kind, const QString& message, const QString& detail)
{
    ConnectionError e;
    e.kind = kind;
    e.message = message;
    e.detail = detail;
    return e;
}

ConnectionError ConnectionError::fromConnectFailure(const QString& host, quint16 port, const QString& libsshError)
{
    const QString lower = libsshError.toLower();
    const QString where = port == 22 ? host : tr("%1 port %2").arg(host).arg(port);
    if (lower.contains(QLatin1String("resolve")) || lower.contains(QLatin1String("not known"))
        || lower.contains(QLatin1String("name or service"))) {
        return make(Kind::HostNotFound, tr("The host name “%1” could not be found. Check its spelling and your DNS.").arg(host),
                    libsshError);
    }
    if (lower.contains(QLatin1String("refused"))) {
        return make(Kind::ConnectionRefused,
                    tr("%1 refused the connection: no SSH server is listening there.").arg(where), libsshError);
    }
    if (lower.contains(QLatin1String("unreachable")) || lower.contains(QLatin1String("no route"))) {
        return make(Kind::HostUnreachable, tr("%1 cannot be reached from this network.").arg(where), libsshError);
    }
    if (lower.contains(QLatin1String("timed out")) || lower.contains(QLatin1String("timeout"))) {
        return make(Kind::Timeout, tr("%1 did not answer in time.").arg(where), libsshError);
    }
    if (lower.contains(QLatin1String("disconnected")) || lower.contains(QLatin1String("connection reset"))) {
        return make(Kind::ServerClosed, tr("%1 closed the connection before the login.").arg(where), libsshError);
    }
    return make(Kind::ProtocolError,
                tr("The SSH handshake with %1 failed: %2").arg(where, libsshError), libsshError);
}

ConnectionError ConnectionError::serverClosed(const QString& libsshError)
{
    return make(Kind::ServerClosed, tr("The server closed the connection."), libsshError);
}

} // namespace ferry
