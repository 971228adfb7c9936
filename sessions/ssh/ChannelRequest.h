#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace ferry {

// What a new channel on a connection should run: an interactive shell (optionally with a command in
// place of the login shell, like PuTTY's "remote command") or a non-interactive exec.
struct ChannelRequest {
    enum class Kind { Shell, Exec };

    Kind kind = Kind::Shell;
    QString command;                 // Exec: the command line; Shell: empty for the login shell
    bool pty = true;                 // Shell always asks for a pty; Exec only when true
    QByteArray terminalType = "xterm-256color";
    int columns = 80;
    int rows = 24;
    QList<QPair<QByteArray, QByteArray>> environment; // sent as "env" requests; a refusal is not fatal

    static ChannelRequest shell(int columns = 80, int rows = 24)
    {
        ChannelRequest r;
        r.columns = columns;
        r.rows = rows;
        return r;
    }
    static ChannelRequest exec(const QString& command)
    {
        ChannelRequest r;
        r.kind = Kind::Exec;
        r.command = command;
        r.pty = false;
        return r;
    }
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::ChannelRequest)
