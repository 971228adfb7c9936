#pragma once

// Input helpers the GUI tests share: typing into a terminal tab and into a dialog's line edit.
#include "ConnectionTab.h"
#include "TerminalView.h"

#include <QLineEdit>
#include <QString>
#include <QTest>
#include <QWidget>

namespace ferry::test {

// Key events go to the emulator's display: the focus proxy of QTermWidget, itself the view's proxy.
inline QWidget* terminalDisplay(ConnectionTab* tab)
{
    QWidget* term = tab->terminal()->focusProxy();
    return term ? term->focusProxy() : nullptr;
}

inline void typeLine(ConnectionTab* tab, const QString& line)
{
    QTest::keyClicks(terminalDisplay(tab), line);
    QTest::keyClick(terminalDisplay(tab), Qt::Key_Return);
}

// Replaces the text of the line edit objectName in dialog as a user would, key by key.
inline void typeInto(QWidget* dialog, const QString& objectName, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(objectName);
    QVERIFY2(edit, qPrintable(objectName));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace ferry::test
