#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace ferry {

// Where to connect, as a person types it: "[user@]host[:port]" (an IPv6 address with a port written
// "[addr]:port") or "ssh://[user@]host[:port]". Only what was typed is filled in; defaults come later.
// The command line and the quick-connect field both read destinations through this one parser.
struct Destination {
    Q_DECLARE_TR_FUNCTIONS(Destination)
public:
    QString user;  // empty: not typed
    QString host;
    int port = -1; // -1: not typed

    // False with *error set, in words for the user (naming the text), when text is not a destination.
    static bool parse(const QString& text, Destination* destination, QString* error);
    // A port number from 1 to 65535, digits only.
    static bool parsePort(const QString& text, int* port);

private:
    static bool parseUrl(const QString& text, Destination* destination, QString* error);
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::Destination)
