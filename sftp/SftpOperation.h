#pragma once

#include "SftpAttributes.h"
#include "SftpEntry.h"
#include "SftpError.h"
#include "SftpFsStats.h"

#include <QObject>
#include <QPointer>
#include <QVariant>
#include <QVector>

namespace ferry {

class RemoteFileSystem;

// One asynchronous operation of a RemoteFileSystem, like a QNetworkReply: the caller owns it (delete
// it, or deleteLater() in a slot), and deleting it before it finished cancels it. Signals arrive in
// the GUI thread; finished() comes exactly once, last (also after cancel(), with a Cancelled error,
// and when the connection ends).
class SftpOperation : public QObject {
    Q_OBJECT
public:
    ~SftpOperation() override;

    quint64 id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    SftpError error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }

    // The result, by operation: stat/lstat and writeFile -> attributes(); realPath, readLink and
    // homeDirectory -> path(); readFile -> data() (and attributes() of the file as read);
    // statvfs -> fsStats(); list, removeRecursively and chmod -> count(); run() -> result().
    QVariant result() const { return m_result; }
    SftpAttributes attributes() const { return m_attributes; }
    QString path() const;
    QByteArray rawPath() const;
    QByteArray data() const;
    SftpFsStats fsStats() const;
    qint64 count() const;
    // Warnings collected so far (the same texts as the warning() signal).
    QStringList warnings() const { return m_warnings; }

    void cancel();

signals:
    // A batch of a listing.
    void entriesArrived(const QVector<ferry::SftpEntry>& entries);
    // total is -1 when unknown; current names the item at hand.
    void progress(qint64 done, qint64 total, const QString& current);
    // Something left out or worked around (a name Ferry refused), for the user to see.
    void warning(const QString& text);
    // Any other value a task reports (for run() tasks).
    void reported(const QVariant& value);
    void finished();

private:
    friend class RemoteFileSystem;
    SftpOperation(RemoteFileSystem* fileSystem, quint64 id);
    void deliverReport(const QVariant& value);
    void deliverWarning(const QString& text);
    void complete(const SftpError& error, const QVariant& result);

    QPointer<RemoteFileSystem> m_fileSystem;
    quint64 m_id;
    bool m_finished = false;
    SftpError m_error;
    QVariant m_result;
    SftpAttributes m_attributes;
    QStringList m_warnings;
};

} // namespace ferry
