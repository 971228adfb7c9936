#include "AgentPanel.h"

#include "FixedPitchFont.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry {

AgentPanel::AgentPanel(AgentClient* agent, QWidget* parent)
    : QWidget(parent)
    , m_agent(agent)
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("agentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("agentTable"));
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Fingerprint"), tr("Comment")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("agentRemove"));
    m_removeAll = new QPushButton(tr("Remove A&ll"), this);
    m_removeAll->setObjectName(QStringLiteral("agentRemoveAll"));
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("agentRefresh"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_removeAll);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_agent, &AgentClient::identitiesListed, this, &AgentPanel::onListed);
    connect(m_agent, &AgentClient::failed, this, &AgentPanel::onFailed);
    connect(m_agent, &AgentClient::identityRemoved, this, &AgentPanel::refresh);
    connect(m_agent, &AgentClient::allIdentitiesRemoved, this, &AgentPanel::refresh);
    connect(m_remove, &QPushButton::clicked, this, &AgentPanel::removeSelected);
    connect(m_removeAll, &QPushButton::clicked, this, &AgentPanel::askRemoveAll);
    connect(m_refresh, &QPushButton::clicked, this, &AgentPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AgentPanel::updateButtons);
    updateButtons();
}

void AgentPanel::refresh()
{
    m_agent->listIdentities();
}

QString AgentPanel::statusText() const
{
    return m_status->text();
}

void AgentPanel::onListed(const QList<AgentIdentity>& identities)
{
    m_reachable = true;
    m_identities = identities;
    m_status->setText(identities.isEmpty()
                          ? tr("The SSH agent at %1 holds no keys.").arg(m_agent->socketPath())
                          : tr("The SSH agent at %1 holds %n key(s).", nullptr, static_cast<int>(identities.size()))
                                .arg(m_agent->socketPath()));
    m_table->setRowCount(static_cast<int>(identities.size()));
    for (int row = 0; row < identities.size(); ++row) {
        const AgentIdentity& identity = identities.at(row);
        auto* fingerprint = new QTableWidgetItem(identity.fingerprint());
        fingerprint->setFont(fixedPitchFont());
        m_table->setItem(row, 0, new QTableWidgetItem(identity.keyType()));
        m_table->setItem(row, 1, fingerprint);
        m_table->setItem(row, 2, new QTableWidgetItem(identity.comment));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void AgentPanel::onFailed(const QString& message)
{
    // A refused removal leaves the list as it was; a list that never came means there is no agent to show.
    if (!m_reachable) {
        m_identities.clear();
        m_table->setRowCount(0);
    }
    m_status->setText(message);
    updateButtons();
}

void AgentPanel::removeSelected()
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange& range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row) {
            if (row < m_identities.size()) {
                m_agent->removeIdentity(m_identities.at(row).keyBlob);
            }
        }
    }
}

void AgentPanel::askRemoveAll()
{
    if (m_confirmation) {
        m_confirmation->raise();
        return;
    }
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Remove All Keys from the Agent"),
                        tr("Remove all %n key(s) from the SSH agent?", nullptr, static_cast<int>(m_identities.size())),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setInformativeText(tr("The key files stay; only the agent forgets them."));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes) {
            m_agent->removeAllIdentities();
        }
    });
    m_confirmation = box;
    box->open();
}

void AgentPanel::updateButtons()
{
    m_remove->setEnabled(m_reachable && !m_table->selectedRanges().isEmpty());
    m_removeAll->setEnabled(m_reachable && !m_identities.isEmpty());
}

} // namespace ferry
