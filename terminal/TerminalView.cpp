#include "TerminalView.h"

#include "PtyFeeder.h"
#include "ssh/RemoteChannel.h"

#include <qtermwidget.h>

#include <QAction>
#include <QBuffer>
#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QKeySequence>
#include <QTimer>
#include <QVBoxLayout>
#include <QtGlobal>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
#include <QTextCodec>
#endif

#include <cerrno>
#include <cstring>
#include <termios.h>

namespace ferry {

namespace {

constexpr int kHistoryLines = 10000;

// Without this the line discipline rewrites what the remote side sent (LF becomes CRLF, for one),
// which breaks every full-screen program.
void makeRaw(int fd)
{
    termios attributes{};
    if (::tcgetattr(fd, &attributes) != 0) {
        qWarning("ferry: cannot read the terminal pty's attributes: %s", std::strerror(errno));
        return;
    }
    ::cfmakeraw(&attributes);
    if (::tcsetattr(fd, TCSANOW, &attributes) != 0)
        qWarning("ferry: cannot make the terminal pty raw: %s", std::strerror(errno));
}

} // namespace

TerminalView::TerminalView(QWidget* parent)
    : QWidget(parent)
    , m_term(new QTermWidget(0, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_term);

    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Some platforms (offscreen, minimal desktops) answer with a proportional font; the terminal grid
    // needs a fixed-pitch one, which fontconfig's generic family provides.
    if (!QFontInfo(font).fixedPitch()) {
        font.setFamily(QStringLiteral("Monospace"));
        font.setStyleHint(QFont::TypeWriter);
    }
    m_term->setTerminalFont(font);
    m_term->setColorScheme(QStringLiteral("Linux"));
    m_term->setScrollBarPosition(QTermWidget::ScrollBarRight);
    // The "Size: 80 x 24" overlay shown while resizing would also end up in screenshots.
    m_term->setTerminalSizeHint(false);
    m_term->setHistorySize(kHistoryLines);
    // XON/XOFF belongs to the remote pty: here Ctrl+S must reach the server, and the local pty is raw.
    m_term->setFlowControlEnabled(false);
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    // QTermWidget 1.x takes a QTextCodec; 2.x (Qt 6) decodes UTF-8 without being told.
    m_term->setTextCodec(QTextCodec::codecForName("UTF-8"));
#endif
    m_term->startTerminalTeletype();

    const int slaveFd = m_term->getPtySlaveFd();
    if (slaveFd >= 0)
        makeRaw(slaveFd);
    else
        qWarning("ferry: the terminal widget opened no pty; remote output cannot be shown");
    m_feeder = new PtyFeeder(slaveFd, this);

    // The pointer is only valid during the emission, so the bytes are copied in the slot, which must run
    // inside the emission: a direct connection, never a queued one.
    connect(m_term, &QTermWidget::sendData, this, &TerminalView::onTerminalData, Qt::DirectConnection);
    m_term->installEventFilter(this);
    setFocusProxy(m_term);

    auto* copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &TerminalView::copySelection);
    addAction(copy);
    auto* paste = new QAction(tr("&Paste"), this);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QAction::triggered, this, &TerminalView::paste);
    addAction(paste);
}

TerminalView::~TerminalView() = default;

void TerminalView::attach(RemoteChannel* channel)
{
    if (m_channel)
        disconnect(m_channel, nullptr, this, nullptr);
    m_channel = channel;
    m_outputSeen = false;
    m_sentColumns = 0;
    m_sentRows = 0;
    if (!channel)
        return;

    connect(channel, &RemoteChannel::stdoutReceived, this, &TerminalView::onChannelOutput);
    connect(channel, &RemoteChannel::stderrReceived, this, &TerminalView::onChannelOutput);
    connect(channel, &RemoteChannel::closed, this, &TerminalView::onChannelClosed);
    // The size in the channel request may predate the first layout; send the real one once it is open.
    connect(channel, &RemoteChannel::opened, this, [this] {
        m_sentColumns = 0;
        m_sentRows = 0;
        sendSizeToChannel();
    });
    if (channel->isOpen())
        sendSizeToChannel();
}

void TerminalView::feed(const QByteArray& bytes)
{
    m_feeder->write(bytes);
}

QString TerminalView::screenText() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    m_term->saveHistory(&buffer);
    // saveHistory encodes through a default QTextStream: the locale's codec in Qt 5, UTF-8 in Qt 6.
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    QString text = QString::fromLocal8Bit(buffer.data());
#else
    QString text = QString::fromUtf8(buffer.data());
#endif
    // QTermWidget 1.2 writes every row of the history and the screen followed by a newline (none after a row
    // the terminal wrapped), then one row past the bottom of the screen: stale buffer contents, without a
    // newline unless the row is shorter than the screen is wide. That last row is cut off here.
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeLast();
    const int screenRows = m_term->screenLinesCount();
    if (lines.size() > screenRows)
        lines = lines.mid(lines.size() - screenRows);
    for (QString& line : lines) {
        int end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    return lines.join(QLatin1Char('\n'));
}

int TerminalView::columns() const
{
    return m_term->screenColumnsCount();
}

int TerminalView::rows() const
{
    return m_term->screenLinesCount();
}

void TerminalView::copySelection()
{
    m_term->copyClipboard();
}

void TerminalView::paste()
{
    m_term->pasteClipboard();
}

bool TerminalView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_term && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        scheduleSizeCheck();
    return QWidget::eventFilter(watched, event);
}

void TerminalView::onTerminalData(const char* data, int length)
{
    const QByteArray bytes(data, length);
    emit keysTyped(bytes);
    if (m_channel && m_channel->isOpen())
        m_channel->write(bytes);
}

void TerminalView::onChannelOutput(const QByteArray& bytes)
{
    feed(bytes);
    if (!m_outputSeen) {
        m_outputSeen = true;
        emit firstOutputReceived();
    }
}

void TerminalView::onChannelClosed()
{
    const QString reason = m_channel ? m_channel->errorString() : QString();
    const QString line = reason.isEmpty() ? tr("[connection closed]") : tr("[connection closed: %1]").arg(reason);
    // Starts on a fresh line, shows the cursor again in case the remote program had hidden it, and sets
    // the line apart in bold so it cannot pass for remote output.
    feed(QByteArrayLiteral("\r\n\x1b[?25h\x1b[0;1m") + line.toUtf8() + QByteArrayLiteral("\x1b[0m\r\n"));
    emit channelClosed();
}

void TerminalView::scheduleSizeCheck()
{
    if (m_sizeCheckScheduled)
        return;
    m_sizeCheckScheduled = true;
    // The emulator's grid follows the widget's size only once the resize has been processed.
    QTimer::singleShot(0, this, &TerminalView::checkSize);
}

void TerminalView::checkSize()
{
    m_sizeCheckScheduled = false;
    const int newColumns = m_term->screenColumnsCount();
    const int newRows = m_term->screenLinesCount();
    if (newColumns <= 0 || newRows <= 0 || (newColumns == m_columns && newRows == m_rows))
        return;
    m_columns = newColumns;
    m_rows = newRows;
    emit terminalSizeChanged(m_columns, m_rows);
    sendSizeToChannel();
}

void TerminalView::sendSizeToChannel()
{
    if (!m_channel || !m_channel->isOpen() || m_columns <= 0 || m_rows <= 0)
        return;
    if (m_columns == m_sentColumns && m_rows == m_sentRows)
        return;
    m_sentColumns = m_columns;
    m_sentRows = m_rows;
    m_channel->resizePty(m_columns, m_rows);
}

} // namespace ferry
