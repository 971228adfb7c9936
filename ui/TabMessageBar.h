#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ferry {

// The bar above a tab's terminal: how far the connection got, how the shell ended, or why the connection
// failed, with the action that helps (Reconnect) and, for failures, a way to the connection log. It never
// takes the keyboard from the terminal unless tabbed to.
class TabMessageBar : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Progress, Information, Error };

    explicit TabMessageBar(QWidget* parent = nullptr);

    // actionText empty: no action button.
    void showMessage(const QString& text, Kind kind, const QString& actionText = QString());
    void dismiss();
    // Empty while the bar is hidden.
    QString text() const;
    QPushButton* actionButton() const { return m_action; }
    QPushButton* logButton() const { return m_log; }

signals:
    void actionClicked();
    void logRequested();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_action = nullptr;
    QPushButton* m_log = nullptr;
};

} // namespace ferry
