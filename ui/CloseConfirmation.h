#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace ferry {

// The question a tab asks before it closes with work still running (a live shell, transfers, editors): window
// modal but not blocking, Close as the default and Cancel on Escape. onClose runs when the user agrees; the box
// deletes itself when answered.
QMessageBox* openCloseConfirmation(QWidget* parent, const QString& title, const QString& text,
                                   const QString& informativeText, const QString& closeLabel,
                                   std::function<void()> onClose);

} // namespace ferry
