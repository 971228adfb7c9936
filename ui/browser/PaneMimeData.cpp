#include "browser/PaneMimeData.h"

#include <QDataStream>
#include <QIODevice>

namespace ferry {

namespace {

const QString kUriList = QStringLiteral("text/uri-list");
constexpr quint32 kFormatVersion = 1;
// A drag from another process is untrusted input: more paths than this is not something a user dragged.
constexpr int kMaxPaths = 1000000;

QByteArray encode(const PaneMimeData::Contents& contents)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_5_15);
    out << kFormatVersion << contents.paneId << (contents.kind == PaneModel::Kind::Remote)
        << static_cast<qint32>(contents.paths.size());
    for (const QString& path : contents.paths) {
        out << path;
    }
    return bytes;
}

} // namespace

QString PaneMimeData::formatName()
{
    return QStringLiteral("application/x-ferry-pane-paths");
}

PaneMimeData::PaneMimeData(const Contents& contents, Downloader downloader)
    : m_downloader(std::move(downloader))
{
    setData(formatName(), encode(contents));
    if (contents.kind == PaneModel::Kind::Remote) {
        m_remotePaths = contents.paths;
    }
}

PaneMimeData* PaneMimeData::forLocalFiles(const QString& paneId, const QStringList& paths)
{
    auto* data = new PaneMimeData(Contents{paneId, PaneModel::Kind::Local, paths}, Downloader());
    QList<QUrl> urls;
    urls.reserve(paths.size());
    for (const QString& path : paths) {
        urls.append(QUrl::fromLocalFile(path));
    }
    data->setUrls(urls);
    return data;
}

PaneMimeData* PaneMimeData::forRemoteFiles(const QString& paneId, const QStringList& paths, Downloader downloader)
{
    return new PaneMimeData(Contents{paneId, PaneModel::Kind::Remote, paths}, std::move(downloader));
}

std::optional<PaneMimeData::Contents> PaneMimeData::decode(const QMimeData* data)
{
    if (!data || !data->hasFormat(formatName())) {
        return std::nullopt;
    }
    QDataStream in(data->data(formatName()));
    in.setVersion(QDataStream::Qt_5_15);
    quint32 version = 0;
    Contents contents;
    bool remote = false;
    qint32 count = 0;
    in >> version >> contents.paneId >> remote >> count;
    if (in.status() != QDataStream::Ok || version != kFormatVersion || count < 0 || count > kMaxPaths) {
        return std::nullopt;
    }
    contents.kind = remote ? PaneModel::Kind::Remote : PaneModel::Kind::Local;
    for (qint32 i = 0; i < count; ++i) {
        QString path;
        in >> path;
        if (in.status() != QDataStream::Ok || path.isEmpty()) {
            return std::nullopt;
        }
        contents.paths.append(path);
    }
    return contents;
}

QStringList PaneMimeData::formats() const
{
    QStringList result = QMimeData::formats();
    if (m_downloader && !result.contains(kUriList)) {
        result.append(kUriList);
    }
    return result;
}

bool PaneMimeData::hasFormat(const QString& mimeType) const
{
    return formats().contains(mimeType);
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
QVariant PaneMimeData::retrieveData(const QString& mimeType, QMetaType preferredType) const
{
    if (mimeType == kUriList && m_downloader) {
        return lazyUrls(preferredType.id() == QMetaType::QByteArray);
    }
    return QMimeData::retrieveData(mimeType, preferredType);
}
#else
QVariant PaneMimeData::retrieveData(const QString& mimeType, QVariant::Type preferredType) const
{
    if (mimeType == kUriList && m_downloader) {
        return lazyUrls(preferredType == QVariant::ByteArray);
    }
    return QMimeData::retrieveData(mimeType, preferredType);
}
#endif

QVariant PaneMimeData::lazyUrls(bool asBytes) const
{
    // Asked for several times in one drop (formats, then bytes, then URLs): download once.
    if (!m_downloaded) {
        m_downloaded = true;
        m_urls = m_downloader(m_remotePaths);
    }
    if (asBytes) {
        QByteArray bytes;
        for (const QUrl& url : m_urls) {
            bytes += url.toEncoded() + "\r\n";
        }
        return bytes;
    }
    QVariantList list;
    list.reserve(m_urls.size());
    for (const QUrl& url : m_urls) {
        list.append(url);
    }
    return list;
}

} // namespace ferry
