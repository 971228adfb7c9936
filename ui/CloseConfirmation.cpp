#include "CloseConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace ferry {

QMessageBox* openCloseConfirmation(QWidget* parent, const QString& title, const QString& text,
                                   const QString& informativeText, const QString& closeLabel,
                                   std::function<void()> onClose)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("closeConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(informativeText);
    QPushButton* closeButton = box->addButton(closeLabel, QMessageBox::AcceptRole);
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
    return box;
}

} // namespace ferry
