#pragma once

#include <QString>

namespace ferry {

// A host and port the way known_hosts and OpenSSH's messages write them: "host" on port 22,
// "[host]:port" otherwise, so what the user reads matches what ssh and the file say.
inline QString hostAddress(const QString& host, quint16 port)
{
    if (port == 22)
        return host;
    return QLatin1Char('[') + host + QLatin1String("]:") + QString::number(port);
}

} // namespace ferry
