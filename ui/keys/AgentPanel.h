#pragma once

#include "trust/AgentClient.h"

#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QLabel;

class QPushButton;
class QTableWidget;

namespace ferry {

// The identities the running ssh-agent holds (type, fingerprint, comment), to remove one or all. Says plainly
// when no agent runs. The AgentClient is shared with the key manager, which also learns from its lists.
class AgentPanel : public QWidget {
    Q_OBJECT
public:
    AgentPanel(AgentClient* agent, QWidget* parent = nullptr);

    // Asks the agent again.
    void refresh();

    QTableWidget* table() const { return m_table; }
    QString statusText() const;
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* removeAllButton() const { return m_removeAll; }
    // The "remove all" question while it is open, else null.
    QMessageBox* confirmation() const { return m_confirmation; }

private:
    void onListed(const QList<ferry::AgentIdentity>& identities);
    void onFailed(const QString& message);
    void removeSelected();
    void askRemoveAll();
    void updateButtons();

    AgentClient* m_agent = nullptr;
    QList<AgentIdentity> m_identities;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_removeAll = nullptr;
    QPushButton* m_refresh = nullptr;
    QPointer<QMessageBox> m_confirmation;
    bool m_reachable = false;
};

} // namespace ferry
