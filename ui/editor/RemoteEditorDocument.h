#pragma once

#include "SftpAttributes.h"
#include "editor/EditorDocument.h"

#include <QPointer>

namespace ferry {

class RemoteFileSystem;
class SftpOperation;

// A remote file in the editor: saving goes through the SFTP engine's atomic write (a temporary name renamed
// over the file, its permissions kept), which refuses when the file changed on the server since it was read
// (or last saved) unless the user said to overwrite it.
class RemoteEditorDocument : public EditorDocument {
    Q_OBJECT
public:
    // attributes: the file's as read with the content the editor shows.
    RemoteEditorDocument(RemoteFileSystem* fileSystem, const QString& path, const QString& host,
                         const SftpAttributes& attributes, QObject* parent = nullptr);
    ~RemoteEditorDocument() override;

    QString path() const override { return m_path; }
    QString host() const override { return m_host; }
    void save(const QByteArray& content, bool overwriteChangedFile) override;
    SftpAttributes attributes() const { return m_attributes; }

private:
    void onSaveFinished();

    QPointer<RemoteFileSystem> m_fileSystem;
    QString m_path;
    QString m_host;
    SftpAttributes m_attributes;
    SftpOperation* m_saving = nullptr;
};

} // namespace ferry
