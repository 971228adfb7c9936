#include "SessionAuthPage.h"

#include "profiles/SessionProfile.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry {

namespace {

constexpr int kMethodRole = Qt::UserRole + 1;

QString methodLabel(const QString& method)
{
    if (method == QLatin1String("publickey")) {
        return SessionAuthPage::tr("Public key (key files and agent)");
    }
    if (method == QLatin1String("keyboard-interactive")) {
        return SessionAuthPage::tr("Keyboard-interactive (one-time codes, PAM prompts)");
    }
    if (method == QLatin1String("password")) {
        return SessionAuthPage::tr("Password");
    }
    return method;
}

} // namespace

SessionAuthPage::SessionAuthPage(QWidget* parent)
    : QWidget(parent)
    , m_keys(new QListWidget(this))
    , m_removeKey(new QPushButton(tr("&Remove"), this))
    , m_agent(new QCheckBox(tr("Use the &SSH agent (SSH_AUTH_SOCK)"), this))
    , m_methods(new QListWidget(this))
    , m_methodUp(new QPushButton(tr("&Up"), this))
    , m_methodDown(new QPushButton(tr("Do&wn"), this))
    , m_remember(new QCheckBox(tr("Remember the &password in the system keychain"), this))
{
    m_keys->setObjectName(QStringLiteral("identityFiles"));
    m_agent->setObjectName(QStringLiteral("useAgent"));
    m_methods->setObjectName(QStringLiteral("methodOrder"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(tr("The password is kept by the operating system's keychain, never in Ferry's files. "
                              "Without a keychain nothing is stored and Ferry asks each time."));

    auto* keysBox = new QGroupBox(tr("Private key files"), this);
    auto* addKey = new QPushButton(tr("A&dd…"), keysBox);
    auto* keysLayout = new QGridLayout(keysBox);
    auto* keysHint = new QLabel(tr("Tried in this order. None: the keys ssh_config names, else ~/.ssh/id_*."), keysBox);
    keysHint->setWordWrap(true);
    keysLayout->addWidget(m_keys, 0, 0, 3, 1);
    keysLayout->addWidget(addKey, 0, 1);
    keysLayout->addWidget(m_removeKey, 1, 1);
    keysLayout->addWidget(keysHint, 3, 0, 1, 2);
    keysLayout->setRowStretch(2, 1);

    auto* methodsBox = new QGroupBox(tr("Login methods"), this);
    auto* methodsLayout = new QGridLayout(methodsBox);
    auto* methodsHint =
        new QLabel(tr("Checked methods are tried in this order, among those the server offers."), methodsBox);
    methodsHint->setWordWrap(true);
    methodsLayout->addWidget(m_methods, 0, 0, 3, 1);
    methodsLayout->addWidget(m_methodUp, 0, 1);
    methodsLayout->addWidget(m_methodDown, 1, 1);
    methodsLayout->addWidget(methodsHint, 3, 0, 1, 2);
    methodsLayout->setRowStretch(2, 1);
    m_methods->setMaximumHeight(m_methods->fontMetrics().height() * 5);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(keysBox, 1);
    layout->addWidget(m_agent);
    layout->addWidget(methodsBox);
    layout->addWidget(m_remember);

    connect(addKey, &QPushButton::clicked, this, &SessionAuthPage::addKeyFiles);
    connect(m_removeKey, &QPushButton::clicked, this, &SessionAuthPage::removeKeyFile);
    connect(m_methodUp, &QPushButton::clicked, this, [this] { moveMethod(-1); });
    connect(m_methodDown, &QPushButton::clicked, this, [this] { moveMethod(1); });
    connect(m_keys, &QListWidget::currentRowChanged, this, &SessionAuthPage::updateButtons);
    connect(m_methods, &QListWidget::currentRowChanged, this, &SessionAuthPage::updateButtons);
    connect(m_methods, &QListWidget::itemChanged, this, &SessionAuthPage::changed);
    connect(m_agent, &QCheckBox::toggled, this, &SessionAuthPage::changed);
    connect(m_remember, &QCheckBox::toggled, this, &SessionAuthPage::changed);
    updateButtons();
}

void SessionAuthPage::load(const SessionProfile& profile)
{
    m_keys->clear();
    m_keys->addItems(profile.auth.identityFiles);
    m_agent->setChecked(profile.auth.useAgent);
    m_remember->setChecked(profile.auth.rememberPassword);

    // The profile's methods first, in its order and checked; the known ones it leaves out after them.
    QStringList order = profile.auth.methodOrder;
    for (const QString& method : SessionProfile::knownMethods()) {
        if (!order.contains(method)) {
            order << method;
        }
    }
    const QSignalBlocker blocker(m_methods);
    m_methods->clear();
    for (const QString& method : order) {
        auto* item = new QListWidgetItem(methodLabel(method), m_methods);
        item->setData(kMethodRole, method);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(profile.auth.methodOrder.contains(method) ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

void SessionAuthPage::save(SessionProfile* profile) const
{
    profile->auth.identityFiles.clear();
    for (int row = 0; row < m_keys->count(); ++row) {
        profile->auth.identityFiles << m_keys->item(row)->text();
    }
    profile->auth.useAgent = m_agent->isChecked();
    profile->auth.rememberPassword = m_remember->isChecked();
    profile->auth.methodOrder.clear();
    for (int row = 0; row < m_methods->count(); ++row) {
        const QListWidgetItem* item = m_methods->item(row);
        if (item->checkState() == Qt::Checked) {
            profile->auth.methodOrder << item->data(kMethodRole).toString();
        }
    }
}

void SessionAuthPage::addKeyFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Private Key Files"), QDir::home().filePath(QStringLiteral(".ssh")));
    for (const QString& file : files) {
        if (m_keys->findItems(file, Qt::MatchExactly).isEmpty()) {
            m_keys->addItem(file);
        }
    }
    if (!files.isEmpty()) {
        updateButtons();
        emit changed();
    }
}

void SessionAuthPage::removeKeyFile()
{
    delete m_keys->takeItem(m_keys->currentRow());
    updateButtons();
    emit changed();
}

void SessionAuthPage::moveMethod(int delta)
{
    const int row = m_methods->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_methods->count()) {
        return;
    }
    QListWidgetItem* item = m_methods->takeItem(row);
    m_methods->insertItem(target, item);
    m_methods->setCurrentRow(target);
    emit changed();
}

void SessionAuthPage::updateButtons()
{
    m_removeKey->setEnabled(m_keys->currentRow() >= 0);
    const int row = m_methods->currentRow();
    m_methodUp->setEnabled(row > 0);
    m_methodDown->setEnabled(row >= 0 && row + 1 < m_methods->count());
}

} // namespace ferry
