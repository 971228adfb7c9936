#pragma once

#include <QStyledItemDelegate>

namespace ferry {

// Draws a transfer's progress (TransferQueue::ProgressRole, 0..1000, -1 unknown) as a progress bar with the
// bytes done as its text, in the column it is set on.
class TransferProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ferry
