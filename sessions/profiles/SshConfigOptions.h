#pragma once

#include "profiles/SshConfig.h"
#include "ssh/ConnectionOptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace ferry {

// Turns what ssh_config says for one host into connection options, over the defaults the caller gives
// (paths, timeouts). The command line and saved sessions put their own explicit choices on top, as
// OpenSSH's command line wins over its files.
class SshConfigOptions {
    Q_DECLARE_TR_FUNCTIONS(SshConfigOptions)
public:
    struct Result {
        ConnectionOptions options;
        QStringList warnings;        // settings Ferry cannot honour yet, in words for the user
    };

    static Result apply(const SshHostConfig& host, const ConnectionOptions& defaults);
};

} // namespace ferry
