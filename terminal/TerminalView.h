#pragma once

#include "TerminalInput.h"
#include "profiles/SessionProfile.h"
#include "ssh/RemoteChannel.h"

#include <QByteArray>
#include <QFont>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <utility>

class QAction;
class QColor;
class QTermWidget;

namespace ferry {

class SessionLog;
class TerminalOutput;

// A terminal on a remote shell channel. QTermWidget runs in teletype mode: it opens a pty with no
// process behind it, the remote output is written into that pty's slave side, and what the emulator
// would send to a local process (keystrokes, answers to terminal queries) goes to the channel instead.
//
// Remote output is collected for one event-loop turn and written into the pty in one piece, without ever
// blocking the GUI thread. The channel is told what has been consumed only once it is in the pty, so a
// terminal that cannot keep up makes the server wait (SSH flow control) instead of piling up output here.
//
// The view carries its own shortcuts, active while it or a child has the focus, chosen so the shell keeps
// its keys: Ctrl+Shift+C / Ctrl+Shift+V copy and paste, Ctrl+Shift+F finds in the scrollback,
// Ctrl+= (or Ctrl++) / Ctrl+- / Ctrl+0 zoom. The middle mouse button pastes the X11 selection.
class TerminalView : public QWidget {
    Q_OBJECT
public:
    // Asked before text with a line break is pasted; returns true to paste it. It gets the text as the
    // user copied it (line breaks as '\n') and runs from the event loop, never inside the widget's own
    // key or mouse handling, so it may open a dialog with exec().
    using PasteConfirmation = TerminalInput::PasteConfirmation;

    explicit TerminalView(QWidget* parent = nullptr);
    ~TerminalView() override;

    // --- Channel -------------------------------------------------------------------------------------

    // Connects the view to a shell channel: its stdout and stderr are shown, keystrokes are written to it
    // and size changes are sent to its pty. Turns on the channel's manual acknowledgement (see
    // RemoteChannel::setManualAcknowledge); attaching another channel or nullptr hands the previous one
    // back to automatic acknowledgement. The channel stays owned by its connection. When it closes, the
    // view keeps its screen and scrollback and emits channelClosed().
    void attach(RemoteChannel* channel);
    RemoteChannel* channel() const { return m_channel; }

    // Shows bytes as if the remote side had sent them (UTF-8, escape sequences interpreted), after any
    // remote output already received. Never blocks. Goes to the session log like remote output.
    void feed(const QByteArray& bytes);
    // Shows a line of Ferry's own, e.g. "[exit status 3]" or "[connection lost: …]", on a line of its own
    // in a dim colour (between the colour scheme's background and its text), with the cursor made visible
    // again below it. Control characters in text are replaced, so server-provided reasons cannot inject
    // escape sequences. Not logged. The channel's closing shows nothing by itself: the caller says why.
    void showStatusLine(const QString& text);

    // Output received or fed that has not reached the pty yet (for diagnostics and tests).
    qint64 pendingOutputBytes() const;

    // --- What the terminal shows ---------------------------------------------------------------------

    // The text on the terminal's screen, the scrollback excluded, one line per row and trailing blanks
    // trimmed. Rows the terminal wrapped into the next stay joined with it, so the first line returned
    // can begin above the top of the screen. It renders the whole history first: meant for tests and
    // diagnostics, not for every frame.
    QString screenText() const;
    QString selectedText() const;
    // The title the remote program set (OSC 0 or 2), empty while it has set none.
    QString title() const;
    int columns() const;
    int rows() const;

    // --- Appearance ----------------------------------------------------------------------------------

    // Names of QTermWidget's colour schemes (e.g. "Linux", "Solarized"), for a settings dialog.
    static QStringList availableColorSchemes();
    static QString defaultColorScheme();
    // Returns false and changes nothing when no scheme has that name.
    bool setColorScheme(const QString& name);
    QString colorScheme() const { return m_colorScheme; }

    // The application's fixed-pitch font, at its default size.
    static QFont defaultFont();
    // Sets the font at zoom 0; zooming steps from it, one point at a time.
    void setTerminalFont(const QFont& font);
    QFont terminalFont() const { return m_baseFont; }
    // The font in use, zoom included.
    QFont effectiveFont() const;
    int zoomSteps() const { return m_zoomSteps; }
    void zoomIn();
    void zoomOut();
    void resetZoom();

    // Lines kept above the screen: 0 none, -1 unlimited (slow: QTermWidget then writes every line to
    // temporary files).
    void setScrollbackLines(int lines);
    int scrollbackLines() const;

    // What the Backspace key sends (^? or ^H), whatever the terminal type or key bindings say.
    // Ctrl+Backspace sends the other one, as in xterm.
    void setBackspaceKey(SessionProfile::BackspaceKey key) { m_input->setBackspaceKey(key); }
    SessionProfile::BackspaceKey backspaceKey() const { return m_input->backspaceKey(); }

    // Font, colour scheme, scrollback and Backspace from a saved session; empty or zero fields keep the
    // application's defaults. The session's log file is left to the caller (see startLogging).
    void applySettings(const SessionProfile::TerminalSettings& settings);

    // --- Clipboard and search ------------------------------------------------------------------------

    void copySelection();
    // Pastes the clipboard (or, for pasteSelection, the X11 selection) as typed input, bracketed when the
    // remote program asked for bracketed paste. Text with a line break is confirmed first.
    void paste();
    void pasteSelection();
    // Replaces the question asked before a paste of several lines; an empty function restores the
    // default, a window-modal message box showing the text.
    void setPasteConfirmation(PasteConfirmation confirm) { m_input->setPasteConfirmation(std::move(confirm)); }

    void toggleSearchBar();
    bool isSearchBarVisible() const;

    // The view's actions, with their shortcuts, for the window's menus.
    QAction* copyAction() const { return m_copyAction; }
    QAction* pasteAction() const { return m_pasteAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* zoomInAction() const { return m_zoomInAction; }
    QAction* zoomOutAction() const { return m_zoomOutAction; }
    QAction* resetZoomAction() const { return m_resetZoomAction; }

    // --- Session log ---------------------------------------------------------------------------------

    // Logs every byte received from now on, as received. Returns false with *error set when the file
    // cannot be opened; a later write failure stops the log and emits logFailed().
    bool startLogging(const QString& path, bool append = true, QString* error = nullptr);
    void stopLogging();
    bool isLogging() const;
    QString logFileName() const;

signals:
    // The emulator's grid changed, e.g. after the widget was resized or its font changed.
    void terminalSizeChanged(int columns, int rows);
    // Bytes the terminal produced for the remote side (keystrokes, pastes, replies to terminal queries).
    void keysTyped(const QByteArray& bytes);
    // The attached channel delivered its first bytes of output.
    void firstOutputReceived();
    // The attached channel closed; the view keeps its contents.
    void channelClosed();
    // The remote program set the window title (OSC 0 or 2).
    void titleChanged(const QString& title);
    // The remote side rang the bell (BEL). Nothing is played or flashed here: that is the window's call.
    void bell();
    // The session log could not be written and has been stopped.
    void logFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void showContextMenu(const QPoint& position);
    void detachChannel();
    void sendToRemote(const QByteArray& bytes);
    void onChannelOutput(const QByteArray& bytes);
    void onChannelClosed();
    void enqueueOutput(const QByteArray& bytes, RemoteChannel* channel);
    void applyFont();
    QColor statusColour() const;
    void scheduleSizeCheck();
    void checkSize();
    void sendSizeToChannel();

    QTermWidget* m_term = nullptr;
    TerminalInput* m_input = nullptr;
    TerminalOutput* m_output = nullptr;
    SessionLog* m_log = nullptr;
    QPointer<RemoteChannel> m_channel;

    bool m_atLineStart = true;
    bool m_outputSeen = false;

    QFont m_baseFont;
    int m_zoomSteps = 0;
    QString m_colorScheme;

    QAction* m_copyAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_resetZoomAction = nullptr;

    bool m_sizeCheckScheduled = false;
    int m_columns = 0;
    int m_rows = 0;
    int m_sentColumns = 0;
    int m_sentRows = 0;
};

} // namespace ferry
