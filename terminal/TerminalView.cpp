#include "TerminalView.h"

#include "SessionLog.h"
#include "TerminalInput.h"
#include "TerminalOutput.h"

#include <qtermwidget.h>

#include <QAction>
#include <QBuffer>
#include <QColor>
#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QKeySequence>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtGlobal>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
#include <QTextCodec>
#endif

#include <cerrno>
#include <cstring>
#include <termios.h>
#include <utility>

namespace ferry {

namespace {

constexpr int kDefaultScrollbackLines = 10000;
constexpr qreal kMinFontPoints = 4;
constexpr qreal kMaxFontPoints = 200;

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
    if (::tcsetattr(fd, TCSANOW, &attributes) != 0) {
        qWarning("ferry: cannot make the terminal pty raw: %s", std::strerror(errno));
    }
}

// The text colour of a colour scheme QTermWidget loaded from its data directory; invalid when not found.
QColor schemeForeground(const QString& scheme)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    const QString directory = QStringLiteral("qtermwidget5/color-schemes/");
#else
    const QString directory = QStringLiteral("qtermwidget6/color-schemes/");
#endif
    const QString path = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                directory + scheme + QStringLiteral(".colorscheme"));
    if (scheme.isEmpty() || path.isEmpty()) {
        return QColor();
    }
    // "Color=101,123,131", which QSettings reads as a list.
    const QStringList rgb =
        QSettings(path, QSettings::IniFormat).value(QStringLiteral("Foreground/Color")).toStringList();
    if (rgb.size() != 3) {
        return QColor();
    }
    return QColor(rgb.at(0).trimmed().toInt(), rgb.at(1).trimmed().toInt(), rgb.at(2).trimmed().toInt());
}

QString withoutControlCharacters(QString text)
{
    for (QChar& c : text) {
        const ushort code = c.unicode();
        if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}

} // namespace

TerminalView::TerminalView(QWidget* parent)
    : QWidget(parent)
    , m_term(new QTermWidget(0, this))
    , m_log(new SessionLog(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_term);

    m_baseFont = defaultFont();
    applyFont();
    setColorScheme(defaultColorScheme());
    m_term->setScrollBarPosition(QTermWidget::ScrollBarRight);
    // The "Size: 80 x 24" overlay shown while resizing would also end up in screenshots.
    m_term->setTerminalSizeHint(false);
    m_term->setHistorySize(kDefaultScrollbackLines);
    // XON/XOFF belongs to the remote pty: here Ctrl+S must reach the server, and the local pty is raw.
    m_term->setFlowControlEnabled(false);
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    // QTermWidget 1.x takes a QTextCodec; 2.x (Qt 6) decodes UTF-8 without being told.
    m_term->setTextCodec(QTextCodec::codecForName("UTF-8"));
#endif
    m_term->startTerminalTeletype();

    const int slaveFd = m_term->getPtySlaveFd();
    if (slaveFd >= 0) {
        makeRaw(slaveFd);
    } else {
        qWarning("ferry: the terminal widget opened no pty; remote output cannot be shown");
    }
    m_output = new TerminalOutput(slaveFd, this);

    // TerminalInput asks before a paste with line breaks, without a nested event loop; QTermWidget's own
    // question must stay off, and 1.2 leaves its flag uninitialised.
    m_term->setConfirmMultilinePaste(false);
    m_term->setTrimPastedTrailingNewlines(false);
    m_input = new TerminalInput(m_term, this);
    connect(m_input, &TerminalInput::bytesReady, this, &TerminalView::sendToRemote);
    connect(m_term, &QTermWidget::titleChanged, this, [this] { emit titleChanged(title()); });
    connect(m_term, &QTermWidget::bell, this, [this] { emit bell(); });
    connect(m_log, &SessionLog::failed, this, &TerminalView::logFailed);
    m_term->installEventFilter(this);
    setFocusProxy(m_term);
    createActions();
    m_term->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_term, &QWidget::customContextMenuRequested, this, &TerminalView::showContextMenu);
}

TerminalView::~TerminalView()
{
    detachChannel();
}

void TerminalView::createActions()
{
    const auto makeAction = [this](const QString& text, const QList<QKeySequence>& keys, void (TerminalView::*slot)()) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    // Ctrl+Shift combinations, since the plain Ctrl ones are the shell's (Ctrl+C interrupts, Ctrl+V quotes).
    m_copyAction =
        makeAction(tr("&Copy"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, &TerminalView::copySelection);
    m_pasteAction = makeAction(tr("&Paste"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}, &TerminalView::paste);
    m_findAction =
        makeAction(tr("&Find…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, &TerminalView::toggleSearchBar);
    // Ctrl+= zooms in without Shift on layouts where '+' needs it; Ctrl++ is what Qt calls ZoomIn.
    m_zoomInAction =
        makeAction(tr("Zoom &In"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                   &TerminalView::zoomIn);
    m_zoomOutAction = makeAction(tr("Zoom &Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &TerminalView::zoomOut);
    m_resetZoomAction = makeAction(tr("&Reset Zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &TerminalView::resetZoom);
}

void TerminalView::showContextMenu(const QPoint& position)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // "Open Link" and "Copy Link Address" when the click was on a URL.
    const QList<QAction*> linkActions = m_term->filterActions(position);
    if (!linkActions.isEmpty()) {
        menu->addActions(linkActions);
        menu->addSeparator();
    }
    menu->addAction(m_copyAction);
    menu->addAction(m_pasteAction);
    menu->addSeparator();
    menu->addAction(m_findAction);
    menu->addSeparator();
    menu->addAction(m_zoomInAction);
    menu->addAction(m_zoomOutAction);
    menu->addAction(m_resetZoomAction);
    menu->popup(m_term->mapToGlobal(position));
}

// --- Channel -------------------------------------------------------------------------------------------

void TerminalView::attach(RemoteChannel* channel)
{
    detachChannel();
    m_channel = channel;
    m_outputSeen = false;
    m_sentColumns = 0;
    m_sentRows = 0;
    if (!channel) {
        return;
    }
    channel->setManualAcknowledge(true);
    connect(channel, &RemoteChannel::stdoutReceived, this, &TerminalView::onChannelOutput);
    connect(channel, &RemoteChannel::stderrReceived, this, &TerminalView::onChannelOutput);
    connect(channel, &RemoteChannel::closed, this, &TerminalView::onChannelClosed);
    // The size in the channel request may predate the first layout; send the real one once it is open.
    connect(channel, &RemoteChannel::opened, this, [this] {
        m_sentColumns = 0;
        m_sentRows = 0;
        sendSizeToChannel();
    });
    if (channel->isOpen()) {
        sendSizeToChannel();
    }
}

void TerminalView::detachChannel()
{
    RemoteChannel* old = m_channel;
    m_channel = nullptr;
    if (!old) {
        return;
    }
    disconnect(old, nullptr, this, nullptr);
    // Output of the old channel still queued here will be shown, but the channel must not wait for it.
    m_output->release(old);
    old->setManualAcknowledge(false);
}

void TerminalView::feed(const QByteArray& bytes)
{
    m_log->write(bytes);
    enqueueOutput(bytes, nullptr);
}

void TerminalView::showStatusLine(const QString& text)
{
    QByteArray bytes;
    if (!m_atLineStart) {
        bytes += "\r\n";
    }
    // Shows the cursor again in case the remote program had hidden it. QTermWidget 1.x ignores SGR 2
    // ("faint") and the palette's greys differ from scheme to scheme (Solarized Light's "bright black" is
    // its darkest colour), so the colour is mixed from the scheme's own and sent in 24-bit form.
    const QColor colour = statusColour();
    bytes += "\x1b[?25h\x1b[0;38;2;" + QByteArray::number(colour.red()) + ';' + QByteArray::number(colour.green()) +
             ';' + QByteArray::number(colour.blue()) + 'm' + withoutControlCharacters(text).toUtf8() + "\x1b[0m\r\n";
    enqueueOutput(bytes, nullptr);
}

QColor TerminalView::statusColour() const
{
    // The emulator's display paints the scheme's background through its palette; the text colour is only
    // in the scheme's file.
    const QWidget* display = m_term->focusProxy() ? m_term->focusProxy() : m_term;
    const QColor background = display->palette().color(display->backgroundRole());
    QColor foreground = schemeForeground(m_colorScheme);
    if (!foreground.isValid()) {
        foreground = background.lightness() < 128 ? QColor(Qt::white) : QColor(Qt::black);
    }
    const auto mix = [](int from, int to) { return from + (to - from) * 11 / 20; };
    return QColor(mix(background.red(), foreground.red()), mix(background.green(), foreground.green()),
                  mix(background.blue(), foreground.blue()));
}

qint64 TerminalView::pendingOutputBytes() const
{
    return m_output->pendingBytes();
}

void TerminalView::onChannelOutput(const QByteArray& bytes)
{
    RemoteChannel* channel = m_channel;
    m_log->write(bytes);
    enqueueOutput(bytes, channel);
    if (!m_outputSeen) {
        m_outputSeen = true;
        emit firstOutputReceived();
    }
}

void TerminalView::onChannelClosed()
{
    emit channelClosed();
}

void TerminalView::enqueueOutput(const QByteArray& bytes, RemoteChannel* channel)
{
    if (bytes.isEmpty()) {
        return;
    }
    m_atLineStart = bytes.endsWith('\n');
    m_output->write(bytes, channel);
}

// --- Keys and pastes -----------------------------------------------------------------------------------

void TerminalView::sendToRemote(const QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    emit keysTyped(bytes);
    // Written while the channel is still opening, the bytes go out once it is open.
    if (m_channel && m_channel->state() != RemoteChannel::State::Closed) {
        m_channel->write(bytes);
    }
}

void TerminalView::copySelection()
{
    m_term->copyClipboard();
}

void TerminalView::paste()
{
    m_term->pasteClipboard();
}

void TerminalView::pasteSelection()
{
    m_term->pasteSelection();
}

void TerminalView::toggleSearchBar()
{
    m_term->toggleShowSearchBar();
}

bool TerminalView::isSearchBarVisible() const
{
    // QTermWidget keeps its search bar private; it is the child of that class.
    for (QObject* child : m_term->children()) {
        if (child->isWidgetType() && qstrcmp(child->metaObject()->className(), "SearchBar") == 0) {
            return static_cast<QWidget*>(child)->isVisible();
        }
    }
    return false;
}

// --- What the terminal shows ---------------------------------------------------------------------------

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
    if (text.endsWith(QLatin1Char('\n'))) {
        text.chop(1);
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeLast();
    const int screenRows = m_term->screenLinesCount();
    if (lines.size() > screenRows) {
        lines = lines.mid(lines.size() - screenRows);
    }
    for (QString& line : lines) {
        int end = line.size();
        while (end > 0 && line.at(end - 1).isSpace()) {
            --end;
        }
        line.truncate(end);
    }
    return lines.join(QLatin1Char('\n'));
}

QString TerminalView::selectedText() const
{
    return m_term->selectedText();
}

QString TerminalView::title() const
{
    return m_term->isTitleChanged() ? m_term->title() : QString();
}

int TerminalView::columns() const
{
    return m_term->screenColumnsCount();
}

int TerminalView::rows() const
{
    return m_term->screenLinesCount();
}

// --- Appearance ----------------------------------------------------------------------------------------

QStringList TerminalView::availableColorSchemes()
{
    QStringList names = QTermWidget::availableColorSchemes();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString TerminalView::defaultColorScheme()
{
    return QStringLiteral("Linux");
}

bool TerminalView::setColorScheme(const QString& name)
{
    // QTermWidget falls back to its built-in scheme, or opens a message box, for a name it does not know.
    if (!QTermWidget::availableColorSchemes().contains(name)) {
        return false;
    }
    m_term->setColorScheme(name);
    m_colorScheme = name;
    return true;
}

QFont TerminalView::defaultFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Some platforms (offscreen, minimal desktops) answer with a proportional font; the terminal grid
    // needs a fixed-pitch one, which fontconfig's generic family provides.
    if (!QFontInfo(font).fixedPitch()) {
        font.setFamily(QStringLiteral("Monospace"));
        font.setStyleHint(QFont::TypeWriter);
    }
    return font;
}

void TerminalView::setTerminalFont(const QFont& font)
{
    m_baseFont = font;
    m_zoomSteps = 0;
    applyFont();
}

QFont TerminalView::effectiveFont() const
{
    QFont font = m_baseFont;
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(qBound(kMinFontPoints, font.pointSizeF() + m_zoomSteps, kMaxFontPoints));
    } else if (font.pixelSize() > 0) {
        font.setPixelSize(qBound(int(kMinFontPoints), font.pixelSize() + m_zoomSteps, int(kMaxFontPoints)));
    }
    return font;
}

void TerminalView::zoomIn()
{
    const QFont before = effectiveFont();
    ++m_zoomSteps;
    if (effectiveFont() == before) {
        --m_zoomSteps;
        return;
    }
    applyFont();
}

void TerminalView::zoomOut()
{
    const QFont before = effectiveFont();
    --m_zoomSteps;
    if (effectiveFont() == before) {
        ++m_zoomSteps;
        return;
    }
    applyFont();
}

void TerminalView::resetZoom()
{
    if (m_zoomSteps != 0) {
        m_zoomSteps = 0;
        applyFont();
    }
}

void TerminalView::applyFont()
{
    m_term->setTerminalFont(effectiveFont());
    // A new font changes the grid without resizing the widget.
    scheduleSizeCheck();
}

void TerminalView::setScrollbackLines(int lines)
{
    m_term->setHistorySize(qMax(-1, lines));
}

int TerminalView::scrollbackLines() const
{
    return m_term->historySize();
}

void TerminalView::applySettings(const SessionProfile::TerminalSettings& settings)
{
    QFont font = defaultFont();
    if (!settings.fontFamily.isEmpty()) {
        font.setFamily(settings.fontFamily);
    }
    if (settings.fontSize > 0) {
        font.setPointSizeF(qBound(kMinFontPoints, qreal(settings.fontSize), kMaxFontPoints));
    }
    setTerminalFont(font);
    if (settings.colorScheme.isEmpty() || !setColorScheme(settings.colorScheme)) {
        setColorScheme(defaultColorScheme());
    }
    setScrollbackLines(settings.scrollbackLines);
    setBackspaceKey(settings.backspace);
}

// --- Session log ---------------------------------------------------------------------------------------

bool TerminalView::startLogging(const QString& path, bool append, QString* error)
{
    if (m_log->open(path, append ? SessionLog::Mode::Append : SessionLog::Mode::Truncate)) {
        return true;
    }
    if (error) {
        *error = m_log->errorString();
    }
    return false;
}

void TerminalView::stopLogging()
{
    m_log->close();
}

bool TerminalView::isLogging() const
{
    return m_log->isOpen();
}

QString TerminalView::logFileName() const
{
    return m_log->isOpen() ? m_log->fileName() : QString();
}

// --- Size ----------------------------------------------------------------------------------------------

bool TerminalView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_term && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        scheduleSizeCheck();
    }
    return QWidget::eventFilter(watched, event);
}

void TerminalView::scheduleSizeCheck()
{
    if (m_sizeCheckScheduled) {
        return;
    }
    m_sizeCheckScheduled = true;
    // The emulator's grid follows the widget's size only once the resize has been processed.
    QTimer::singleShot(0, this, &TerminalView::checkSize);
}

void TerminalView::checkSize()
{
    m_sizeCheckScheduled = false;
    const int newColumns = m_term->screenColumnsCount();
    const int newRows = m_term->screenLinesCount();
    if (newColumns <= 0 || newRows <= 0 || (newColumns == m_columns && newRows == m_rows)) {
        return;
    }
    m_columns = newColumns;
    m_rows = newRows;
    emit terminalSizeChanged(m_columns, m_rows);
    sendSizeToChannel();
}

void TerminalView::sendSizeToChannel()
{
    if (!m_channel || !m_channel->isOpen() || m_columns <= 0 || m_rows <= 0) {
        return;
    }
    if (m_columns == m_sentColumns && m_rows == m_sentRows) {
        return;
    }
    m_sentColumns = m_columns;
    m_sentRows = m_rows;
    m_channel->resizePty(m_columns, m_rows);
}

} // namespace ferry
