#include "SftpEntry.h"

#include <QCoreApplication>
#include <QList>

namespace ferry {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SftpEntry)
};

} // namespace

QString SftpEntry::nameProblem(const QByteArray& rawName)
{
    if (rawName.isEmpty()) {
        return Tr::tr("the server sent an empty name");
    }
    if (rawName == "." || rawName == "..") {
        return Tr::tr("the name \"%1\" points outside the folder").arg(QString::fromLatin1(rawName));
    }
    for (const char c : rawName) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '/') {
            return Tr::tr("the name contains a slash");
        }
        if (u == 0) {
            return Tr::tr("the name contains a NUL byte");
        }
        if (u < 0x20 || u == 0x7f) {
            return Tr::tr("the name contains a control character");
        }
    }
    return QString();
}

bool SftpEntry::parseLongName(const QByteArray& longName, QString* owner, QString* group)
{
    // "-rw-r--r--    1 user     group        1234 Jan  1 12:00 name": owner and group are the third
    // and fourth fields; anything else is not trusted to be a listing.
    const QList<QByteArray> fields = longName.simplified().split(' ');
    if (fields.size() < 5 || fields.at(0).size() < 10) {
        return false;
    }
    const char type = fields.at(0).at(0);
    if (QByteArray("-dlcbps").indexOf(type) < 0) {
        return false;
    }
    *owner = QString::fromUtf8(fields.at(2));
    *group = QString::fromUtf8(fields.at(3));
    return true;
}

QByteArray SftpEntry::joinPath(const QByteArray& dir, const QByteArray& name)
{
    if (dir.isEmpty()) {
        return name;
    }
    if (dir.endsWith('/')) {
        return dir + name;
    }
    return dir + '/' + name;
}

QString SftpEntry::joinPath(const QString& dir, const QString& name)
{
    if (dir.isEmpty()) {
        return name;
    }
    if (dir.endsWith(QLatin1Char('/'))) {
        return dir + name;
    }
    return dir + QLatin1Char('/') + name;
}

} // namespace ferry
