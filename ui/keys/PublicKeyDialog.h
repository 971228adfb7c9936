#pragma once

#include <QDialog>
#include <QString>

class QPlainTextEdit;
class QPushButton;

namespace ferry {

// A public key in OpenSSH's one-line format, to read and copy (for a server's authorized_keys or a web form).
class PublicKeyDialog : public QDialog {
    Q_OBJECT
public:
    PublicKeyDialog(const QString& keyPath, const QString& publicKeyLine, QWidget* parent = nullptr);

    QString text() const;
    QPushButton* copyButton() const { return m_copy; }

private:
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace ferry
