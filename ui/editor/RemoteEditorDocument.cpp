#include "editor/RemoteEditorDocument.h"

#include "RemoteFileSystem.h"
#include "SftpOperation.h"

namespace ferry {

RemoteEditorDocument::RemoteEditorDocument(RemoteFileSystem* fileSystem, const QString& path, const QString& host,
                                           const SftpAttributes& attributes, QObject* parent)
    : EditorDocument(parent)
    , m_fileSystem(fileSystem)
    , m_path(path)
    , m_host(host)
    , m_attributes(attributes)
{
}

RemoteEditorDocument::~RemoteEditorDocument()
{
    delete m_saving;
}

void RemoteEditorDocument::save(const QByteArray& content, bool overwriteChangedFile)
{
    if (!m_fileSystem || m_fileSystem->isClosed()) {
        emit saveFailed(tr("The connection to %1 is closed; the file was not saved.").arg(m_host));
        return;
    }
    delete m_saving;
    m_saving = m_fileSystem->writeFile(m_path, content, m_attributes, overwriteChangedFile);
    connect(m_saving, &SftpOperation::finished, this, &RemoteEditorDocument::onSaveFinished);
}

void RemoteEditorDocument::onSaveFinished()
{
    SftpOperation* op = m_saving;
    m_saving = nullptr;
    op->deleteLater();
    const SftpError error = op->error();
    if (error.kind == SftpError::Kind::Refused && error.refusal == SftpError::Refusal::RemoteChanged) {
        emit changedOnServer();
        return;
    }
    if (error.isError()) {
        emit saveFailed(error.message());
        return;
    }
    // What was written is now what the next save compares against.
    m_attributes = op->attributes();
    emit saved();
}

} // namespace ferry
