#pragma once

#include "profiles/SessionProfile.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QKeyEvent;
class QTermWidget;
class QWidget;

namespace ferry {

// What a QTermWidget in teletype mode sends towards the remote side, on its way out: keystrokes, pastes and
// replies to terminal queries. The Backspace key gets the code the session asks for whatever the key
// bindings say, and a paste with a line break is held back until the user has confirmed it.
//
// QTermWidget announces each key and paste (termKeyPressed) just before its emulator turns it into bytes
// (sendData); that order is what ties the bytes to the key.
class TerminalInput : public QObject {
    Q_OBJECT
public:
    using PasteConfirmation = std::function<bool(const QString& text)>;

    // Listens to term; questions open as window-modal dialogs over dialogParent.
    TerminalInput(QTermWidget* term, QWidget* dialogParent);
    ~TerminalInput() override;

    void setBackspaceKey(SessionProfile::BackspaceKey key) { m_backspace = key; }
    SessionProfile::BackspaceKey backspaceKey() const { return m_backspace; }
    void setPasteConfirmation(PasteConfirmation confirm) { m_confirmPaste = std::move(confirm); }

signals:
    // Bytes for the remote side, in order.
    void bytesReady(const QByteArray& bytes);

private:
    void onKey(QKeyEvent* event);
    void onData(const char* data, int length);
    void holdPaste(const QByteArray& bytes, const QString& text);
    void confirmHeldPaste();
    void releaseHeldPaste(bool send);

    QWidget* m_dialogParent = nullptr;
    SessionProfile::BackspaceKey m_backspace = SessionProfile::BackspaceKey::Delete;
    int m_keyInFlight = -1; // the key whose bytes the emulator is about to send, -1 for none
    bool m_keyInFlightControl = false;
    bool m_pasteInFlight = false; // the emulator is about to send a paste with a line break
    QString m_pasteInFlightText;
    QByteArray m_heldPaste;
    QString m_heldPasteText;
    PasteConfirmation m_confirmPaste;
};

} // namespace ferry
