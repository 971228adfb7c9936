#include "browser/PaneModel.h"

#include "browser/PaneMimeData.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QMimeDatabase>
#include <QStyle>

#include <algorithm>
#include <limits>

namespace ferry {

namespace {

// Rows inserted per event-loop turn. Each insertion costs the views and the sorting proxy time in proportion to
// the rows already shown, so the batches grow with the folder (an eighth of what is shown), within bounds that
// keep a turn well under 100 ms: 100,000 rows arrive in about 30 turns.
constexpr int kMinRowsPerTurn = 1000;
constexpr int kMaxRowsPerTurn = 4000;

QIcon styleIcon(QStyle::StandardPixmap which)
{
    return QApplication::style() ? QApplication::style()->standardIcon(which) : QIcon();
}

// The C locale (a bare system, a container) collates byte by byte, with no natural number order and capitals
// first: names are then sorted as in English, which orders digits and letters the way every other locale does.
QLocale collationLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

} // namespace

PaneModel::PaneModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_collator(collationLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setInterval(0);
    connect(&m_insertTimer, &QTimer::timeout, this, &PaneModel::insertPending);
}

PaneModel::~PaneModel() = default;

bool PaneModel::isValidName(const QString& name) const
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        return false;
    }
    return !name.contains(QLatin1Char('/')) && !name.contains(QChar(0));
}

void PaneModel::refresh()
{
    if (!m_path.isEmpty()) {
        setPath(m_path);
    }
}

int PaneModel::compareNames(int rowA, int rowB) const
{
    const int byKey = m_rows[static_cast<size_t>(rowA)].sortKey.compare(m_rows[static_cast<size_t>(rowB)].sortKey);
    if (byKey != 0) {
        return byKey;
    }
    // Names equal but for case still need an order that does not change between runs.
    return entry(rowA).name.compare(entry(rowB).name);
}

QString PaneModel::permissionsText(const PaneEntry& entry)
{
    if (!entry.hasPermissions) {
        return QString();
    }
    const quint32 mode = entry.permissions;
    QString text(10, QLatin1Char('-'));
    if (entry.isSymlink) {
        text[0] = QLatin1Char('l');
    } else if (entry.isDir) {
        text[0] = QLatin1Char('d');
    }
    static const char kLetters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400u >> i)) {
            text[i + 1] = QLatin1Char(kLetters[i]);
        }
    }
    // setuid, setgid and sticky show in the execute places, lower case when execute is also set.
    const struct {
        quint32 bit;
        quint32 exec;
        int place;
        char letter;
    } kSpecial[] = {{04000, 0100, 3, 's'}, {02000, 010, 6, 's'}, {01000, 01, 9, 't'}};
    for (const auto& special : kSpecial) {
        if (mode & special.bit) {
            const char letter = (mode & special.exec) ? special.letter : static_cast<char>(special.letter - 32);
            text[special.place] = QLatin1Char(letter);
        }
    }
    return text;
}

QString PaneModel::timeText(const QDateTime& time)
{
    if (!time.isValid()) {
        return QString();
    }
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    // The C locale's short format spells the month and adds seconds: too wide for a column, so ISO instead.
    if (locale.language() == QLocale::C) {
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return locale.toString(local, QLocale::ShortFormat);
}

QModelIndex PaneModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= entryCount() || column < 0 || column >= ColumnCount) {
        return QModelIndex();
    }
    return createIndex(row, column);
}

QModelIndex PaneModel::parent(const QModelIndex& /*child*/) const
{
    return QModelIndex();
}

int PaneModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : entryCount();
}

int PaneModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaneModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= entryCount()) {
        return QVariant();
    }
    const PaneEntry& e = entry(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return e.isSymlink ? tr("%1 → %2").arg(e.name, e.linkTarget) : e.name;
        case SizeColumn:
            return e.isFolder() ? QString() : QLocale().formattedDataSize(e.size, 1);
        case ModifiedColumn:
            return timeText(e.modified);
        case PermissionsColumn:
            return permissionsText(e);
        case OwnerColumn:
            return e.owner;
        default:
            return QVariant();
        }
    }
    if (role == Qt::EditRole && column == NameColumn) {
        return e.name;
    }
    if (role == Qt::DecorationRole && column == NameColumn) {
        return iconFor(e);
    }
    if (role == Qt::ToolTipRole) {
        if (e.isSymlink) {
            return tr("%1 is a link to %2").arg(e.name, e.linkTarget);
        }
        if (column == SizeColumn && !e.isFolder()) {
            // The count picks the plural form (tr takes an int; every size past it is plural anyway).
            return tr("%L1 byte(s)", nullptr, int(qMin<qint64>(e.size, std::numeric_limits<int>::max()))).arg(e.size);
        }
        if (column == OwnerColumn && !e.owner.isEmpty()) {
            return e.group.isEmpty() ? tr("Owner %1").arg(e.owner) : tr("Owner %1, group %2").arg(e.owner, e.group);
        }
        return column == NameColumn ? e.name : QVariant();
    }
    if (role == Qt::FontRole && e.isSymlink && column == NameColumn) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column == SizeColumn) {
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant PaneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    case PermissionsColumn:
        return tr("Permissions");
    case OwnerColumn:
        return tr("Owner");
    default:
        return QVariant();
    }
}

Qt::ItemFlags PaneModel::flags(const QModelIndex& index) const
{
    // The view's empty area accepts drops into the current folder.
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn) {
        result |= Qt::ItemIsEditable;
    }
    if (entry(index.row()).isFolder()) {
        result |= Qt::ItemIsDropEnabled;
    }
    return result;
}

bool PaneModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != NameColumn || index.row() >= entryCount()) {
        return false;
    }
    const QString oldName = entry(index.row()).name;
    const QString newName = value.toString();
    if (newName == oldName) {
        return false;
    }
    if (!isValidName(newName)) {
        emit operationFailed(tr("\"%1\" cannot be used as a name.").arg(newName));
        return false;
    }
    emit nameEdited(oldName, newName);
    rename(childPath(m_path, oldName), childPath(m_path, newName));
    return true;
}

QStringList PaneModel::mimeTypes() const
{
    return {PaneMimeData::formatName(), QStringLiteral("text/uri-list")};
}

Qt::DropActions PaneModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

void PaneModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

void PaneModel::beginListing(const QString& path)
{
    emit listingStarted(path);
    beginResetModel();
    m_rows.clear();
    m_rowByName.clear();
    m_pending.clear();
    m_pendingStart = 0;
    m_listingDone = false;
    m_insertTimer.stop();
    const bool changed = path != m_path;
    m_path = path;
    endResetModel();
    setLoading(true);
    if (changed) {
        emit pathChanged(path);
    }
}

void PaneModel::appendEntries(const PaneEntries& batch)
{
    if (m_pendingStart > 0 && m_pendingStart == m_pending.size()) {
        m_pending.clear();
        m_pendingStart = 0;
    }
    m_pending += batch;
    if (!m_insertTimer.isActive()) {
        m_insertTimer.start();
    }
}

void PaneModel::finishListing()
{
    m_listingDone = true;
    if (!m_insertTimer.isActive()) {
        m_insertTimer.start();
    }
}

void PaneModel::failListing(const QString& path, const QString& message)
{
    setLoading(false);
    emit loadFailed(path, message);
}

void PaneModel::insertPending()
{
    const int available = m_pending.size() - m_pendingStart;
    const int perTurn = std::clamp(entryCount() / 8, kMinRowsPerTurn, kMaxRowsPerTurn);
    const int count = std::min(available, perTurn);
    if (count > 0) {
        const int first = entryCount();
        beginInsertRows(QModelIndex(), first, first + count - 1);
        for (int i = 0; i < count; ++i) {
            PaneEntry& e = m_pending[m_pendingStart + i];
            QCollatorSortKey key = m_collator.sortKey(e.name);
            m_rowByName.insert(e.name, entryCount());
            m_rows.push_back(Row{std::move(e), std::move(key)});
        }
        m_pendingStart += count;
        endInsertRows();
    }
    if (m_pendingStart < m_pending.size()) {
        m_insertTimer.start();
        return;
    }
    m_pending.clear();
    m_pendingStart = 0;
    if (m_listingDone) {
        m_listingDone = false;
        setLoading(false);
    }
}

QIcon PaneModel::iconFor(const PaneEntry& entry) const
{
    static const QMimeDatabase mimeDatabase;
    if (entry.isFolder()) {
        const QString key = entry.isSymlink ? QStringLiteral("/link-folder") : QStringLiteral("/folder");
        auto it = m_iconCache.constFind(key);
        if (it == m_iconCache.cend()) {
            const QIcon fallback = styleIcon(entry.isSymlink ? QStyle::SP_DirLinkIcon : QStyle::SP_DirIcon);
            it = m_iconCache.insert(key, QIcon::fromTheme(QStringLiteral("folder"), fallback));
        }
        return *it;
    }
    const QMimeType type = mimeDatabase.mimeTypeForFile(entry.name, QMimeDatabase::MatchExtension);
    auto it = m_iconCache.constFind(type.name());
    if (it == m_iconCache.cend()) {
        // A name without a known extension says nothing about the content: a plain document icon, not the
        // executable icon the theme gives application/octet-stream.
        const QIcon plain = QIcon::fromTheme(QStringLiteral("text-x-generic"), styleIcon(QStyle::SP_FileIcon));
        const QIcon icon = type.isDefault()
                               ? plain
                               : QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), plain));
        it = m_iconCache.insert(type.name(), icon);
    }
    return *it;
}

} // namespace ferry
