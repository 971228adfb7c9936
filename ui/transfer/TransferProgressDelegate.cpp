#include "transfer/TransferProgressDelegate.h"

// TransferQueue.h returns a QPointer<RemoteFileSystem> inline and needs the complete type.
#include "RemoteFileSystem.h"
#include "transfer/TransferQueue.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace ferry {

namespace {

constexpr int kMinimumBarWidth = 120;
constexpr int kBarMargin = 2;

} // namespace

void TransferProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    // The row's selection and focus first, as for any other cell.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int progress = index.data(TransferQueue::ProgressRole).toInt();
    const QString done = index.data(Qt::DisplayRole).toString();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(kBarMargin, kBarMargin, -kBarMargin, -kBarMargin);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    // Unknown progress (a folder still being walked) is an empty bar, not a busy animation that never stops.
    bar.maximum = 1000;
    bar.progress = qBound(0, progress, 1000);
    bar.textVisible = true;
    bar.text = progress >= 0 ? tr("%1 % · %2", "percent done, bytes done").arg(progress / 10).arg(done) : done;
    bar.textAlignment = Qt::AlignCenter;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize TransferProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width() + 48, kMinimumBarWidth));
    return size;
}

} // namespace ferry
