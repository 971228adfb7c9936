#include "transfer/TransferDock.h"

#include "transfer/TransferProgressDelegate.h"
// TransferQueue.h returns a QPointer<RemoteFileSystem> inline and needs the complete type.
#include "RemoteFileSystem.h"
#include "transfer/TransferQueue.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace ferry {

namespace {

constexpr QLatin1String kParallelKey("transfers/parallelJobs");
constexpr QLatin1String kBandwidthKey("transfers/bandwidthLimitKiB");
constexpr int kMaxParallel = 16;
constexpr int kMaxBandwidthKiB = 10 * 1024 * 1024;

QString durationText(qint64 seconds)
{
    if (seconds < 0) {
        return QString();
    }
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TransferDock::TransferDock(QWidget* parent)
    : QDockWidget(tr("Transfers"), parent)
    , m_view(new QTreeView(this))
    , m_toolBar(new QToolBar(this))
    , m_totals(new QLabel(this))
    , m_parallel(new QSpinBox(this))
    , m_bandwidth(new QSpinBox(this))
{
    setObjectName(QStringLiteral("transferDock"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);

    m_view->setObjectName(QStringLiteral("transferView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(TransferQueue::DoneColumn, new TransferProgressDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_pause =
        addQueueAction(tr("&Pause"), QStringLiteral("pauseAction"), "media-playback-pause", QStyle::SP_MediaPause);
    connect(m_pause, &QAction::triggered, this, [this] { forSelected(&TransferQueue::pause); });
    m_resume =
        addQueueAction(tr("&Resume"), QStringLiteral("resumeAction"), "media-playback-start", QStyle::SP_MediaPlay);
    connect(m_resume, &QAction::triggered, this, [this] { forSelected(&TransferQueue::resume); });
    m_cancel = addQueueAction(tr("&Cancel"), QStringLiteral("cancelAction"), "process-stop", QStyle::SP_BrowserStop);
    connect(m_cancel, &QAction::triggered, this, [this] { forSelected(&TransferQueue::cancel); });
    m_retry = addQueueAction(tr("Re&try"), QStringLiteral("retryAction"), "view-refresh", QStyle::SP_BrowserReload);
    connect(m_retry, &QAction::triggered, this, [this] { forSelected(&TransferQueue::retry); });
    m_toolBar->addSeparator();
    QAction* pauseAll = addQueueAction(tr("Pause &All"), QStringLiteral("pauseAllAction"), "", -1);
    connect(pauseAll, &QAction::triggered, this, [this] {
        if (m_queue) {
            m_queue->pauseAll();
        }
    });
    QAction* resumeAll = addQueueAction(tr("Resume A&ll"), QStringLiteral("resumeAllAction"), "", -1);
    connect(resumeAll, &QAction::triggered, this, [this] {
        if (m_queue) {
            m_queue->resumeAll();
        }
    });
    QAction* cancelAll = addQueueAction(tr("Ca&ncel All"), QStringLiteral("cancelAllAction"), "", -1);
    connect(cancelAll, &QAction::triggered, this, [this] {
        if (m_queue) {
            m_queue->cancelAll();
        }
    });
    QAction* retryFailed = addQueueAction(tr("Retry &Failed"), QStringLiteral("retryFailedAction"), "", -1);
    connect(retryFailed, &QAction::triggered, this, [this] {
        if (m_queue) {
            m_queue->retryFailed();
        }
    });
    QAction* removeFinished = addQueueAction(tr("Remove F&inished"), QStringLiteral("removeFinishedAction"),
                                             "edit-clear", QStyle::SP_DialogResetButton);
    connect(removeFinished, &QAction::triggered, this, [this] {
        if (m_queue) {
            m_queue->removeFinished();
        }
    });
    // The "all" actions have no icon of their own: their words say more.
    for (QAction* action : {pauseAll, resumeAll, cancelAll, retryFailed}) {
        if (QWidget* button = m_toolBar->widgetForAction(action)) {
            button->setProperty("toolButtonStyle", int(Qt::ToolButtonTextOnly));
        }
    }

    QSettings settings;
    m_parallel->setObjectName(QStringLiteral("parallelJobs"));
    m_parallel->setRange(1, kMaxParallel);
    m_parallel->setValue(settings.value(kParallelKey, TransferQueue::DefaultParallelJobs).toInt());
    m_parallel->setToolTip(tr("How many files are transferred at the same time"));
    m_bandwidth->setObjectName(QStringLiteral("bandwidthLimit"));
    m_bandwidth->setRange(0, kMaxBandwidthKiB);
    m_bandwidth->setSingleStep(256);
    m_bandwidth->setSuffix(tr(" KiB/s"));
    m_bandwidth->setSpecialValueText(tr("No limit"));
    m_bandwidth->setValue(settings.value(kBandwidthKey, 0).toInt());
    m_bandwidth->setToolTip(tr("The most the transfers of a connection may use together"));
    connect(m_parallel, qOverload<int>(&QSpinBox::valueChanged), this, &TransferDock::saveSettings);
    connect(m_bandwidth, qOverload<int>(&QSpinBox::valueChanged), this, &TransferDock::saveSettings);

    m_totals->setObjectName(QStringLiteral("transferTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    auto* parallelLabel = new QLabel(tr("Parallel &files:"), this);
    parallelLabel->setBuddy(m_parallel);
    auto* bandwidthLabel = new QLabel(tr("&Limit:"), this);
    bandwidthLabel->setBuddy(m_bandwidth);

    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 2, 6, 2);
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(parallelLabel);
    bottom->addWidget(m_parallel);
    bottom->addSpacing(12);
    bottom->addWidget(bandwidthLabel);
    bottom->addWidget(m_bandwidth);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setWidget(content);
    setQueue(nullptr);
}

QAction* TransferDock::addQueueAction(const QString& text, const QString& name, const char* icon, int fallback)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    if (fallback >= 0) {
        action->setIcon(QIcon::fromTheme(QLatin1String(icon),
                                         QApplication::style()->standardIcon(QStyle::StandardPixmap(fallback))));
    }
    m_toolBar->addAction(action);
    m_view->addAction(action);
    m_actions.append(action);
    return action;
}

QList<QAction*> TransferDock::queueActions() const
{
    return m_actions;
}

void TransferDock::setQueue(TransferQueue* queue)
{
    if (m_queue) {
        disconnect(m_queue, nullptr, this, nullptr);
    }
    m_queue = queue;
    m_view->setModel(queue);
    if (queue) {
        QHeaderView* header = m_view->header();
        header->setStretchLastSection(false);
        // The name takes the spare width; the numbers keep what they need; source and target are in the tooltip.
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(TransferQueue::NameColumn, QHeaderView::Stretch);
        m_view->setColumnHidden(TransferQueue::SourceColumn, true);
        m_view->setColumnHidden(TransferQueue::TargetColumn, true);
        const QFontMetrics metrics = m_view->fontMetrics();
        m_view->setColumnWidth(TransferQueue::DirectionColumn, metrics.horizontalAdvance(tr("Download")) + 24);
        m_view->setColumnWidth(TransferQueue::SizeColumn, metrics.horizontalAdvance(QStringLiteral("999.9 MiB")) + 24);
        m_view->setColumnWidth(TransferQueue::DoneColumn, 220);
        m_view->setColumnWidth(TransferQueue::SpeedColumn,
                               metrics.horizontalAdvance(QStringLiteral("999.9 MiB/s")) + 24);
        m_view->setColumnWidth(TransferQueue::EtaColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
        m_view->setColumnWidth(TransferQueue::StateColumn, 200);
        connect(queue, &TransferQueue::totalsChanged, this, &TransferDock::updateTotals);
        connect(queue, &TransferQueue::busyChanged, this, &TransferDock::updateTotals);
        connect(queue, &QAbstractItemModel::dataChanged, this, &TransferDock::updateActions);
        connect(queue, &QAbstractItemModel::rowsInserted, this, &TransferDock::updateActions);
        connect(queue, &QAbstractItemModel::rowsRemoved, this, &TransferDock::updateActions);
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TransferDock::updateActions);
    }
    updateTotals();
    updateActions();
}

void TransferDock::applySettings(TransferQueue* queue) const
{
    queue->setParallelJobs(m_parallel->value());
    queue->setBandwidthLimit(qint64(m_bandwidth->value()) * 1024);
}

void TransferDock::saveSettings()
{
    QSettings settings;
    settings.setValue(kParallelKey, m_parallel->value());
    settings.setValue(kBandwidthKey, m_bandwidth->value());
    emit settingsChanged();
}

QList<quint64> TransferDock::selectedJobs() const
{
    QList<quint64> jobs;
    if (!m_queue) {
        return jobs;
    }
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        jobs.append(m_queue->jobAt(index.row()));
    }
    return jobs;
}

void TransferDock::forSelected(void (TransferQueue::*call)(quint64))
{
    if (!m_queue) {
        return;
    }
    // Ids first: acting on a job may remove or move rows.
    for (quint64 id : selectedJobs()) {
        if (m_queue->hasJob(id)) {
            (m_queue->*call)(id);
        }
    }
}

QString TransferDock::totalsText() const
{
    return m_totals->text();
}

void TransferDock::updateTotals()
{
    if (!m_queue || m_queue->rowCount() == 0) {
        m_totals->setText(m_queue ? tr("No transfers") : tr("No file browser open"));
        return;
    }
    const QLocale locale;
    const qint64 total = m_queue->totalBytes();
    const qint64 done = m_queue->doneBytes();
    const int percent = total > 0 ? int(qBound<qint64>(0, done * 100 / total, 100)) : 0;
    QString text =
        tr("%1 of %2 (%3 %)").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)).arg(percent);
    if (m_queue->isBusy()) {
        text += tr(" · %1/s").arg(locale.formattedDataSize(m_queue->speed()));
        if (m_queue->eta() >= 0) {
            text += tr(" · %1 left").arg(durationText(m_queue->eta()));
        }
    }
    m_totals->setText(text);
}

void TransferDock::updateActions()
{
    const bool any = m_queue && m_queue->rowCount() > 0;
    const bool selected = any && m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    for (QAction* action : std::as_const(m_actions)) {
        action->setEnabled(any);
    }
    for (QAction* action : {m_pause, m_resume, m_cancel, m_retry}) {
        action->setEnabled(selected);
    }
    updateTotals();
}

} // namespace ferry
