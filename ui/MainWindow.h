#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace ferry {

class ConnectionTab;
struct ConnectionOptions;

// Ferry's main window: one tab per connection with its terminal, and a status bar saying what the
// current tab's connection is doing, to whom and with which cipher.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a tab, connects it and makes it current. The tab owns the connection.
    ConnectionTab* openTerminal(const ConnectionOptions& options);

    ConnectionTab* currentTab() const;
    ConnectionTab* tabAt(int index) const;
    int tabCount() const;
    QString statusStateText() const;
    QString statusHostText() const;
    QString statusCipherText() const;

signals:
    // The first remote output in any tab since the window was created.
    void firstRemoteOutput();
    void connectionFailed(const QString& message);

private:
    void createMenus();
    void closeTab(int index);
    void updateStatus();
    void showAbout();

    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_hostLabel = nullptr;
    QLabel* m_cipherLabel = nullptr;
    bool m_outputSeen = false;
};

} // namespace ferry
