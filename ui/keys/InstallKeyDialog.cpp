#include "InstallKeyDialog.h"

#include "ssh/Connection.h"
#include "trust/AuthorizedKeyInstaller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry {

InstallKeyDialog::InstallKeyDialog(const QString& keyPath, const QString& publicKeyLine,
                                   const QVector<SessionProfile>& sessions, ConnectionFactory factory, QWidget* parent)
    : QDialog(parent)
    , m_publicKeyLine(publicKeyLine)
    , m_profiles(sessions)
    , m_factory(std::move(factory))
{
    setWindowTitle(tr("Install Key on Server"));
    setObjectName(QStringLiteral("installKeyDialog"));
    auto* intro = new QLabel(tr("Adds the public key of %1 to ~/.ssh/authorized_keys on the server, as ssh-copy-id "
                                "does: the folder and the file are made if missing, and a key already there is not "
                                "added again.")
                                 .arg(keyPath),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_sessions = new QComboBox(this);
    m_sessions->setObjectName(QStringLiteral("session"));
    for (const SessionProfile& profile : std::as_const(m_profiles)) {
        m_sessions->addItem(tr("%1 (%2)").arg(profile.path(), profile.addressText()));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Session:"), m_sessions);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(12);
    m_busy->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a remote path and a server's message without the dialog having to grow.
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 4);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (m_profiles.isEmpty()) {
        m_result->setText(tr("There are no saved sessions. Save a session for the server first."));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_install = buttons->addButton(tr("&Install"), QDialogButtonBox::ActionRole);
    m_install->setObjectName(QStringLiteral("install"));
    m_install->setEnabled(!m_profiles.isEmpty() && m_factory);
    connect(m_install, &QPushButton::clicked, this, &InstallKeyDialog::startInstall);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

InstallKeyDialog::~InstallKeyDialog()
{
    delete m_installer;
    delete m_connection;
}

QString InstallKeyDialog::resultText() const
{
    return m_result->text();
}

void InstallKeyDialog::startInstall()
{
    const int index = m_sessions->currentIndex();
    if (index < 0 || index >= m_profiles.size() || m_connection) {
        return;
    }
    const SessionProfile& profile = m_profiles.at(index);
    Connection* connection = m_factory(profile);
    if (connection == nullptr) {
        m_result->setText(tr("Could not open a connection to %1.").arg(profile.addressText()));
        return;
    }
    m_connection = connection;
    connection->setParent(this);
    setBusy(true);
    m_result->setText(tr("Connecting to %1…").arg(profile.addressText()));
    connect(connection, &Connection::disconnected, this, [this](const ConnectionError& error) {
        if (m_installer == nullptr) {
            finish(false, tr("The connection failed: %1").arg(error.message));
        }
    });
    if (connection->isConnected()) {
        onConnected();
    } else {
        connect(connection, &Connection::connected, this, &InstallKeyDialog::onConnected);
        if (connection->state() == Connection::State::Disconnected) {
            connection->connectToHost();
        }
    }
}

void InstallKeyDialog::onConnected()
{
    if (!m_connection || m_installer != nullptr) {
        return;
    }
    m_result->setText(tr("Installing the key…"));
    m_installer = new AuthorizedKeyInstaller(m_connection);
    connect(m_installer, &AuthorizedKeyInstaller::finished, this, [this] {
        const bool ok = m_installer->outcome() != AuthorizedKeyInstaller::Outcome::Failed;
        finish(ok, ok ? m_installer->message() : m_installer->errorString());
    });
    m_installer->install(m_publicKeyLine);
}

void InstallKeyDialog::finish(bool succeeded, const QString& message)
{
    if (m_installer != nullptr) {
        m_installer->deleteLater();
        m_installer = nullptr;
    }
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    setBusy(false);
    m_result->setText(message);
    emit installFinished(succeeded, message);
}

void InstallKeyDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_install->setEnabled(!busy && !m_profiles.isEmpty());
    m_sessions->setEnabled(!busy);
}

} // namespace ferry
