#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ferry {

class SessionProfile;

// The editor's Connection tab: timeouts, keepalives, compression, ssh_config and the algorithm overrides
// some old servers need.
class SessionConnectionPage : public QWidget {
    Q_OBJECT
public:
    explicit SessionConnectionPage(QWidget* parent = nullptr);

    void load(const SessionProfile& profile);
    void save(SessionProfile* profile) const;

signals:
    void changed();

private:
    QLineEdit* addAlgorithmField(const QString& objectName, const QString& example);

    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_keepalive = nullptr;
    QCheckBox* m_compression = nullptr;
    QCheckBox* m_useSshConfig = nullptr;
    QLineEdit* m_sshConfigHost = nullptr;
    QLineEdit* m_hostKeyAlgorithms = nullptr;
    QLineEdit* m_keyExchange = nullptr;
    QLineEdit* m_ciphers = nullptr;
    QLineEdit* m_macs = nullptr;
    QLineEdit* m_publicKeyAlgorithms = nullptr;
    QCheckBox* m_legacyRsa = nullptr;
    QLineEdit* m_proxyJump = nullptr;
};

} // namespace ferry
