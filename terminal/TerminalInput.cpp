#include "TerminalInput.h"

#include <qtermwidget.h>

#include <QKeyEvent>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <utility>

namespace ferry {

namespace {

const QByteArray kBracketedPasteStart = QByteArrayLiteral("\x1b[200~");
const QByteArray kBracketedPasteEnd = QByteArrayLiteral("\x1b[201~");

// The key bindings decide what Backspace sends (QTermWidget's default ones send ^H, and ^? with Ctrl),
// so the byte is rewritten after the fact: a lone ^? or ^H, or either after ESC when Alt was held.
QByteArray rewriteBackspace(QByteArray bytes, SessionProfile::BackspaceKey wanted, bool control)
{
    const bool plain = bytes.size() == 1;
    const bool withAlt = bytes.size() == 2 && bytes.at(0) == '\x1b';
    if (!plain && !withAlt) {
        return bytes;
    }
    const char last = bytes.at(bytes.size() - 1);
    if (last != '\x7f' && last != '\x08') {
        return bytes;
    }
    // Ctrl+Backspace sends the other code, as in xterm.
    const bool sendDelete = (wanted == SessionProfile::BackspaceKey::Delete) != control;
    bytes[bytes.size() - 1] = sendDelete ? '\x7f' : '\x08';
    return bytes;
}

// The text of a paste as the user copied it, from what the emulator is about to send.
QString pastedText(QString text)
{
    if (text.startsWith(QLatin1String(kBracketedPasteStart)) && text.endsWith(QLatin1String(kBracketedPasteEnd))) {
        text = text.mid(kBracketedPasteStart.size(),
                        text.size() - kBracketedPasteStart.size() - kBracketedPasteEnd.size());
    }
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

TerminalInput::TerminalInput(QTermWidget* term, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    // sendData's pointer is only valid during the emission, and the key must be known before its bytes come:
    // both slots run inside the emissions, never queued.
    connect(term, &QTermWidget::termKeyPressed, this, &TerminalInput::onKey, Qt::DirectConnection);
    connect(term, &QTermWidget::sendData, this, &TerminalInput::onData, Qt::DirectConnection);
}

TerminalInput::~TerminalInput() = default;

void TerminalInput::onKey(QKeyEvent* event)
{
    m_keyInFlight = event->key();
    m_keyInFlightControl = event->modifiers().testFlag(Qt::ControlModifier);
    // Pastes (clipboard, selection, middle button) reach the emulator as a key event without a key;
    // QTermWidget has already turned their line breaks into CR and added the brackets.
    const QString text = event->text();
    m_pasteInFlight = event->key() == 0 && (text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')));
    m_pasteInFlightText = m_pasteInFlight ? pastedText(text) : QString();
}

void TerminalInput::onData(const char* data, int length)
{
    QByteArray bytes(data, length);
    const int key = std::exchange(m_keyInFlight, -1);
    if (std::exchange(m_pasteInFlight, false)) {
        holdPaste(bytes, std::exchange(m_pasteInFlightText, QString()));
        return;
    }
    if (key == Qt::Key_Backspace) {
        bytes = rewriteBackspace(bytes, m_backspace, m_keyInFlightControl);
    }
    if (!bytes.isEmpty()) {
        emit bytesReady(bytes);
    }
}

void TerminalInput::holdPaste(const QByteArray& bytes, const QString& text)
{
    // One question at a time; a second paste while it is open is dropped like a cancelled one.
    if (!m_heldPaste.isEmpty()) {
        return;
    }
    m_heldPaste = bytes;
    m_heldPasteText = text;
    // Asked from the event loop, outside the widget's mouse or key handler that is running now.
    QMetaObject::invokeMethod(this, &TerminalInput::confirmHeldPaste, Qt::QueuedConnection);
}

void TerminalInput::confirmHeldPaste()
{
    if (m_confirmPaste) {
        QPointer<TerminalInput> self(this);
        const bool accepted = m_confirmPaste(m_heldPasteText);
        if (self) {
            releaseHeldPaste(accepted);
        }
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Paste Several Lines?"),
                                tr("The text contains line breaks. The remote shell may run each line as a command "
                                   "as soon as it arrives."),
                                QMessageBox::NoButton, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setDetailedText(m_heldPasteText);
    QPushButton* pasteButton = box->addButton(tr("&Paste"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(pasteButton);
    connect(box, &QMessageBox::finished, this,
            [this, box, pasteButton] { releaseHeldPaste(box->clickedButton() == pasteButton); });
    box->open();
}

void TerminalInput::releaseHeldPaste(bool send)
{
    const QByteArray bytes = std::exchange(m_heldPaste, QByteArray());
    m_heldPasteText.clear();
    if (send) {
        emit bytesReady(bytes);
    }
}

} // namespace ferry
