#include "ConnectionLogDialog.h"

#include "FixedPitchFont.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ferry {

ConnectionLogDialog::ConnectionLogDialog(ConnectionLog* log, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Connection Log: %1").arg(title));
    m_view->setObjectName(QStringLiteral("logText"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(fixedPitchFont());
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    connect(m_copy, &QPushButton::clicked, this, &ConnectionLogDialog::copyAll);
    connect(m_save, &QPushButton::clicked, this, &ConnectionLogDialog::askWhereToSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    setLog(log);
}

void ConnectionLogDialog::setLog(ConnectionLog* log)
{
    if (m_log) {
        disconnect(m_log, nullptr, this, nullptr);
    }
    m_log = log;
    m_view->clear();
    if (!log) {
        return;
    }
    QStringList lines;
    const QVector<ConnectionLog::Line> existing = log->lines();
    lines.reserve(existing.size());
    for (const ConnectionLog::Line& line : existing) {
        lines.append(format(line));
    }
    m_view->setPlainText(lines.join(QLatin1Char('\n')));
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    connect(log, &ConnectionLog::lineAdded, this, &ConnectionLogDialog::appendLine);
}

QString ConnectionLogDialog::text() const
{
    return m_view->toPlainText();
}

bool ConnectionLogDialog::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray bytes = (text() + QLatin1Char('\n')).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

void ConnectionLogDialog::appendLine(const ConnectionLog::Line& line)
{
    // Follow new lines only when the user is at the end already, so reading older ones is not disturbed.
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_view->appendPlainText(format(line));
    if (atEnd) {
        bar->setValue(bar->maximum());
    }
}

void ConnectionLogDialog::copyAll()
{
    QApplication::clipboard()->setText(text());
}

void ConnectionLogDialog::askWhereToSave()
{
    auto* chooser = new QFileDialog(this, tr("Save Connection Log"), QDir::homePath(), tr("Text files (*.txt)"));
    chooser->setObjectName(QStringLiteral("saveLogChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("txt"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (!saveTo(path, &error)) {
            auto* box =
                new QMessageBox(QMessageBox::Warning, tr("Save Connection Log"), error, QMessageBox::Close, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    chooser->open();
}

QString ConnectionLogDialog::format(const ConnectionLog::Line& line)
{
    return line.time.toString(QStringLiteral("hh:mm:ss.zzz ")) + line.text;
}

} // namespace ferry
