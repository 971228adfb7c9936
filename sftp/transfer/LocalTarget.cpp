#include "LocalTarget.h"

#include "SftpEntry.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace ferry {

QString LocalTarget::nameProblem(const QByteArray& rawName)
{
    const QString problem = SftpEntry::nameProblem(rawName);
    if (!problem.isEmpty()) {
        return problem;
    }
    if (rawName.contains('\\')) {
        return tr("the name contains a backslash");
    }
    return QString();
}

QString LocalTarget::containmentProblem(const QString& root, const QString& path)
{
    const QString cleanRoot = QDir::cleanPath(QDir(root).absolutePath());
    const QString cleanPath = QDir::cleanPath(QDir(root).absoluteFilePath(path));
    const QString rootSlash = cleanRoot.endsWith(QLatin1Char('/')) ? cleanRoot : cleanRoot + QLatin1Char('/');
    if (!cleanPath.startsWith(rootSlash)) {
        return tr("%1 is outside the target folder %2").arg(path, root);
    }
    const QString realRoot = QFileInfo(cleanRoot).canonicalFilePath();
    const QString realParent = QFileInfo(QFileInfo(cleanPath).path()).canonicalFilePath();
    if (realRoot.isEmpty()) {
        return tr("the target folder %1 does not exist").arg(root);
    }
    if (realParent.isEmpty()) {
        return tr("the folder of %1 does not exist").arg(path);
    }
    const QString realRootSlash = realRoot.endsWith(QLatin1Char('/')) ? realRoot : realRoot + QLatin1Char('/');
    if (realParent != realRoot && !realParent.startsWith(realRootSlash)) {
        return tr("%1 leads out of the target folder %2 through a symbolic link").arg(path, root);
    }
    return QString();
}

QString LocalTarget::makeFolder(const QString& root, const QString& path, quint32 mode, bool* created)
{
    *created = false;
    if (QDir::cleanPath(QDir(root).absolutePath()) != QDir::cleanPath(QDir(root).absoluteFilePath(path))) {
        const QString problem = containmentProblem(root, path);
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), mode & 0777) == 0) {
        *created = true;
        return QString();
    }
    const int error = errno;
    struct stat st {};
    if (error == EEXIST && ::lstat(native.constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            return QString();
        }
        return S_ISLNK(st.st_mode) ? tr("%1 is a symbolic link, not a folder: not followed").arg(path)
                                   : tr("%1 exists and is not a folder").arg(path);
    }
    return tr("cannot create the folder %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

quint32 LocalTarget::safeFileMode(quint32 mode)
{
    return (mode & 0777) | 0400;
}

quint32 LocalTarget::safeFolderMode(quint32 mode)
{
    return (mode & 0777) | 0700;
}

QString LocalTarget::printable(const QByteArray& raw)
{
    // Escaped byte by byte before decoding: a NUL must not end the text, and no control character may
    // reach a terminal or a dialog.
    QByteArray escaped;
    for (const char c : raw.left(200)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            escaped += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            escaped += c;
        }
    }
    if (raw.size() > 200) {
        escaped += "...";
    }
    return QString::fromUtf8(escaped.constData(), escaped.size());
}

} // namespace ferry
