#pragma once

#include <QMetaType>
#include <QString>

namespace ferry {

// The algorithms negotiated for a connection, for the status bar and troubleshooting.
struct AlgorithmInfo {
    QString keyExchange;
    QString hostKey;
    QString cipherClientToServer;
    QString cipherServerToClient;
    QString macClientToServer;
    QString macServerToClient;
    QString compression;             // what was offered: libssh 0.10 does not expose the negotiated one
    QString serverBanner;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::AlgorithmInfo)
