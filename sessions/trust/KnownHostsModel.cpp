#include "KnownHostsModel.h"

#include <QRegularExpression>

namespace ferry {

KnownHostsModel::KnownHostsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool KnownHostsModel::load(const QString& path, QString* error)
{
    m_file = std::make_unique<KnownHosts>(path);
    return reload(error);
}

bool KnownHostsModel::reload(QString* error)
{
    if (!m_file) {
        return false;
    }
    const bool ok = m_file->load(error);
    beginResetModel();
    m_entries = ok ? m_file->entries() : QList<KnownHostsEntry>();
    applySearch();
    endResetModel();
    return ok;
}

QString KnownHostsModel::path() const
{
    return m_file ? m_file->path() : QString();
}

QStringList KnownHostsModel::warnings() const
{
    return m_file ? m_file->warnings() : QStringList();
}

void KnownHostsModel::setSearchText(const QString& text)
{
    beginResetModel();
    m_search = text;
    applySearch();
    endResetModel();
}

void KnownHostsModel::applySearch()
{
    m_shown.clear();
    for (const KnownHostsEntry& entry : std::as_const(m_entries)) {
        if (entryMatchesSearch(entry, m_search)) {
            m_shown.append(entry);
        }
    }
}

bool KnownHostsModel::entryMatchesSearch(const KnownHostsEntry& entry, const QString& text)
{
    const QString search = text.trimmed();
    if (search.isEmpty()) {
        return true;
    }
    if (search.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive)) {
        return KnownHosts::sha256Fingerprint(entry.keyBlob).contains(search.mid(7));
    }
    if (!entry.isHashed() && entry.hostPatterns.contains(search, Qt::CaseInsensitive)) {
        return true;
    }
    QStringList lookupNames{KnownHosts::hostPattern(search, 22)};
    static const QRegularExpression bracketed(QStringLiteral("^\\[([^\\]]+)\\]:(\\d+)$"));
    static const QRegularExpression hostPort(QStringLiteral("^([^:\\[\\]]+):(\\d+)$"));
    for (const QRegularExpression* form : {&bracketed, &hostPort}) {
        const QRegularExpressionMatch match = form->match(search);
        const uint port = match.hasMatch() ? match.captured(2).toUInt() : 0;
        if (port > 0 && port <= 65535) {
            lookupNames = QStringList{KnownHosts::hostPattern(match.captured(1), static_cast<quint16>(port))};
        }
    }
    for (const QString& name : std::as_const(lookupNames)) {
        if (KnownHosts::entryNamesHost(entry, name)) {
            return true;
        }
    }
    return false;
}

KnownHostsEntry KnownHostsModel::entry(int row) const
{
    return m_shown.value(row);
}

int KnownHostsModel::removeEntries(const QList<int>& rows, QString* error)
{
    if (!m_file) {
        return 0;
    }
    QList<int> lineNumbers;
    for (const int row : rows) {
        if (row >= 0 && row < m_shown.size() && !lineNumbers.contains(m_shown.at(row).lineNumber)) {
            lineNumbers.append(m_shown.at(row).lineNumber);
        }
    }
    if (lineNumbers.isEmpty()) {
        return 0;
    }
    const int removed = m_file->removeEntries(lineNumbers, error);
    QString reloadError;
    reload(&reloadError);
    return removed;
}

QStringList KnownHostsModel::portsOf(const KnownHostsEntry& entry)
{
    if (entry.isHashed()) {
        return {};
    }
    QStringList ports;
    static const QRegularExpression withPort(QStringLiteral("^\\[[^\\]]*\\]:(\\d+)$"));
    for (const QString& pattern : entry.hostPatterns.split(QLatin1Char(','))) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            continue;
        }
        const QRegularExpressionMatch match = withPort.match(pattern);
        const QString port = match.hasMatch() ? match.captured(1) : QStringLiteral("22");
        if (!ports.contains(port)) {
            ports.append(port);
        }
    }
    return ports;
}

int KnownHostsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int KnownHostsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KnownHostsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size()) {
        return {};
    }
    const KnownHostsEntry& entry = m_shown.at(index.row());
    if (role == LineNumberRole) {
        return entry.lineNumber;
    }
    if (role == Qt::ToolTipRole) {
        return entry.line;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case LineColumn:
        return entry.lineNumber;
    case MarkerColumn:
        return entry.marker;
    case HostsColumn:
        return entry.isHashed() ? tr("(hashed) %1").arg(entry.hostPatterns) : entry.hostPatterns;
    case PortColumn:
        return portsOf(entry).join(QStringLiteral(", "));
    case KeyTypeColumn:
        return entry.keyType;
    case FingerprintColumn:
        return KnownHosts::sha256Fingerprint(entry.keyBlob);
    default:
        return {};
    }
}

QVariant KnownHostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case MarkerColumn:
        return tr("Marker");
    case HostsColumn:
        return tr("Hosts");
    case PortColumn:
        return tr("Port");
    case KeyTypeColumn:
        return tr("Key type");
    case FingerprintColumn:
        return tr("Fingerprint");
    default:
        return {};
    }
}

} // namespace ferry
