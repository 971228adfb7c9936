#pragma once

#include "ssh/ChannelRequest.h"

#include <QString>

namespace ferry {

// How a terminal tab behaves around its shell, apart from the connection itself: what runs, what happens
// when it ends, and whether the login password may be remembered. Filled from a saved session (or left at
// these defaults for a quick connection).
struct TabSettings {
    enum class OnExit {
        CloseIfClean, // close the tab when the shell exits with status 0; otherwise show how it ended
        AlwaysClose,
        KeepOpen, // keep the tab and its scrollback, showing the exit status
    };

    OnExit onExit = OnExit::CloseIfClean;
    // The shell channel: login shell or a remote command, TERM and environment. The size is the terminal's.
    ChannelRequest shell = ChannelRequest::shell();
    // Everything the terminal receives is appended to this file; empty: no log.
    QString logFile;
    // Offer "Remember password" on password prompts, keep the password in the OS keychain after a successful
    // login, and fetch it from there before connecting.
    bool rememberPassword = false;
    // The keychain account of this session's password; empty: "ferry:" and the connection's user@host:port.
    QString keychainAccount;
};

} // namespace ferry
