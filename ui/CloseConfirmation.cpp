#include "CloseConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace ferry {

void CloseConfirmation::request(QWidget* parent, bool needed, const Texts& texts, std::function<void()> onClose)
{
    if (!needed) {
        onClose();
        return;
    }
    if (m_box) {
        m_box->raise();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, texts.title, texts.text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("closeConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(texts.informativeText);
    QPushButton* closeButton = box->addButton(texts.closeLabel, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(closeButton);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, closeButton, onClose = std::move(onClose)] {
        if (box->clickedButton() == closeButton) {
            onClose();
        }
    });
    box->open();
    m_box = box;
}

QMessageBox* CloseConfirmation::box() const
{
    return m_box;
}

} // namespace ferry
