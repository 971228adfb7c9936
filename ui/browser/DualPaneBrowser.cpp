#include "browser/DualPaneBrowser.h"

#include "browser/FilePane.h"
#include "browser/LocalPaneModel.h"
#include "browser/PaneView.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace ferry {

namespace {

constexpr quint32 kStateVersion = 1;

} // namespace

DualPaneBrowser::DualPaneBrowser(PaneModel* rightModel, QWidget* parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_connectionStatus(new QLabel(this))
{
    qRegisterMetaType<PaneModel::Kind>("ferry::PaneModel::Kind");
    m_left = new FilePane(new LocalPaneModel(this), m_splitter);
    m_left->setObjectName(QStringLiteral("localPane"));
    m_left->setTitle(tr("Local"));
    m_right = new FilePane(rightModel, m_splitter);
    m_right->setObjectName(QStringLiteral("remotePane"));
    if (rightModel->QObject::parent() == m_right) {
        rightModel->setParent(this);
    }
    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    // Local files come in from the desktop on the remote side only: on the left they would be a local copy, which
    // is the desktop's job.
    m_left->setAcceptsExternalFiles(false);
    m_right->setAcceptsExternalFiles(true);
    m_left->addPeerPane(m_right->paneId());
    m_right->addPeerPane(m_left->paneId());
    m_right->setTerminalAllowed(rightModel->kind() == PaneModel::Kind::Remote);
    m_left->setTransferActionText(tr("&Upload"));
    m_right->setTransferActionText(tr("&Download"));

    connect(m_left, &FilePane::copyToOtherPaneRequested, this, [this](const QStringList& paths) {
        emit transferRequested(m_left->model()->kind(), paths, m_right->model()->path());
    });
    connect(m_right, &FilePane::copyToOtherPaneRequested, this, [this](const QStringList& paths) {
        emit transferRequested(m_right->model()->kind(), paths, m_left->model()->path());
    });
    connect(m_left, &FilePane::dropRequested, this, [this](const PaneDrop& drop) { onDrop(m_left, drop); });
    connect(m_right, &FilePane::dropRequested, this, [this](const PaneDrop& drop) { onDrop(m_right, drop); });

    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setTextFormat(Qt::PlainText);
    m_connectionStatus->setContentsMargins(6, 2, 6, 2);
    m_connectionStatus->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_connectionStatus);
}

void DualPaneBrowser::onDrop(FilePane* target, const PaneDrop& drop)
{
    FilePane* other = target == m_left ? m_right : m_left;
    // From the other pane, or (right pane only) files from the desktop, which are local files.
    const bool fromOther = drop.sourcePaneId == other->paneId();
    if (!fromOther && !drop.sourcePaneId.isEmpty()) {
        return;
    }
    const PaneModel::Kind kind = fromOther ? other->model()->kind() : PaneModel::Kind::Local;
    if (drop.sourcePaths.isEmpty() || drop.targetFolder.isEmpty()) {
        return;
    }
    emit transferRequested(kind, drop.sourcePaths, drop.targetFolder);
}

void DualPaneBrowser::setConnectionStatus(const QString& text)
{
    m_connectionStatus->setText(text);
    m_connectionStatus->setVisible(!text.isEmpty());
}

QString DualPaneBrowser::connectionStatus() const
{
    return m_connectionStatus->text();
}

void DualPaneBrowser::setRemoteTitle(const QString& title)
{
    m_right->setTitle(title);
}

QByteArray DualPaneBrowser::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_5_15);
    out << kStateVersion << m_splitter->saveState() << m_left->view()->header()->saveState()
        << m_right->view()->header()->saveState() << m_left->showsHidden() << m_right->showsHidden();
    return state;
}

bool DualPaneBrowser::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_5_15);
    quint32 version = 0;
    QByteArray splitter;
    QByteArray leftHeader;
    QByteArray rightHeader;
    bool leftHidden = false;
    bool rightHidden = false;
    in >> version >> splitter >> leftHeader >> rightHeader >> leftHidden >> rightHidden;
    if (in.status() != QDataStream::Ok || version != kStateVersion) {
        return false;
    }
    const bool restored = m_splitter->restoreState(splitter) && m_left->view()->header()->restoreState(leftHeader) &&
                          m_right->view()->header()->restoreState(rightHeader);
    m_left->setShowHidden(leftHidden);
    m_right->setShowHidden(rightHidden);
    return restored;
}

} // namespace ferry
