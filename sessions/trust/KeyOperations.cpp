#include "KeyOperations.h"

#include "KeyJob.h"
#include "KnownHosts.h"
#include "OpenSshTool.h"
#include "PrivateKeyFile.h"
#include "PuttyKeyFile.h"
#include "SshWire.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace ferry {

namespace {

const QString SshKeygen = QStringLiteral("ssh-keygen");
const QString SshAdd = QStringLiteral("ssh-add");
constexpr QFileDevice::Permissions PrivateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions PublicMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions FolderMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QByteArray secretLine(const QString& secret)
{
    return secret.toUtf8();
}

bool hasLineBreak(const QString& text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

// A private (0700) folder beside target for the files being made, removed when the job ends. Creates target's
// folder (0700, as ssh keeps ~/.ssh) when missing.
std::shared_ptr<QTemporaryDir> makeWorkFolder(const QString& target, QString* error)
{
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            *error = KeyOperations::tr("Cannot create the folder %1.").arg(folder);
            return nullptr;
        }
        QFile::setPermissions(folder, FolderMode);
    }
    auto work = std::make_shared<QTemporaryDir>(folder + QStringLiteral("/.ferry-key-XXXXXX"));
    if (!work->isValid()) {
        *error = KeyOperations::tr("Cannot write in the folder %1: %2").arg(folder, work->errorString());
        return nullptr;
    }
    QFile::setPermissions(work->path(), FolderMode);
    return work;
}

bool refuseExisting(const QString& path, QString* error)
{
    for (const QString& file : QStringList{path, path + QStringLiteral(".pub")}) {
        if (QFileInfo::exists(file) || QFileInfo(file).isSymLink()) {
            *error = KeyOperations::tr("%1 already exists. Choose another file name.").arg(file);
            return true;
        }
    }
    return false;
}

// Moves a made key pair into place with its final modes, never replacing a file; on failure nothing is left
// behind at the target.
bool installPair(const QString& madePrivate, const QString& madePublic, const QString& target, QString* error)
{
    if (!QFile::setPermissions(madePrivate, PrivateMode) || !QFile::setPermissions(madePublic, PublicMode)) {
        *error = KeyOperations::tr("Cannot set the permissions of the new key files.");
        return false;
    }
    if (refuseExisting(target, error)) {
        return false;
    }
    const QString targetPublic = target + QStringLiteral(".pub");
    if (!QFile::rename(madePublic, targetPublic)) {
        *error = KeyOperations::tr("Cannot create %1.").arg(targetPublic);
        return false;
    }
    if (!QFile::rename(madePrivate, target)) {
        QFile::remove(targetPublic);
        *error = KeyOperations::tr("Cannot create %1.").arg(target);
        return false;
    }
    return true;
}

bool writePrivateFile(const QString& path, const QByteArray& content, QFileDevice::Permissions mode, QString* error)
{
    QFile file(path);
    // The folder is private, so the mode can be set before any byte is written without a window.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !file.setPermissions(mode) ||
        file.write(content) != content.size() || !file.flush()) {
        *error = KeyOperations::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString keygenType(KeyAlgorithm algorithm, QString* bits)
{
    switch (algorithm) {
    case KeyAlgorithm::Ed25519:
        return QStringLiteral("ed25519");
    case KeyAlgorithm::EcdsaP256:
        *bits = QStringLiteral("256");
        return QStringLiteral("ecdsa");
    case KeyAlgorithm::EcdsaP384:
        *bits = QStringLiteral("384");
        return QStringLiteral("ecdsa");
    case KeyAlgorithm::EcdsaP521:
        *bits = QStringLiteral("521");
        return QStringLiteral("ecdsa");
    case KeyAlgorithm::Rsa3072:
        *bits = QStringLiteral("3072");
        return QStringLiteral("rsa");
    case KeyAlgorithm::Rsa4096:
        *bits = QStringLiteral("4096");
        return QStringLiteral("rsa");
    }
    return {};
}

KeyJob* failedJob(const QString& message, QObject* parent)
{
    auto* job = new KeyJob(parent);
    job->addStep([message](KeyJob* j) { j->fail(message); });
    job->start();
    return job;
}

QString checkSecrets(std::initializer_list<const QString*> secrets)
{
    for (const QString* secret : secrets) {
        if (hasLineBreak(*secret)) {
            return KeyOperations::tr("A passphrase cannot contain a line break.");
        }
    }
    return {};
}

} // namespace

QString KeyOperations::algorithmName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Ed25519:
        return tr("Ed25519");
    case KeyAlgorithm::EcdsaP256:
        return tr("ECDSA P-256");
    case KeyAlgorithm::EcdsaP384:
        return tr("ECDSA P-384");
    case KeyAlgorithm::EcdsaP521:
        return tr("ECDSA P-521");
    case KeyAlgorithm::Rsa3072:
        return tr("RSA 3072");
    case KeyAlgorithm::Rsa4096:
        return tr("RSA 4096");
    }
    return {};
}

QString KeyOperations::defaultFileName(KeyAlgorithm algorithm)
{
    QString bits;
    return QStringLiteral("id_") + keygenType(algorithm, &bits);
}

KeyJob* KeyOperations::generate(const KeyGenerationRequest& request, QObject* parent)
{
    QString error = checkSecrets({&request.passphrase});
    if (error.isEmpty() && hasLineBreak(request.comment)) {
        error = tr("A key comment cannot contain a line break.");
    }
    if (error.isEmpty() && request.path.isEmpty()) {
        error = tr("No file name was given for the key.");
    }
    if (!error.isEmpty() || refuseExisting(request.path, &error)) {
        return failedJob(error, parent);
    }
    const std::shared_ptr<QTemporaryDir> work = makeWorkFolder(request.path, &error);
    if (!work) {
        return failedJob(error, parent);
    }
    const QString made = work->filePath(QStringLiteral("key"));
    QString bits;
    QStringList arguments{QStringLiteral("-q"), QStringLiteral("-t"), keygenType(request.algorithm, &bits)};
    if (!bits.isEmpty()) {
        arguments << QStringLiteral("-b") << bits;
    }
    arguments << QStringLiteral("-C") << request.comment << QStringLiteral("-f") << made;
    const QByteArray passphrase = secretLine(request.passphrase);

    auto* job = new KeyJob(parent);
    job->addCleanup([work] { work->remove(); });
    job->addStep([arguments, passphrase](KeyJob* j) { j->runTool(SshKeygen, arguments, {passphrase, passphrase}); });
    const QString target = request.path;
    job->addStep([made, target](KeyJob* j) {
        QString message;
        if (!installPair(made, made + QStringLiteral(".pub"), target, &message)) {
            j->fail(message);
            return;
        }
        j->setResultPath(target);
        j->setMessage(tr("The key was saved in %1 and its public key in %1.pub.").arg(target));
    });
    job->start();
    return job;
}

KeyJob* KeyOperations::changePassphrase(const QString& keyPath, const QString& oldPassphrase,
                                        const QString& newPassphrase, QObject* parent)
{
    // A key reached through a link is changed where it lives; the link stays a link.
    const QString canonical = QFileInfo(keyPath).canonicalFilePath();
    const QString path = canonical.isEmpty() ? keyPath : canonical;
    QString error = checkSecrets({&oldPassphrase, &newPassphrase});
    if (!error.isEmpty()) {
        return failedJob(error, parent);
    }
    QString why;
    const PrivateKeyFile::Protection protection = PrivateKeyFile::protection(path, &why);
    if (protection == PrivateKeyFile::Protection::Unreadable) {
        return failedJob(tr("%1 cannot be used: %2.").arg(path, why), parent);
    }
    const bool encrypted = protection == PrivateKeyFile::Protection::Encrypted;
    if (encrypted && oldPassphrase.isEmpty()) {
        return failedJob(tr("The key is protected by a passphrase: enter the current one."), parent);
    }
    const std::shared_ptr<QTemporaryDir> work = makeWorkFolder(path, &error);
    if (!work) {
        return failedJob(error, parent);
    }
    const QString copy = work->filePath(QStringLiteral("key"));
    QList<QByteArray> input;
    if (encrypted) {
        input << secretLine(oldPassphrase);
    }
    input << secretLine(newPassphrase) << secretLine(newPassphrase);

    auto* job = new KeyJob(parent);
    job->addCleanup([work] { work->remove(); });
    job->addStep([path, copy](KeyJob* j) {
        QFile original(path);
        QString message;
        if (!original.open(QIODevice::ReadOnly)) {
            j->fail(tr("Cannot read %1: %2").arg(path, original.errorString()));
            return;
        }
        QByteArray content = original.read(PrivateKeyFile::MaxSize + 1);
        if (!writePrivateFile(copy, content, PrivateMode, &message)) {
            j->fail(message);
        }
        content.fill('\0');
    });
    job->addStep([copy, input](KeyJob* j) {
        j->runTool(SshKeygen, {QStringLiteral("-p"), QStringLiteral("-f"), copy}, input,
                   [](KeyJob* jj, const OpenSshTool& tool) {
                       if (tool.passphraseRejected()) {
                           jj->fail(tr("The current passphrase is wrong."));
                       } else if (!tool.succeeded()) {
                           jj->fail(tool.errorString());
                       }
                   });
    });
    job->addStep([path, copy, newPassphrase](KeyJob* j) {
        QFile::setPermissions(copy, PrivateMode);
        // rename(2) replaces the old file in one step: a reader sees the old key or the new one, never half.
        if (std::rename(QFile::encodeName(copy).constData(), QFile::encodeName(path).constData()) != 0) {
            j->fail(tr("Cannot replace %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        j->setResultPath(path);
        j->setMessage(newPassphrase.isEmpty() ? tr("The passphrase of %1 was removed.").arg(path)
                                              : tr("The passphrase of %1 was changed.").arg(path));
    });
    job->start();
    return job;
}

KeyJob* KeyOperations::importPuttyKey(const QString& ppkPath, const QString& ppkPassphrase, const QString& targetPath,
                                      const QString& newPassphrase, QObject* parent)
{
    QString error = checkSecrets({&newPassphrase});
    if (!error.isEmpty() || refuseExisting(targetPath, &error)) {
        return failedJob(error, parent);
    }
    const std::shared_ptr<QTemporaryDir> work = makeWorkFolder(targetPath, &error);
    if (!work) {
        return failedJob(error, parent);
    }
    const QString made = work->filePath(QStringLiteral("key"));
    const QByteArray ppkSecret = secretLine(ppkPassphrase);
    const QByteArray newSecret = secretLine(newPassphrase);

    auto* job = new KeyJob(parent);
    job->addCleanup([work] { work->remove(); });
    job->addStep([ppkPath, ppkSecret, made](KeyJob* j) {
        PuttyKeyFile ppk;
        QString message;
        if (!ppk.load(ppkPath, &message)) {
            j->fail(message);
            return;
        }
        QByteArray key = ppk.toOpenSshPrivateKey(ppkSecret, &message);
        if (key.isEmpty()) {
            j->fail(message);
            return;
        }
        const bool written =
            writePrivateFile(made, key, PrivateMode, &message) &&
            writePrivateFile(made + QStringLiteral(".pub"), ppk.openSshPublicKeyLine() + '\n', PrivateMode, &message);
        key.fill('\0');
        if (!written) {
            j->fail(message);
        }
    });
    if (!newPassphrase.isEmpty()) {
        job->addStep([made, newSecret](KeyJob* j) {
            j->runTool(SshKeygen, {QStringLiteral("-p"), QStringLiteral("-f"), made}, {newSecret, newSecret});
        });
    }
    job->addStep([made, targetPath, ppkPath](KeyJob* j) {
        QString message;
        if (!installPair(made, made + QStringLiteral(".pub"), targetPath, &message)) {
            j->fail(message);
            return;
        }
        j->setResultPath(targetPath);
        j->setMessage(tr("%1 was imported as %2 (public key: %2.pub).").arg(ppkPath, targetPath));
    });
    job->start();
    return job;
}

KeyJob* KeyOperations::addToAgent(const QString& path, const QString& passphrase, int lifetimeSeconds,
                                  const QString& agentSocket, QObject* parent)
{
    QString error = checkSecrets({&passphrase});
    if (!error.isEmpty()) {
        return failedJob(error, parent);
    }
    const QString socket = agentSocket.isEmpty() ? QString::fromLocal8Bit(qgetenv("SSH_AUTH_SOCK")) : agentSocket;
    if (socket.isEmpty()) {
        return failedJob(tr("No SSH agent is running: SSH_AUTH_SOCK is not set."), parent);
    }
    QString why;
    const PrivateKeyFile::Protection protection = PrivateKeyFile::protection(path, &why);
    if (protection == PrivateKeyFile::Protection::Unreadable) {
        return failedJob(tr("%1 cannot be used: %2.").arg(path, why), parent);
    }
    if (protection == PrivateKeyFile::Protection::Encrypted && passphrase.isEmpty()) {
        return failedJob(tr("The key is protected by a passphrase: enter it to add the key to the agent."), parent);
    }
    QStringList arguments;
    if (lifetimeSeconds > 0) {
        arguments << QStringLiteral("-t") << QString::number(lifetimeSeconds);
    }
    arguments << path;
    QList<QByteArray> input;
    if (protection == PrivateKeyFile::Protection::Encrypted) {
        input << secretLine(passphrase);
    }

    auto* job = new KeyJob(parent);
    job->setToolEnvironment(QStringLiteral("SSH_AUTH_SOCK"), socket);
    job->addStep([arguments, input](KeyJob* j) {
        j->runTool(SshAdd, arguments, input, [](KeyJob* jj, const OpenSshTool& tool) {
            if (tool.passphraseRejected()) {
                jj->fail(tr("The passphrase is wrong."));
            } else if (!tool.succeeded()) {
                jj->fail(tool.errorString());
            }
        });
    });
    job->addStep([path, lifetimeSeconds](KeyJob* j) {
        j->setResultPath(path);
        j->setMessage(lifetimeSeconds > 0
                          ? tr("%1 was added to the agent for %n second(s).", nullptr, lifetimeSeconds).arg(path)
                          : tr("%1 was added to the agent.").arg(path));
    });
    job->start();
    return job;
}

QString KeyOperations::publicKeyText(const QString& privateKeyPath, QString* error)
{
    QFile pub(privateKeyPath + QStringLiteral(".pub"));
    if (pub.open(QIODevice::ReadOnly)) {
        const QByteArray firstLine = pub.read(PrivateKeyFile::MaxSize).split('\n').value(0).trimmed();
        const QList<QByteArray> fields = firstLine.split(' ');
        const QByteArray blob = fields.size() >= 2 ? QByteArray::fromBase64(fields.at(1)) : QByteArray();
        if (!blob.isEmpty() && KnownHosts::keyTypeOf(blob) == QString::fromLatin1(fields.at(0))) {
            return QString::fromUtf8(firstLine);
        }
    }
    // An OpenSSH-format private key carries its public half in the clear, in front of the (encrypted) rest.
    QFile file(privateKeyPath);
    if (file.open(QIODevice::ReadOnly)) {
        PrivateKeyFile::Format format = PrivateKeyFile::Format::Unknown;
        const QByteArray content = file.read(PrivateKeyFile::MaxSize);
        PrivateKeyFile::protectionOf(content, &format);
        if (format == PrivateKeyFile::Format::OpenSsh) {
            const qsizetype begin = content.indexOf("-----BEGIN OPENSSH PRIVATE KEY-----");
            const qsizetype end = content.indexOf("-----END OPENSSH PRIVATE KEY-----");
            const QByteArray blob = QByteArray::fromBase64(content.mid(begin + 35, end - begin - 35).simplified());
            SshWireReader reader(blob.mid(15));
            reader.readString();
            reader.readString();
            reader.readString();
            const quint32 keys = reader.readUint32();
            const QByteArray publicBlob = reader.readString();
            const QString type = KnownHosts::keyTypeOf(publicBlob);
            if (reader.ok() && keys >= 1 && !type.isEmpty()) {
                return type + QLatin1Char(' ') + QString::fromLatin1(publicBlob.toBase64());
            }
        }
    }
    if (error != nullptr) {
        *error = tr("The public key of %1 cannot be read: there is no %1.pub, and the key file does not carry it.")
                     .arg(privateKeyPath);
    }
    return {};
}

} // namespace ferry
