#pragma once

#include "browser/PaneEntry.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

class QFileInfo;

namespace ferry {

// The local pane's disk work, done in a thread of its own so that a large or slow folder never holds up the
// window: listing (in batches), and the file operations. Called only through queued calls; answers by signals.
// A listing stops early once the model has asked for a newer one (latestListing moves on).
class LocalFileWorker : public QObject {
    Q_OBJECT
public:
    explicit LocalFileWorker(const std::atomic<int>* latestListing);

public slots:
    void list(int listing, const QString& path);
    void makeDirectory(const QString& path);
    void rename(const QString& fromPath, const QString& toPath);
    void remove(const QStringList& paths);
    void setPermissions(const QStringList& paths, quint32 mode, bool recursive);

signals:
    void listingOpened(int listing, const QString& path);
    void listingFailed(int listing, const QString& path, const QString& message);
    void entriesListed(int listing, const ferry::PaneEntries& batch);
    void listingFinished(int listing);
    // errors: one message per path that failed; empty when all went well.
    void operationDone(const QStringList& errors);

private:
    PaneEntry entryFor(const QFileInfo& info);
    QString userName(const QFileInfo& info);
    QString groupName(const QFileInfo& info);
    bool stale(int listing) const { return m_latestListing->load() != listing; }

    const std::atomic<int>* m_latestListing;
    QHash<uint, QString> m_users;
    QHash<uint, QString> m_groups;
};

} // namespace ferry
