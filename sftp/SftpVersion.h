#pragma once

namespace ferry {

// The SFTP protocol version Ferry's client speaks (draft-ietf-secsh-filexfer-02 plus OpenSSH's
// extensions). The engine itself arrives with the SFTP issue.
class SftpVersion {
public:
    static constexpr int Protocol = 3;
    static int protocol();
};

} // namespace ferry
