#include "browser/PaneMimeData.h"

#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cstring>

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

// The X11 (xcb) side of a drag out to another program. Qt's xcb plugin hands the dragged data to a drop target
// before the drop only when the target's selection request carries the timestamp of Qt's last XdndPosition.
// libfm (pcmanfm, and the file managers built on it) asks during the drag, to choose between copy and move, and
// stamps its request with time(NULL) instead: Qt refuses, libfm never learns the files and refuses the drop.
// While a drag of remote files is under way this filter replaces such an impossible timestamp (ahead of the
// server's clock, or far behind it) with the last one the server sent, which is the one Qt's XdndPosition carries
// while the pointer rests. Only the event's fields are read, so no X library is needed; elsewhere it does nothing.
class XdndTimestampFilter : public QAbstractNativeEventFilter {
public:
    static XdndTimestampFilter& instance()
    {
        static XdndTimestampFilter filter;
        return filter;
    }

    void dragStarted()
    {
        if (!m_installed && QCoreApplication::instance()) {
            QCoreApplication::instance()->installNativeEventFilter(this);
            m_installed = true;
        }
        ++m_drags;
    }
    void dragEnded() { --m_drags; }

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr*) override
#else
    bool nativeEventFilter(const QByteArray& eventType, void* message, long*) override
#endif
    {
        if (eventType != "xcb_generic_event_t" || !message) {
            return false;
        }
        auto* bytes = static_cast<unsigned char*>(message);
        switch (bytes[0] & 0x7f) {
        case kKeyPress:
        case kKeyRelease:
        case kButtonPress:
        case kButtonRelease:
        case kMotionNotify:
        case kEnterNotify:
        case kLeaveNotify:
            m_serverTime = readTime(bytes, 4);
            break;
        case kPropertyNotify:
            m_serverTime = readTime(bytes, 12);
            break;
        case kGenericEvent:
            // XInput 2 pointer and key events, which carry the time at the same place.
            if (readUint16(bytes, 8) >= kXiFirstTimedEvent && readUint16(bytes, 8) <= kXiLastTimedEvent) {
                m_serverTime = readTime(bytes, 12);
            }
            break;
        case kSelectionRequest:
            repairRequestTime(bytes);
            break;
        default:
            break;
        }
        return false;
    }

private:
    static constexpr unsigned char kKeyPress = 2;
    static constexpr unsigned char kKeyRelease = 3;
    static constexpr unsigned char kButtonPress = 4;
    static constexpr unsigned char kButtonRelease = 5;
    static constexpr unsigned char kMotionNotify = 6;
    static constexpr unsigned char kEnterNotify = 7;
    static constexpr unsigned char kLeaveNotify = 8;
    static constexpr unsigned char kPropertyNotify = 28;
    static constexpr unsigned char kSelectionRequest = 30;
    static constexpr unsigned char kGenericEvent = 35;
    static constexpr quint16 kXiFirstTimedEvent = 2;
    static constexpr quint16 kXiLastTimedEvent = 8;
    // A drop target answering an XdndPosition or an XdndDrop uses a time the server sent moments before.
    static constexpr quint32 kPlausibleAge = 10 * 60 * 1000;

    static quint32 readTime(const unsigned char* bytes, int offset)
    {
        quint32 time = 0;
        std::memcpy(&time, bytes + offset, sizeof time);
        return time;
    }
    static quint16 readUint16(const unsigned char* bytes, int offset)
    {
        quint16 value = 0;
        std::memcpy(&value, bytes + offset, sizeof value);
        return value;
    }

    void repairRequestTime(unsigned char* bytes) const
    {
        constexpr int timeOffset = 4;
        const quint32 time = readTime(bytes, timeOffset);
        // Time 0 is CurrentTime, which Qt handles itself.
        if (m_drags <= 0 || m_serverTime == 0 || time == 0) {
            return;
        }
        const bool ahead = time > m_serverTime;
        const bool stale = m_serverTime - time > kPlausibleAge;
        if (ahead || stale) {
            std::memcpy(bytes + timeOffset, &m_serverTime, sizeof m_serverTime);
        }
    }

    bool m_installed = false;
    int m_drags = 0;
    quint32 m_serverTime = 0;
};

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
    if (m_downloader) {
        XdndTimestampFilter::instance().dragStarted();
    }
}

PaneMimeData::~PaneMimeData()
{
    if (m_downloader) {
        XdndTimestampFilter::instance().dragEnded();
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
