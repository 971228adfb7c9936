#include "HostKeyWarningDialog.h"

#include "DialogLabels.h"
#include "HostAddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ferry {

HostKeyWarningDialog::HostKeyWarningDialog(const HostKeyInfo& info, QWidget* parent)
    : QDialog(parent)
    , m_info(info)
{
    const QString address = hostAddress(info.host, info.port);
    const bool revoked = info.status == HostKeyInfo::Status::Revoked;
    setWindowTitle(revoked ? tr("Revoked Host Key") : tr("Host Key Changed"));

    // The banner is red whatever the widget style, so the warning cannot be mistaken for the routine
    // first-contact question.
    auto* banner = new QWidget(this);
    banner->setObjectName(QStringLiteral("warningBanner"));
    banner->setAutoFillBackground(true);
    QPalette bannerPalette = banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xb0, 0x1c, 0x1c));
    bannerPalette.setColor(QPalette::WindowText, Qt::white);
    banner->setPalette(bannerPalette);
    auto* bannerIcon = new QLabel(banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    bannerIcon->setPixmap(warningIcon.pixmap(iconSize, iconSize));
    auto* bannerText = wrappedLabel(revoked ? tr("WARNING: the host key of %1 has been revoked").arg(address)
                                            : tr("WARNING: the host key of %1 has changed").arg(address),
                                    banner);
    QFont bannerFont = bannerText->font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.2);
    bannerText->setFont(bannerFont);
    auto* bannerLayout = new QHBoxLayout(banner);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(bannerText, 1);

    const QString explanation =
        revoked ? tr("The host key that %1 presented is marked as revoked in %2. A revoked key is one its owner no "
                     "longer trusts, typically because it was stolen. Whoever holds it can impersonate the server.")
                      .arg(address, info.knownHostsFile)
                : tr("The host key that %1 presented is not the one recorded for it in %2. Someone may be intercepting "
                     "the connection (a man-in-the-middle attack) to read your password and everything you type, or "
                     "the server's administrator may have replaced the key.")
                      .arg(address, info.knownHostsFile);
    const QString verdict =
        tr("Ferry did not connect and sent no password or key. Ask the server's administrator for the "
           "fingerprint of the new key before trusting it.");

    auto* details = new QFormLayout;
    details->setHorizontalSpacing(12);
    details->setVerticalSpacing(4);
    details->addRow(tr("Key presented:"), valueLabel(info.keyType + QLatin1Char(' ') + info.fingerprint, this));
    if (!info.knownFingerprints.isEmpty()) {
        details->addRow(revoked ? tr("Revoked key:") : tr("Key on record:"),
                        valueLabel(info.knownFingerprints.join(QLatin1Char('\n')), this));
    }
    if (!info.knownHostsFile.isEmpty()) {
        details->addRow(tr("Known hosts file:"), valueLabel(info.knownHostsFile, this));
    }

    auto* lines = new QPlainTextEdit(this);
    lines->setObjectName(QStringLiteral("knownLines"));
    lines->setReadOnly(true);
    lines->setLineWrapMode(QPlainTextEdit::NoWrap);
    lines->setFont(fixedPitchFont());
    lines->setPlainText(info.knownLines.join(QLatin1Char('\n')));
    lines->setMaximumHeight(lines->fontMetrics().lineSpacing() * 4 + 12);
    lines->setVisible(!info.knownLines.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setDefault(true);
    if (!revoked) {
        m_replace = buttons->addButton(tr("&Replace the Old Key and Reconnect…"), QDialogButtonBox::ActionRole);
        m_replace->setObjectName(QStringLiteral("replaceButton"));
        // Only a deliberate click gets here; Enter stays with Close wherever the focus is.
        m_replace->setAutoDefault(false);
        connect(m_replace, &QPushButton::clicked, this, &HostKeyWarningDialog::askToReplace);
    }

    auto* content = new QVBoxLayout;
    content->addWidget(wrappedLabel(explanation, this));
    content->addLayout(details);
    if (!info.knownLines.isEmpty()) {
        content->addWidget(new QLabel(tr("Entries involved:"), this));
    }
    content->addWidget(lines);
    content->addWidget(wrappedLabel(verdict, this));
    content->addWidget(buttons);

    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this);
    content->setContentsMargins(margin, margin, margin, margin);
    content->setSpacing(margin);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addLayout(content);
    // Never narrower than the fingerprints and never shorter than the text.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(640);
}

QMessageBox* HostKeyWarningDialog::confirmation() const
{
    return m_confirmation;
}

void HostKeyWarningDialog::askToReplace()
{
    if (m_confirmation) {
        m_confirmation->raise();
        return;
    }
    const QString address = hostAddress(m_info.host, m_info.port);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Replace the Host Key?"),
                                tr("Replace the key on record for %1 with the one it presented now?").arg(address),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("replaceConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("Do this only if you know the key was changed, for example because the server's administrator told you "
           "the new fingerprint, %1. Ferry removes the old %2 key of %3 from %4 and connects again; you will then "
           "be asked about the new key as for a server you have never seen.")
            .arg(m_info.fingerprint, m_info.keyType, address, m_info.knownHostsFile));
    box->button(QMessageBox::Yes)->setText(tr("&Replace the Key"));
    box->button(QMessageBox::No)->setText(tr("&Keep the Old Key"));
    // Enter and Escape both keep the old key: replacing takes a deliberate choice.
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            accept();
            emit replaceConfirmed();
        }
    });
    m_confirmation = box;
    box->open();
}

} // namespace ferry
