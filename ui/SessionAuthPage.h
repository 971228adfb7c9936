#pragma once

#include <QWidget>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace ferry {

class SessionProfile;

// The editor's Authentication tab: key files, the agent, the order of the login methods and whether the
// password is remembered (in the keychain; the flag is all this page sets).
class SessionAuthPage : public QWidget {
    Q_OBJECT
public:
    explicit SessionAuthPage(QWidget* parent = nullptr);

    void load(const SessionProfile& profile);
    void save(SessionProfile* profile) const;

signals:
    void changed();

private:
    void addKeyFiles();
    void removeKeyFile();
    void moveMethod(int delta);
    void updateButtons();

    QListWidget* m_keys = nullptr;
    QPushButton* m_removeKey = nullptr;
    QCheckBox* m_agent = nullptr;
    QListWidget* m_methods = nullptr;
    QPushButton* m_methodUp = nullptr;
    QPushButton* m_methodDown = nullptr;
    QCheckBox* m_remember = nullptr;
};

} // namespace ferry
