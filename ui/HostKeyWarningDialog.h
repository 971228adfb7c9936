#pragma once

#include "ssh/HostKeyInfo.h"

#include <QDialog>

namespace ferry {

// The warning shown after a connection was refused because the server's host key changed or is revoked.
// It explains what a man-in-the-middle attack is and shows the new key next to what known_hosts holds.
// It offers no way to connect anyway: replacing a known key needs its own, explicit confirmation.
class HostKeyWarningDialog : public QDialog {
    Q_OBJECT
public:
    explicit HostKeyWarningDialog(const HostKeyInfo& info, QWidget* parent = nullptr);

    const HostKeyInfo& info() const { return m_info; }

private:
    HostKeyInfo m_info;
};

} // namespace ferry
