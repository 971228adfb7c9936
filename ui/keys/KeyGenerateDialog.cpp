#include "KeyGenerateDialog.h"

#include "PassphraseFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace ferry {

KeyGenerateDialog::KeyGenerateDialog(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
{
    setWindowTitle(tr("Generate Key"));
    setObjectName(QStringLiteral("generateKeyDialog"));
    auto* form = new QFormLayout;
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    const QList<QPair<KeyAlgorithm, QString>> algorithms{
        {KeyAlgorithm::Ed25519, tr("Ed25519 (recommended)")}, {KeyAlgorithm::EcdsaP256, tr("ECDSA P-256")},
        {KeyAlgorithm::EcdsaP384, tr("ECDSA P-384")},         {KeyAlgorithm::EcdsaP521, tr("ECDSA P-521")},
        {KeyAlgorithm::Rsa3072, tr("RSA 3072 bits")},         {KeyAlgorithm::Rsa4096, tr("RSA 4096 bits")},
    };
    for (const auto& algorithm : algorithms) {
        m_algorithm->addItem(algorithm.second, static_cast<int>(algorithm.first));
    }
    form->addRow(tr("&Type:"), m_algorithm);

    m_comment = new QLineEdit(defaultComment(), this);
    m_comment->setObjectName(QStringLiteral("comment"));
    form->addRow(tr("&Comment:"), m_comment);

    m_passphrase =
        new PassphraseFields(form, tr("&Passphrase:"),
                             tr("Without a passphrase, anyone who gets a copy of the file can use the key."), this);

    m_fileName = new QLineEdit(this);
    m_fileName->setObjectName(QStringLiteral("fileName"));
    m_fileName->setText(freeKeyName(m_folder, KeyOperations::defaultFileName(KeyAlgorithm::Ed25519)));
    form->addRow(tr("&File name:"), m_fileName);
    m_fileHint = new QLabel(this);
    m_fileHint->setObjectName(QStringLiteral("fileHint"));
    m_fileHint->setWordWrap(true);
    form->addRow(QString(), m_fileHint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_algorithm, qOverload<int>(&QComboBox::currentIndexChanged), this, &KeyGenerateDialog::onAlgorithmChanged);
    connect(m_fileName, &QLineEdit::textEdited, this, [this] { m_fileNameEdited = true; });
    connect(m_fileName, &QLineEdit::textChanged, this, &KeyGenerateDialog::validate);
    connect(m_passphrase, &PassphraseFields::changed, this, &KeyGenerateDialog::validate);
    validate();
    setMinimumWidth(460);
}

KeyGenerationRequest KeyGenerateDialog::request() const
{
    KeyGenerationRequest request;
    request.algorithm = static_cast<KeyAlgorithm>(m_algorithm->currentData().toInt());
    request.path = QDir(m_folder).filePath(m_fileName->text().trimmed());
    request.comment = m_comment->text();
    request.passphrase = m_passphrase->passphrase();
    return request;
}

QString KeyGenerateDialog::freeKeyName(const QString& folder, const QString& name)
{
    const QDir dir(folder);
    const auto taken = [&dir](const QString& candidate) {
        return QFileInfo::exists(dir.filePath(candidate)) ||
               QFileInfo::exists(dir.filePath(candidate + QStringLiteral(".pub")));
    };
    QString candidate = name;
    for (int n = 2; taken(candidate); ++n) {
        candidate = name + QLatin1Char('_') + QString::number(n);
    }
    return candidate;
}

QString KeyGenerateDialog::defaultComment()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

QString KeyGenerateDialog::fileNameProblem(const QString& folder, const QString& name)
{
    if (name.isEmpty()) {
        return tr("Enter a file name.");
    }
    if (name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))) {
        return tr("The file name cannot contain \"/\" or start with a dot.");
    }
    const QDir dir(folder);
    if (QFileInfo::exists(dir.filePath(name)) || QFileInfo::exists(dir.filePath(name + QStringLiteral(".pub")))) {
        return tr("%1 already exists; Ferry never overwrites a key.").arg(dir.filePath(name));
    }
    return QString();
}

void KeyGenerateDialog::onAlgorithmChanged()
{
    if (!m_fileNameEdited) {
        const auto algorithm = static_cast<KeyAlgorithm>(m_algorithm->currentData().toInt());
        m_fileName->setText(freeKeyName(m_folder, KeyOperations::defaultFileName(algorithm)));
    }
}

void KeyGenerateDialog::validate()
{
    const QString problem = fileNameProblem(m_folder, m_fileName->text().trimmed());
    m_fileHint->setText(problem.isEmpty()
                            ? tr("In %1, with the public key beside it.").arg(QDir::toNativeSeparators(m_folder))
                            : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && m_passphrase->matches());
}

} // namespace ferry
