#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QToolButton;

namespace ferry {

// A message across the top of the window that does not block: something the user should know (their
// sessions file was unreadable and was set aside) but need not answer. It stays until closed.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning };

    explicit NoticeBar(QWidget* parent = nullptr);

    // Several notices in a row are all kept, one paragraph each, so none is lost.
    void showNotice(const QString& message, Kind kind);
    // Empty while the bar is closed.
    QString text() const;
    QToolButton* closeButton() const { return m_close; }

signals:
    void closed();

private:
    void dismiss();

    QLabel* m_label = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace ferry
