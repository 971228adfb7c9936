#include "SessionConnectionPage.h"

#include "profiles/SessionProfile.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ferry {

SessionConnectionPage::SessionConnectionPage(QWidget* parent)
    : QWidget(parent)
    , m_timeout(new QSpinBox(this))
    , m_keepalive(new QSpinBox(this))
    , m_compression(new QCheckBox(tr("Co&mpress the data (helps on slow links)"), this))
    , m_useSshConfig(new QCheckBox(tr("Rea&d ~/.ssh/config for settings this session leaves at their default"), this))
    , m_sshConfigHost(new QLineEdit(this))
    , m_legacyRsa(new QCheckBox(tr("Allow ssh-&rsa (RSA with SHA-1) for old servers"), this))
    , m_proxyJump(new QLineEdit(this))
{
    m_timeout->setObjectName(QStringLiteral("connectTimeout"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_keepalive->setObjectName(QStringLiteral("keepaliveInterval"));
    m_keepalive->setRange(0, 86400);
    m_keepalive->setSuffix(tr(" s"));
    m_keepalive->setSpecialValueText(tr("Off"));
    // Numbers of a few digits need no field across the whole dialog.
    const int spinWidth = m_timeout->fontMetrics().horizontalAdvance(QStringLiteral("00000 s")) * 2;
    m_timeout->setMaximumWidth(spinWidth);
    m_keepalive->setMaximumWidth(spinWidth);
    m_keepalive->setToolTip(tr("How often to check that the server still answers. Keeps idle connections "
                               "open through firewalls and notices a dead link."));
    m_compression->setObjectName(QStringLiteral("compression"));
    m_useSshConfig->setObjectName(QStringLiteral("useSshConfig"));
    m_sshConfigHost->setObjectName(QStringLiteral("sshConfigHost"));
    m_sshConfigHost->setPlaceholderText(tr("the session's host"));
    m_legacyRsa->setObjectName(QStringLiteral("allowLegacySshRsa"));
    m_legacyRsa->setToolTip(tr("SHA-1 signatures are weak; allow them only for servers too old for anything "
                               "else."));
    m_proxyJump->setObjectName(QStringLiteral("proxyJump"));
    m_proxyJump->setPlaceholderText(tr("[user@]host[:port] – kept for a later version of Ferry"));

    auto* general = new QFormLayout;
    general->addRow(tr("Co&nnect timeout:"), m_timeout);
    general->addRow(tr("&Keepalive interval:"), m_keepalive);
    general->addRow(m_compression);
    general->addRow(m_useSshConfig);
    general->addRow(tr("ssh_config &Host entry:"), m_sshConfigHost);
    general->addRow(tr("Pro&xyJump:"), m_proxyJump);

    auto* algorithms = new QGroupBox(tr("Algorithms (OpenSSH syntax; empty: the defaults)"), this);
    auto* algorithmsForm = new QFormLayout(algorithms);
    // The examples are what old servers typically need added.
    m_hostKeyAlgorithms = addAlgorithmField(QStringLiteral("hostKeyAlgorithms"), QStringLiteral("+ssh-rsa"));
    m_keyExchange =
        addAlgorithmField(QStringLiteral("keyExchangeAlgorithms"), QStringLiteral("+diffie-hellman-group14-sha1"));
    m_ciphers = addAlgorithmField(QStringLiteral("ciphers"), QStringLiteral("+aes128-cbc"));
    m_macs = addAlgorithmField(QStringLiteral("macs"), QStringLiteral("+hmac-sha1"));
    m_publicKeyAlgorithms = addAlgorithmField(QStringLiteral("publicKeyAlgorithms"), QStringLiteral("+ssh-rsa"));
    algorithmsForm->addRow(tr("Host ke&ys:"), m_hostKeyAlgorithms);
    algorithmsForm->addRow(tr("Key &exchange:"), m_keyExchange);
    algorithmsForm->addRow(tr("C&iphers:"), m_ciphers);
    algorithmsForm->addRow(tr("MAC&s:"), m_macs);
    algorithmsForm->addRow(tr("&Public keys:"), m_publicKeyAlgorithms);
    algorithmsForm->addRow(m_legacyRsa);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(algorithms);
    layout->addStretch(1);

    connect(m_useSshConfig, &QCheckBox::toggled, m_sshConfigHost, &QWidget::setEnabled);
    for (QSpinBox* box : {m_timeout, m_keepalive}) {
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &SessionConnectionPage::changed);
    }
    for (QCheckBox* box : {m_compression, m_useSshConfig, m_legacyRsa}) {
        connect(box, &QCheckBox::toggled, this, &SessionConnectionPage::changed);
    }
    for (QLineEdit* edit : {m_sshConfigHost, m_proxyJump}) {
        connect(edit, &QLineEdit::textChanged, this, &SessionConnectionPage::changed);
    }
}

QLineEdit* SessionConnectionPage::addAlgorithmField(const QString& objectName, const QString& example)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("for example %1").arg(example));
    connect(edit, &QLineEdit::textChanged, this, &SessionConnectionPage::changed);
    return edit;
}

void SessionConnectionPage::load(const SessionProfile& profile)
{
    const SessionProfile::ConnectionSettings& c = profile.connection;
    m_timeout->setValue(c.connectTimeoutSec);
    m_keepalive->setValue(c.keepaliveIntervalSec);
    m_compression->setChecked(c.compression);
    m_useSshConfig->setChecked(c.useSshConfig);
    m_sshConfigHost->setEnabled(c.useSshConfig);
    m_sshConfigHost->setText(c.sshConfigHost);
    m_hostKeyAlgorithms->setText(c.hostKeyAlgorithms);
    m_keyExchange->setText(c.keyExchangeAlgorithms);
    m_ciphers->setText(c.ciphers);
    m_macs->setText(c.macs);
    m_publicKeyAlgorithms->setText(c.publicKeyAlgorithms);
    m_legacyRsa->setChecked(c.allowLegacySshRsa);
    m_proxyJump->setText(c.proxyJump);
}

void SessionConnectionPage::save(SessionProfile* profile) const
{
    SessionProfile::ConnectionSettings& c = profile->connection;
    c.connectTimeoutSec = m_timeout->value();
    c.keepaliveIntervalSec = m_keepalive->value();
    c.compression = m_compression->isChecked();
    c.useSshConfig = m_useSshConfig->isChecked();
    c.sshConfigHost = m_sshConfigHost->text().trimmed();
    c.hostKeyAlgorithms = m_hostKeyAlgorithms->text().trimmed();
    c.keyExchangeAlgorithms = m_keyExchange->text().trimmed();
    c.ciphers = m_ciphers->text().trimmed();
    c.macs = m_macs->text().trimmed();
    c.publicKeyAlgorithms = m_publicKeyAlgorithms->text().trimmed();
    c.allowLegacySshRsa = m_legacyRsa->isChecked();
    c.proxyJump = m_proxyJump->text().trimmed();
}

} // namespace ferry
