#pragma once

// Alt+letter accelerators a user can reach in a window. Two controls with the same letter make Qt cycle
// the focus between them instead of pressing the one the user meant.
#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace ferry::test {

// The letter after a single '&' ("&&" is a literal ampersand), lower case; a null QChar when there is none.
inline QChar mnemonicOf(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

// Every letter that two or more of the window's reachable controls claim, as "x: text, text". Reachable:
// shown with the window as it is now (the current page of a tab widget, not the others), and enabled or
// not, since a disabled control keeps its letter.
inline QStringList mnemonicClashes(QWidget* window)
{
    QMap<QChar, QStringList> claims;
    auto claim = [&claims](const QString& text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull()) {
            claims[letter].append(text);
        }
    };
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window)) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            claim(button->text());
        } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            claim(label->text());
        } else if (auto* box = qobject_cast<QGroupBox*>(widget); box && box->isCheckable()) {
            claim(box->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                claim(tabs->tabText(i));
            }
        } else if (auto* menus = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : menus->actions()) {
                claim(action->text());
            }
        }
    }
    QStringList clashes;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1) {
            clashes << QString(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
        }
    }
    return clashes;
}

// mnemonicClashes on each page of the window's tab widget in turn, each clash named with its page; the
// first page is current again afterwards.
inline QStringList mnemonicClashesOnEveryPage(QWidget* window)
{
    auto* pages = window->findChild<QTabWidget*>();
    if (pages == nullptr) {
        return mnemonicClashes(window);
    }
    QStringList clashes;
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        for (const QString& clash : mnemonicClashes(window)) {
            clashes << pages->tabText(page) + QStringLiteral(": ") + clash;
        }
    }
    pages->setCurrentIndex(0);
    return clashes;
}

} // namespace ferry::test
