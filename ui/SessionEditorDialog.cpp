#include "SessionEditorDialog.h"

#include "SessionAuthPage.h"
#include "SessionConnectionPage.h"
#include "SessionTerminalPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry {

namespace {

QLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette colors = label->palette();
    colors.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(colors);
    label->hide();
    return label;
}

// A field with its message right below it; the message takes no room while it is hidden.
QWidget* withMessage(QWidget* field, QLabel* message, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

void setMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SessionEditorDialog::SessionEditorDialog(const SessionProfile& profile, const QStringList& folders,
                                         const QStringList& takenPaths, QWidget* parent)
    : QDialog(parent)
    , m_original(profile)
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sessionEditor"));
    setWindowTitle(profile.name.isEmpty() ? tr("New Session") : tr("Edit Session – %1").arg(profile.name));
    for (const QString& path : takenPaths) {
        m_takenPaths.insert(path);
    }

    m_authPage = new SessionAuthPage(this);
    m_connectionPage = new SessionConnectionPage(this);
    m_terminalPage = new SessionTerminalPage(this);
    m_tabs->addTab(createGeneralPage(), tr("&General"));
    m_tabs->addTab(m_authPage, tr("&Authentication"));
    m_tabs->addTab(m_connectionPage, tr("&Connection"));
    m_tabs->addTab(m_terminalPage, tr("&Terminal"));
    m_tabs->addTab(createNotesPage(), tr("N&otes"));

    m_name->setText(profile.name);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setCurrentText(profile.folder);
    m_host->setText(profile.host);
    m_port->setText(QString::number(profile.port));
    m_user->setText(profile.user);
    m_notes->setPlainText(profile.notes);
    m_authPage->load(profile);
    m_connectionPage->load(profile);
    m_terminalPage->load(profile);

    m_summary = messageLabel(QStringLiteral("summaryMessage"), this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_valid) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_name, m_host, m_port, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &SessionEditorDialog::validate);
    }
    connect(m_folder, &QComboBox::currentTextChanged, this, &SessionEditorDialog::validate);
    connect(m_authPage, &SessionAuthPage::changed, this, &SessionEditorDialog::validate);
    connect(m_connectionPage, &SessionConnectionPage::changed, this, &SessionEditorDialog::validate);
    connect(m_terminalPage, &SessionTerminalPage::changed, this, &SessionEditorDialog::validate);
    validate();

    // A new session starts at its name; an existing one at the host, the field most often changed.
    (profile.name.isEmpty() ? m_name : m_host)->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 480)));
}

SessionEditorDialog::~SessionEditorDialog() = default;

QWidget* SessionEditorDialog::createGeneralPage()
{
    auto* page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_folder = new QComboBox(page);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->setToolTip(tr("Subfolders are separated by '/', for example Work/Servers. Empty: the top level."));
    m_host = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("host name or address"));
    m_port = new QLineEdit(page);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setMaxLength(5);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("from ssh_config, else your local user name"));

    m_nameMessage = messageLabel(QStringLiteral("nameMessage"), page);
    m_hostMessage = messageLabel(QStringLiteral("hostMessage"), page);
    m_portMessage = messageLabel(QStringLiteral("portMessage"), page);

    auto* form = new QFormLayout(page);
    form->addRow(tr("&Name:"), withMessage(m_name, m_nameMessage, page));
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("&Host:"), withMessage(m_host, m_hostMessage, page));
    form->addRow(tr("&Port:"), withMessage(m_port, m_portMessage, page));
    form->addRow(tr("&User:"), m_user);
    return page;
}

QWidget* SessionEditorDialog::createNotesPage()
{
    auto* page = new QWidget(this);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Anything worth remembering about this server."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_notes);
    return page;
}

QString SessionEditorDialog::hostText() const
{
    QString host = m_host->text().trimmed();
    // An IPv6 address pasted the way ssh and URLs write it, in brackets, is stored without them.
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    return host;
}

SessionProfile SessionEditorDialog::profile() const
{
    SessionProfile result = m_original;
    result.name = m_name->text().trimmed();
    result.folder = SessionProfile::normalizedFolder(m_folder->currentText());
    result.host = hostText();
    bool ok = false;
    const int port = m_port->text().trimmed().toInt(&ok);
    result.port = ok && port > 0 && port <= 65535 ? quint16(port) : 0;
    result.user = m_user->text().trimmed();
    result.notes = m_notes->toPlainText();
    m_authPage->save(&result);
    m_connectionPage->save(&result);
    m_terminalPage->save(&result);
    return result;
}

QStringList SessionEditorDialog::problems() const
{
    QStringList all;
    for (const QLabel* label : {m_nameMessage, m_hostMessage, m_portMessage, m_summary}) {
        if (!label->text().isEmpty()) {
            all << label->text();
        }
    }
    return all;
}

QPushButton* SessionEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SessionEditorDialog::validate()
{
    const SessionProfile current = profile();

    QString nameProblem;
    if (current.name.isEmpty()) {
        nameProblem = tr("Give the session a name.");
    } else if (current.name.contains(QLatin1Char('/'))) {
        nameProblem = tr("A name cannot contain '/': it separates folders.");
    } else if (m_takenPaths.contains(current.path())) {
        nameProblem = current.folder.isEmpty()
                          ? tr("There is already a session named \"%1\".").arg(current.name)
                          : tr("There is already a session named \"%1\" in %2.").arg(current.name, current.folder);
    }

    QString hostProblem;
    const QString host = hostText();
    if (host.isEmpty()) {
        hostProblem = tr("Type the host name or address to connect to.");
    } else if (host.contains(QLatin1Char('@'))) {
        hostProblem = tr("Put the user name in the User field, not in the host.");
    } else if (std::any_of(host.cbegin(), host.cend(), [](QChar c) { return c.isSpace(); })) {
        hostProblem = tr("A host name has no spaces in it.");
    }

    QString portProblem;
    bool ok = false;
    const int port = m_port->text().trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        portProblem = tr("The port is a number from 1 to 65535 (SSH's usual port is 22).");
    }

    setMessage(m_nameMessage, nameProblem);
    setMessage(m_hostMessage, hostProblem);
    setMessage(m_portMessage, portProblem);

    // The profile's own checks cover the other tabs; shown once the general fields are right, so the same
    // mistake is not reported twice.
    QStringList rest;
    if (nameProblem.isEmpty() && hostProblem.isEmpty() && portProblem.isEmpty()) {
        rest = current.validate();
    }
    setMessage(m_summary, rest.join(QLatin1Char('\n')));

    m_valid = nameProblem.isEmpty() && hostProblem.isEmpty() && portProblem.isEmpty() && rest.isEmpty();
    okButton()->setEnabled(m_valid);
}

} // namespace ferry
