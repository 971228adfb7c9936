#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ferry {

// Asks how to add a key to the agent: its passphrase (only when it has one), and for how long the agent
// may keep it.
class AgentAddDialog : public QDialog {
    Q_OBJECT
public:
    AgentAddDialog(const QString& keyPath, bool encrypted, QWidget* parent = nullptr);

    QString keyPath() const { return m_keyPath; }
    QString passphrase() const;
    // 0: until the agent stops.
    int lifetimeSeconds() const;

private:
    QString m_keyPath;
    QLineEdit* m_passphrase = nullptr;
    QCheckBox* m_limited = nullptr;
    QSpinBox* m_minutes = nullptr;
};

} // namespace ferry
