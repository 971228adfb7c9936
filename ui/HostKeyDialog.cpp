#include "HostKeyDialog.h"

#include "DialogLabels.h"
#include "HostAddress.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ferry {

HostKeyDialog::HostKeyDialog(const HostKeyInfo& info, QWidget* parent)
    : QDialog(parent)
    , m_info(info)
{
    const QString address = hostAddress(info.host, info.port);
    const bool otherTypeKnown = info.status == HostKeyInfo::Status::OtherTypeKnown;
    setWindowTitle(otherTypeKnown ? tr("New Host Key Type") : tr("Unknown Host Key"));

    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto* heading = wrappedLabel(tr("Is this really %1?").arg(address), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    const QString intro = otherTypeKnown
        ? tr("Ferry knows a key of another type for %1, but not this one, so it cannot tell whether this is "
             "really the server you mean. The server identified itself with this key:")
              .arg(address)
        : tr("Ferry has never connected to %1 before, so it cannot tell whether this is really the server you "
             "mean. The server identified itself with this key:")
              .arg(address);

    auto* keyGrid = new QGridLayout;
    keyGrid->setContentsMargins(16, 4, 0, 4);
    keyGrid->addWidget(new QLabel(tr("Key type:"), this), 0, 0);
    auto* keyType = valueLabel(info.keyType, this);
    keyType->setObjectName(QStringLiteral("keyType"));
    keyGrid->addWidget(keyType, 0, 1);
    keyGrid->addWidget(new QLabel(tr("Fingerprint:"), this), 1, 0);
    auto* fingerprint = valueLabel(info.fingerprint, this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    keyGrid->addWidget(fingerprint, 1, 1);
    keyGrid->setColumnStretch(1, 1);

    const QString advice =
        tr("Compare the fingerprint with one you got from the server's administrator over a channel you trust. "
           "If they differ, do not connect: someone may be impersonating the server.");
    const QString saving = info.knownHostsFile.isEmpty()
        ? tr("Accept and Save remembers the key for future connections. Accept Once trusts it for this "
             "connection only.")
        : tr("Accept and Save adds the key to %1, which the ssh command reads too. Accept Once trusts it for this "
             "connection only.")
              .arg(info.knownHostsFile);

    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(wrappedLabel(intro, this));
    text->addLayout(keyGrid);
    text->addWidget(wrappedLabel(advice, this));
    text->addWidget(wrappedLabel(saving, this));

    auto* body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_acceptAndSave = buttons->addButton(tr("Accept and &Save"), QDialogButtonBox::AcceptRole);
    m_acceptAndSave->setObjectName(QStringLiteral("acceptAndSaveButton"));
    m_acceptOnce = buttons->addButton(tr("Accept &Once"), QDialogButtonBox::AcceptRole);
    m_acceptOnce->setObjectName(QStringLiteral("acceptOnceButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    // Trusting a key must be a deliberate click: neither accept button may become the default, not even
    // while it has the focus, and the focus starts on Cancel.
    m_acceptAndSave->setAutoDefault(false);
    m_acceptOnce->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();

    connect(m_acceptAndSave, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::AcceptAndSave); });
    connect(m_acceptOnce, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::AcceptOnce); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(520);
}

void HostKeyDialog::decide(HostKeyDecision decision)
{
    m_decision = decision;
    accept();
}

} // namespace ferry
