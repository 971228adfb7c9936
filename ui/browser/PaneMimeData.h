#pragma once

#include "browser/PaneModel.h"

#include <QList>
#include <QMimeData>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace ferry {

// What a pane carries in a drag: its own format (the pane's id, its kind and the dragged paths), so another
// pane of Ferry can act on remote paths without downloading anything, plus, for other programs, the files as
// text/uri-list. A remote pane's files exist locally only once downloaded: their URLs are filled in when a drop
// target first asks for them, by a downloader the pane's owner provides (which may take a while and show
// progress). Without a downloader a remote drag offers no URLs at all.
class PaneMimeData : public QMimeData {
    Q_OBJECT
public:
    // Downloads remotePaths to a local folder and returns the local files' URLs (empty: nothing to drop).
    using Downloader = std::function<QList<QUrl>(const QStringList& remotePaths)>;

    struct Contents {
        QString paneId;
        PaneModel::Kind kind = PaneModel::Kind::Local;
        QStringList paths;
    };

    ~PaneMimeData() override;

    static QString formatName();
    static PaneMimeData* forLocalFiles(const QString& paneId, const QStringList& paths);
    static PaneMimeData* forRemoteFiles(const QString& paneId, const QStringList& paths, Downloader downloader);
    // Ferry's format in data, from this process or another one; nothing when absent or malformed.
    static std::optional<Contents> decode(const QMimeData* data);

    QStringList formats() const override;
    bool hasFormat(const QString& mimeType) const override;
    // Whether the remote files' URLs were asked for (and the downloader run).
    bool downloaded() const { return m_downloaded; }

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QVariant retrieveData(const QString& mimeType, QMetaType preferredType) const override;
#else
    QVariant retrieveData(const QString& mimeType, QVariant::Type preferredType) const override;
#endif

private:
    PaneMimeData(const Contents& contents, Downloader downloader);
    QVariant lazyUrls(bool asBytes) const;

    QStringList m_remotePaths;
    Downloader m_downloader;
    mutable bool m_downloaded = false;
    mutable QList<QUrl> m_urls;
};

} // namespace ferry
