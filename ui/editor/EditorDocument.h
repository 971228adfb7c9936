#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace ferry {

// The file an editor window edits, wherever it lives. The SFTP side implements it for a remote file: it
// knows where the file came from and writes it back (to a temporary name, then renamed over the original,
// permissions kept). The editor knows only this interface, so it can be tested without a server.
class EditorDocument : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The full path, shown in the window and used to choose the highlighting.
    virtual QString path() const = 0;
    // Where the file lives as the user names it ("alice@example.org"); empty for a local file.
    virtual QString host() const = 0;

    // Starts writing content (UTF-8, line endings as the file had them). Ends with exactly one of saved(),
    // saveFailed() or changedOnServer(). When overwriteChangedFile is false, a file changed by someone else
    // since it was opened is left alone and changedOnServer() is emitted; when true, it is replaced.
    virtual void save(const QByteArray& content, bool overwriteChangedFile) = 0;

    // The last part of path().
    QString fileName() const;

signals:
    void saved();
    void saveFailed(const QString& message);
    void changedOnServer();
};

} // namespace ferry
