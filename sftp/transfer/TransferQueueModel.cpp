// The table model side of TransferQueue: what each row shows and under which role. Kept apart from the
// scheduling in TransferQueue.cpp.
#include "TransferQueue.h"

#include "RemoteFileSystem.h"

#include <QLocale>

namespace ferry {

int TransferQueue::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_jobs.size();
}

int TransferQueue::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferQueue::stateText(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Running:
        return tr("Running");
    case State::Paused:
        return tr("Paused");
    case State::Conflict:
        return tr("Waiting for an answer");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Skipped:
        return tr("Skipped");
    }
    return QString();
}

QVariant TransferQueue::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size()) {
        return QVariant();
    }
    const TransferJob& j = m_jobs.at(index.row());
    const bool down = j.item.direction == Direction::Download;
    const QString source = down ? QString::fromUtf8(j.item.remotePath) : j.item.localPath;
    const QString target = down ? j.item.localPath : QString::fromUtf8(j.item.remotePath);
    const qint64 eta = j.speed >= 1 && j.size > j.done ? qint64(double(j.size - j.done) / j.speed) : -1;
    switch (role) {
    case JobIdRole:
        return j.id;
    case ParentJobRole:
        return j.parent;
    case IsFolderRole:
        return j.folder;
    case DirectionRole:
        return int(j.item.direction);
    case SourceRole:
        return source;
    case TargetRole:
        return target;
    case SizeRole:
        return j.size;
    case BytesDoneRole:
        return j.done;
    case SpeedRole:
        return qint64(j.speed);
    case EtaRole:
        return eta;
    case StateRole:
        return int(j.state);
    case MessageRole:
        return j.message;
    case ProgressRole:
        return j.size > 0 ? int(qMin<qint64>(1000, j.done * 1000 / j.size)) : (j.state == State::Done ? 1000 : -1);
    case FilesFoundRole:
        return j.filesFound;
    case FilesDoneRole:
        return j.filesDone;
    case FilesFailedRole:
        return j.filesFailed;
    case ResumedFromRole:
        return j.resumedFrom;
    case TransferredRole:
        return j.transferred;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return QVariant();
    }
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return j.name;
    case DirectionColumn:
        return down ? tr("Download") : tr("Upload");
    case SourceColumn:
        return source;
    case TargetColumn:
        return target;
    case SizeColumn:
        return j.size >= 0 ? locale.formattedDataSize(j.size) : QString();
    case DoneColumn:
        return locale.formattedDataSize(j.done);
    case SpeedColumn:
        return j.state == State::Running ? tr("%1/s").arg(locale.formattedDataSize(qint64(j.speed))) : QString();
    case EtaColumn:
        return eta >= 0 && j.state == State::Running
                   ? QStringLiteral("%1:%2").arg(eta / 60).arg(eta % 60, 2, 10, QLatin1Char('0'))
                   : QString();
    case StateColumn:
        return j.message.isEmpty() ? stateText(j.state) : stateText(j.state) + QStringLiteral(": ") + j.message;
    default:
        return QVariant();
    }
}

QVariant TransferQueue::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DirectionColumn:
        return tr("Direction");
    case SourceColumn:
        return tr("Source");
    case TargetColumn:
        return tr("Target");
    case SizeColumn:
        return tr("Size");
    case DoneColumn:
        return tr("Done");
    case SpeedColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> TransferQueue::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(JobIdRole, "jobId");
    names.insert(ParentJobRole, "parentJob");
    names.insert(IsFolderRole, "isFolder");
    names.insert(DirectionRole, "direction");
    names.insert(SourceRole, "source");
    names.insert(TargetRole, "target");
    names.insert(SizeRole, "size");
    names.insert(BytesDoneRole, "bytesDone");
    names.insert(SpeedRole, "speed");
    names.insert(EtaRole, "eta");
    names.insert(StateRole, "state");
    names.insert(MessageRole, "message");
    names.insert(ProgressRole, "progress");
    names.insert(FilesFoundRole, "filesFound");
    names.insert(FilesDoneRole, "filesDone");
    names.insert(FilesFailedRole, "filesFailed");
    names.insert(ResumedFromRole, "resumedFrom");
    names.insert(TransferredRole, "transferred");
    return names;
}

} // namespace ferry
