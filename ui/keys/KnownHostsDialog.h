#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QString>

class QLabel;
class QLineEdit;

class QPushButton;
class QTableView;

namespace ferry {

class KnownHostsModel;

// The known hosts manager: the entries of OpenSSH's known_hosts file (markers, host patterns, hashed names
// shown as hashed, ports, key types, fingerprints), a search by host name that also finds hashed entries, and
// removal after a confirmation naming what goes. Every line not removed stays byte for byte; a file that
// cannot be read is reported and never written. Non-modal: show() it.
class KnownHostsDialog : public QDialog {
    Q_OBJECT
public:
    explicit KnownHostsDialog(const QString& knownHostsPath, QWidget* parent = nullptr);

    void reload();

    KnownHostsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QPushButton* removeButton() const { return m_remove; }
    // The removal question while it is open, else null.
    QMessageBox* confirmation() const { return m_confirmation; }
    // The line under the table: what went, or why the file cannot be read.
    QString messageText() const;

private:
    void askRemove();
    void removeRows(const QList<int>& rows);
    void showMessage(const QString& text, bool error);
    void updateButtons();

    KnownHostsModel* m_model = nullptr;
    QLabel* m_path = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_reload = nullptr;
    QPointer<QMessageBox> m_confirmation;
    bool m_readable = false;
};

} // namespace ferry
