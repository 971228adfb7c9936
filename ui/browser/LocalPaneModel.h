#pragma once

#include "browser/PaneModel.h"

#include <QFileIconProvider>
#include <QThread>

#include <atomic>

namespace ferry {

class LocalFileWorker;

// The local disk in a pane. Listing and file operations run in a thread of the model's own (one at a time, in
// the order asked), so a folder of many files or a slow network mount never freezes the window.
class LocalPaneModel : public PaneModel {
    Q_OBJECT
public:
    explicit LocalPaneModel(QObject* parent = nullptr);
    ~LocalPaneModel() override;

    Kind kind() const override { return Kind::Local; }
    void setPath(const QString& path) override;
    QString homePath() const override;
    QString parentPath(const QString& path) const override;
    QString childPath(const QString& folder, const QString& name) const override;
    bool isRoot(const QString& path) const override;
    QString resolvePath(const QString& input) const override;

    void makeDirectory(const QString& path) override;
    void rename(const QString& fromPath, const QString& toPath) override;
    void remove(const QStringList& paths) override;
    void setPermissions(const QStringList& paths, quint32 mode, bool recursive) override;

protected:
    QIcon iconFor(const PaneEntry& entry) const override;

private:
    void onListingOpened(int listing, const QString& path);
    void onListingFailed(int listing, const QString& path, const QString& message);
    void onEntriesListed(int listing, const PaneEntries& batch);
    void onListingFinished(int listing);
    void onOperationDone(const QStringList& errors);

    QThread m_thread;
    LocalFileWorker* m_worker = nullptr;
    // Written here, read by the worker to drop a listing nobody waits for any more.
    std::atomic<int> m_latestListing{0};
    bool m_shownComplete = true;
    QFileIconProvider m_iconProvider;
};

} // namespace ferry
