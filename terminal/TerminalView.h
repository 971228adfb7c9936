#pragma once

#include "ssh/RemoteChannel.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QWidget>

class QTermWidget;

namespace ferry {

class PtyFeeder;

// A terminal on a remote shell channel. QTermWidget runs in teletype mode: it opens a pty with no
// process behind it, the remote output is written into that pty's slave side, and what the emulator
// would send to a local process (keystrokes, answers to terminal queries) goes to the channel instead.
class TerminalView : public QWidget {
    Q_OBJECT
public:
    explicit TerminalView(QWidget* parent = nullptr);
    ~TerminalView() override;

    // Connects the view to a shell channel: its stdout and stderr are shown, keystrokes are written to it
    // and size changes are sent to its pty. The channel stays owned by its connection.
    void attach(RemoteChannel* channel);
    RemoteChannel* channel() const { return m_channel; }

    // Shows bytes as if the remote side had sent them (UTF-8, escape sequences interpreted). Never blocks:
    // what the pty cannot take at once is queued.
    void feed(const QByteArray& bytes);

    // The text on the terminal's screen, the scrollback excluded, one line per row and trailing blanks
    // trimmed. Rows the terminal wrapped into the next stay joined with it, so the first line returned
    // can begin above the top of the screen. It renders the whole history first: meant for tests and
    // diagnostics, not for every frame.
    QString screenText() const;

    int columns() const;
    int rows() const;

    void copySelection();
    void paste();

signals:
    // The emulator's grid changed, e.g. after the widget was resized or its font changed.
    void terminalSizeChanged(int columns, int rows);
    // Bytes the terminal produced for the remote side (keystrokes, replies to terminal queries).
    void keysTyped(const QByteArray& bytes);
    // The attached channel delivered its first bytes of output.
    void firstOutputReceived();
    // The attached channel closed; the view keeps its contents.
    void channelClosed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTerminalData(const char* data, int length);
    void onChannelOutput(const QByteArray& bytes);
    void onChannelClosed();
    void scheduleSizeCheck();
    void checkSize();
    void sendSizeToChannel();

    QTermWidget* m_term = nullptr;
    PtyFeeder* m_feeder = nullptr;
    QPointer<RemoteChannel> m_channel;
    bool m_sizeCheckScheduled = false;
    bool m_outputSeen = false;
    int m_columns = 0;
    int m_rows = 0;
    int m_sentColumns = 0;
    int m_sentRows = 0;
};

} // namespace ferry
