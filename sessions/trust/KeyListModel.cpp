#include "KeyListModel.h"

#include "KeyInventory.h"

#include <QDir>
#include <QFileInfo>

namespace ferry {

KeyListModel::KeyListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_folder(KeyInventory::defaultFolder())
{
}

void KeyListModel::setFolder(const QString& folder)
{
    m_folder = folder;
    refresh();
}

void KeyListModel::setExtraKeyPaths(const QStringList& paths)
{
    m_extraPaths = paths;
    refresh();
}

void KeyListModel::addKeyPath(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_extraPaths.contains(absolute)) {
        m_extraPaths.append(absolute);
        refresh();
    }
}

void KeyListModel::removeKeyPath(const QString& path)
{
    if (m_extraPaths.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        refresh();
    }
}

void KeyListModel::setAgentIdentities(const QList<AgentIdentity>& identities)
{
    m_identities = identities;
    KeyInventory::markLoaded(&m_keys, m_identities);
    if (!m_keys.isEmpty()) {
        emit dataChanged(index(0, AgentColumn), index(static_cast<int>(m_keys.size()) - 1, AgentColumn));
    }
}

void KeyListModel::refresh()
{
    QList<SshKeyInfo> keys = m_folder.isEmpty() ? QList<SshKeyInfo>() : KeyInventory::scanFolder(m_folder);
    const QString folder = QDir(m_folder).absolutePath();
    for (const QString& path : std::as_const(m_extraPaths)) {
        if (QFileInfo(path).absolutePath() == folder && !m_folder.isEmpty()) {
            continue; // already listed from the folder, if it is a key
        }
        SshKeyInfo info = KeyInventory::inspect(path);
        info.addedByPath = true;
        keys.append(info);
    }
    KeyInventory::markLoaded(&keys, m_identities);
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

int KeyListModel::rowOf(const QString& privateKeyPath) const
{
    for (qsizetype row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).privateKeyPath == privateKeyPath) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int KeyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int KeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size()) {
        return {};
    }
    const SshKeyInfo& key = m_keys.at(index.row());
    if (role == PathRole) {
        return key.privateKeyPath;
    }
    if (role == Qt::ToolTipRole) {
        return key.problem.isEmpty() ? key.privateKeyPath : key.privateKeyPath + QLatin1Char('\n') + key.problem;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const auto yesNo = [](bool yes) { return yes ? tr("Yes") : tr("No"); };
    switch (index.column()) {
    case FileColumn:
        return key.addedByPath ? key.privateKeyPath : QFileInfo(key.privateKeyPath).fileName();
    case TypeColumn:
        if (key.format == PrivateKeyFile::Format::PuTTY) {
            return tr("PuTTY key (import it)");
        }
        return key.keyType.isEmpty() ? tr("Unknown") : key.typeName();
    case BitsColumn:
        return key.bits > 0 ? QVariant(key.bits) : QVariant();
    case CommentColumn:
        return key.comment;
    case FingerprintColumn:
        return key.fingerprint;
    case PassphraseColumn:
        return key.protection == PrivateKeyFile::Protection::Unreadable ? tr("Unknown") : yesNo(key.hasPassphrase());
    case AgentColumn:
        return yesNo(key.inAgent);
    case CertificateColumn:
        return yesNo(key.hasCertificate());
    default:
        return {};
    }
}

QVariant KeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FileColumn:
        return tr("File");
    case TypeColumn:
        return tr("Type");
    case BitsColumn:
        return tr("Bits");
    case CommentColumn:
        return tr("Comment");
    case FingerprintColumn:
        return tr("Fingerprint");
    case PassphraseColumn:
        return tr("Passphrase");
    case AgentColumn:
        return tr("In agent");
    case CertificateColumn:
        return tr("Certificate");
    default:
        return {};
    }
}

} // namespace ferry
