#pragma once

#include <QPointer>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace ferry {

// The question a tab asks before it closes with work still running (a live shell, transfers, editors): window
// modal but not blocking, Close as the default and Cancel on Escape, at most one at a time per tab.
class CloseConfirmation {
public:
    struct Texts {
        QString title;
        QString text;
        QString informativeText;
        QString closeLabel;
    };

    // Runs onClose at once when nothing needs confirming; otherwise asks (or raises the question already
    // open) and runs onClose when the user agrees. The box deletes itself when answered.
    void request(QWidget* parent, bool needed, const Texts& texts, std::function<void()> onClose);
    // The open question, if any.
    QMessageBox* box() const;

private:
    QPointer<QMessageBox> m_box;
};

} // namespace ferry
