#include "AuthorizedKeyInstaller.h"

#include "KnownHosts.h"
#include "ssh/ChannelRequest.h"
#include "ssh/Connection.h"
#include "ssh/RemoteChannel.h"

#include <QTimer>

namespace ferry {

namespace {

// Exit statuses of the remote script, for the messages.
constexpr int NoInput = 90;
constexpr int NoHome = 91;
constexpr int NoSshFolder = 92;
constexpr int CannotWrite = 93;

void appendBounded(QByteArray* buffer, const QByteArray& data)
{
    const qsizetype room = AuthorizedKeyInstaller::MaxOutput - buffer->size();
    if (room > 0) {
        *buffer += data.left(room);
    }
}

} // namespace

AuthorizedKeyInstaller::AuthorizedKeyInstaller(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
}

AuthorizedKeyInstaller::~AuthorizedKeyInstaller()
{
    delete m_channel;
}

QString AuthorizedKeyInstaller::remoteCommand()
{
    // One line for any login shell (csh would choke on newlines inside quotes), without single quotes inside.
    // The key and its "type base64" part come on stdin; a key already present in any form (other comment,
    // options in front) is not added again, as ssh-copy-id does. umask 077 makes a new .ssh 0700 and a new
    // authorized_keys 0600; existing ones keep their modes. A file not ending in a line feed gets one first.
    return QStringLiteral(
        "exec sh -c 'umask 077; IFS= read -r line || exit 90; IFS= read -r key || exit 90; cd || exit 91; "
        "mkdir -p .ssh || exit 92; f=.ssh/authorized_keys; "
        "if [ -f \"$f\" ] && grep -qF -e \"$key\" \"$f\"; then echo \"present $PWD/$f\"; exit 0; fi; "
        "if [ -s \"$f\" ] && [ -n \"$(tail -c1 \"$f\")\" ]; then echo >> \"$f\" || exit 93; fi; "
        "printf \"%s\\n\" \"$line\" >> \"$f\" || exit 93; echo \"added $PWD/$f\"'");
}

QByteArray AuthorizedKeyInstaller::authorizedLine(const QString& publicKeyLine, QByteArray* keyPart, QString* error)
{
    const QString line = publicKeyLine.trimmed();
    const qsizetype firstSpace = line.indexOf(QLatin1Char(' '));
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(QLatin1Char(' '), firstSpace + 1);
    const QString type = line.left(firstSpace);
    const QString encoded = line.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1);
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (firstSpace < 0 || !decoded || decoded.decoded.isEmpty() || KnownHosts::keyTypeOf(decoded.decoded) != type) {
        *error = tr("This is not a public key in OpenSSH's format.");
        return {};
    }
    // Rebuilt from its parts: whatever else the line held (control characters, line breaks) stays out.
    QString comment = secondSpace < 0 ? QString() : line.mid(secondSpace + 1);
    for (QChar& c : comment) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = QLatin1Char(' ');
        }
    }
    *keyPart = type.toLatin1() + ' ' + decoded.decoded.toBase64();
    QByteArray result = *keyPart;
    if (!comment.trimmed().isEmpty()) {
        result += ' ' + comment.trimmed().toUtf8();
    }
    return result;
}

void AuthorizedKeyInstaller::install(const QString& publicKeyLine)
{
    QString error;
    QByteArray keyPart;
    const QByteArray line = authorizedLine(publicKeyLine, &keyPart, &error);
    if (line.isEmpty() || m_connection == nullptr) {
        if (error.isEmpty()) {
            error = tr("There is no connection to install the key over.");
        }
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    m_channel = m_connection->openChannel(ChannelRequest::exec(remoteCommand()));
    connect(m_channel, &RemoteChannel::stdoutReceived, this,
            [this](const QByteArray& data) { appendBounded(&m_output, data); });
    connect(m_channel, &RemoteChannel::stderrReceived, this,
            [this](const QByteArray& data) { appendBounded(&m_errors, data); });
    connect(m_channel, &RemoteChannel::openFailed, this, [this](const QString& message) {
        fail(tr("The server refused to run the command that adds the key: %1").arg(message));
    });
    connect(m_channel, &RemoteChannel::closed, this, &AuthorizedKeyInstaller::onClosed);
    m_channel->write(line + '\n' + keyPart + '\n');
    m_channel->sendEof();
}

void AuthorizedKeyInstaller::onClosed()
{
    if (isFinished()) {
        return;
    }
    const int status = m_channel ? m_channel->exitStatus() : -1;
    const QString channelError = m_channel ? m_channel->errorString() : QString();
    const QList<QByteArray> lines = m_output.split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("added ")) {
            m_outcome = Outcome::Added;
            m_remotePath = QString::fromUtf8(line.mid(6));
        } else if (line.startsWith("present ")) {
            m_outcome = Outcome::AlreadyPresent;
            m_remotePath = QString::fromUtf8(line.mid(8));
        }
    }
    if (status == 0 && isFinished()) {
        emit finished();
        return;
    }
    m_outcome = Outcome::Pending;
    const QString serverSaid = QString::fromUtf8(m_errors).trimmed();
    QString why;
    switch (status) {
    case NoInput:
        why = tr("the key did not reach the server.");
        break;
    case NoHome:
        why = tr("the account has no home folder.");
        break;
    case NoSshFolder:
        why = tr("the folder ~/.ssh cannot be created.");
        break;
    case CannotWrite:
        why = tr("~/.ssh/authorized_keys cannot be written.");
        break;
    default:
        why = !channelError.isEmpty() ? channelError
              : status >= 0           ? tr("the command ended with status %1.").arg(status)
                                      : tr("the command ended without a status.");
        break;
    }
    fail(serverSaid.isEmpty() ? tr("The key was not installed: %1").arg(why)
                              : tr("The key was not installed: %1 The server said: %2").arg(why, serverSaid.left(500)));
}

void AuthorizedKeyInstaller::fail(const QString& message)
{
    if (isFinished()) {
        return;
    }
    m_outcome = Outcome::Failed;
    m_error = message;
    emit finished();
}

QString AuthorizedKeyInstaller::message() const
{
    switch (m_outcome) {
    case Outcome::Added:
        return tr("The key was added to %1 on the server.").arg(m_remotePath);
    case Outcome::AlreadyPresent:
        return tr("The key is already in %1 on the server; nothing was changed.").arg(m_remotePath);
    case Outcome::Failed:
        return m_error;
    case Outcome::Pending:
        break;
    }
    return {};
}

} // namespace ferry
