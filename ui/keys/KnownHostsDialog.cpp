#include "KnownHostsDialog.h"

#include "FixedPitchFont.h"
#include "trust/KnownHostsModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry {

KnownHostsDialog::KnownHostsDialog(const QString& knownHostsPath, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Known Hosts"));
    setObjectName(QStringLiteral("knownHostsDialog"));
    m_model = new KnownHostsModel(this);

    m_path = new QLabel(
        tr("Hosts trusted in %1, shared with the ssh command:").arg(QDir::toNativeSeparators(knownHostsPath)), this);
    m_path->setWordWrap(true);
    m_path->setTextFormat(Qt::PlainText);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: host name, [host]:port or SHA256:… (finds hashed entries too)"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("knownHostsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAlternatingRowColors(true);

    auto* certificateNote = new QLabel(
        tr("Host certificates (@cert-authority lines) are listed, but Ferry does not use them to check hosts: the "
           "SSH library it is built on (libssh 0.10) cannot verify host certificates. Such hosts are asked about "
           "like unknown hosts."),
        this);
    certificateNote->setObjectName(QStringLiteral("certificateNote"));
    certificateNote->setWordWrap(true);
    QFont small = certificateNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    certificateNote->setFont(small);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_reload = buttons->addButton(tr("Re&load"), QDialogButtonBox::ActionRole);
    m_reload->setObjectName(QStringLiteral("reload"));
    for (QPushButton* button : {m_remove, m_reload}) {
        button->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &KnownHostsDialog::askRemove);
    connect(m_reload, &QPushButton::clicked, this, &KnownHostsDialog::reload);
    connect(m_search, &QLineEdit::textChanged, m_model, &KnownHostsModel::setSearchText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KnownHostsDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KnownHostsDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_path);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(certificateNote);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    QString error;
    m_readable = m_model->load(knownHostsPath, &error);
    if (!m_readable) {
        showMessage(error, true);
    } else if (!m_model->warnings().isEmpty()) {
        showMessage(tr("Lines that are not host entries were skipped (and are kept as they are): %1")
                        .arg(m_model->warnings().join(QStringLiteral("; "))),
                    false);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(KnownHostsModel::HostsColumn,
                            std::min(m_table->columnWidth(KnownHostsModel::HostsColumn), 320));
    updateButtons();
    resize(1100, 500);
}

void KnownHostsDialog::reload()
{
    QString error;
    m_readable = m_model->reload(&error);
    showMessage(m_readable ? QString() : error, !m_readable);
    updateButtons();
}

QString KnownHostsDialog::messageText() const
{
    return m_message->text();
}

void KnownHostsDialog::askRemove()
{
    if (m_confirmation) {
        m_confirmation->raise();
        return;
    }
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        rows.append(index.row());
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end());
    QStringList what;
    for (const int row : std::as_const(rows)) {
        const KnownHostsEntry entry = m_model->entry(row);
        const QString hosts = entry.isHashed() ? tr("a hashed host name") : entry.hostPatterns;
        what << tr("line %1: %2 %3 %4")
                    .arg(entry.lineNumber)
                    .arg(entry.marker.isEmpty() ? hosts : entry.marker + QLatin1Char(' ') + hosts, entry.keyType,
                         KnownHosts::sha256Fingerprint(entry.keyBlob));
    }
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Remove Known Hosts"),
                        tr("Remove %n entry(s) from the known hosts file?", nullptr, static_cast<int>(rows.size())),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setInformativeText(what.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            tr("Ferry and ssh will ask again before trusting these hosts."));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, rows](int result) {
        if (result == QMessageBox::Yes) {
            removeRows(rows);
        }
    });
    m_confirmation = box;
    box->open();
}

void KnownHostsDialog::removeRows(const QList<int>& rows)
{
    QString error;
    const int removed = m_model->removeEntries(rows, &error);
    if (removed < 0) {
        showMessage(tr("Nothing was removed: %1").arg(error), true);
    } else {
        showMessage(tr("%n line(s) removed from %1.", nullptr, removed).arg(m_model->path()), false);
    }
    updateButtons();
}

void KnownHostsDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb0, 0x1c, 0x1c) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void KnownHostsDialog::updateButtons()
{
    m_remove->setEnabled(m_readable && m_table->selectionModel()->hasSelection());
    m_search->setEnabled(m_readable);
}

} // namespace ferry
