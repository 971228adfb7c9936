#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ferry {

class SessionProfile;

// The editor's Terminal tab: how the terminal looks, what it tells the server about itself, what runs
// instead of the login shell, and what happens when the shell ends.
class SessionTerminalPage : public QWidget {
    Q_OBJECT
public:
    explicit SessionTerminalPage(QWidget* parent = nullptr);

    void load(const SessionProfile& profile);
    void save(SessionProfile* profile) const;

signals:
    void changed();

private:
    QWidget* createAppearanceBox();
    QWidget* createShellBox();
    void chooseLogFile();

    QCheckBox* m_defaultFont = nullptr;
    QFontComboBox* m_font = nullptr;
    QSpinBox* m_fontSize = nullptr;
    QComboBox* m_colorScheme = nullptr;
    QSpinBox* m_scrollback = nullptr;
    QCheckBox* m_unlimitedScrollback = nullptr;
    QComboBox* m_terminalType = nullptr;
    QComboBox* m_backspace = nullptr;
    QLineEdit* m_remoteCommand = nullptr;
    QTableWidget* m_environment = nullptr;
    QPushButton* m_removeVariable = nullptr;
    QComboBox* m_onExit = nullptr;
    QLineEdit* m_logFile = nullptr;
};

} // namespace ferry
