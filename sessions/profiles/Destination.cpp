#include "Destination.h"

#include <QUrl>

namespace ferry {

bool Destination::parsePort(const QString& text, int* port)
{
    if (text.isEmpty() || text.size() > 5) {
        return false;
    }
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    const int value = text.toInt();
    if (value < 1 || value > 65535) {
        return false;
    }
    *port = value;
    return true;
}

bool Destination::parse(const QString& text, Destination* destination, QString* error)
{
    *destination = Destination();
    for (const QChar c : text) {
        if (c.isSpace()) {
            *error = tr("A destination has no spaces in it: %1").arg(text);
            return false;
        }
    }
    if (text.contains(QLatin1String("://"))) {
        return parseUrl(text, destination, error);
    }
    QString rest = text;
    const int at = text.lastIndexOf(QLatin1Char('@'));
    if (at == 0) {
        *error = tr("No user name before '@' in %1").arg(text);
        return false;
    }
    if (at > 0) {
        destination->user = text.left(at);
        rest = text.mid(at + 1);
    }

    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        const QString after = close < 0 ? QString() : rest.mid(close + 1);
        if (close < 0 || (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))) {
            *error = tr("Not a valid destination: %1").arg(text);
            return false;
        }
        destination->host = rest.mid(1, close - 1);
        if (!after.isEmpty()) {
            portText = after.mid(1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        const int colon = rest.indexOf(QLatin1Char(':'));
        destination->host = rest.left(colon);
        portText = rest.mid(colon + 1);
    } else {
        // No colon, or several: an IPv6 address written without a port.
        destination->host = rest;
    }

    if (destination->host.isEmpty()) {
        *error = tr("No host name in %1").arg(text);
        return false;
    }
    if (destination->host.contains(QLatin1Char('/')) || destination->host.contains(QLatin1Char('['))
        || destination->host.contains(QLatin1Char(']'))) {
        *error = tr("Not a valid destination: %1").arg(text);
        return false;
    }
    const bool portWritten = !portText.isEmpty() || rest.endsWith(QLatin1Char(':'));
    if (portWritten && !parsePort(portText, &destination->port)) {
        *error = tr("Not a valid port in %1").arg(text);
        return false;
    }
    return true;
}

bool Destination::parseUrl(const QString& text, Destination* destination, QString* error)
{
    const QString scheme = text.left(text.indexOf(QLatin1String("://")));
    if (scheme.compare(QLatin1String("ssh"), Qt::CaseInsensitive) != 0) {
        *error = tr("Ferry opens ssh:// URLs, not %1://: %2").arg(scheme, text);
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = text.count(QLatin1Char('@')) > 1
                     ? tr("Not a valid ssh:// URL: %1 (an '@' in the user name is written %2)")
                           .arg(text, QStringLiteral("%40"))
                     : tr("Not a valid ssh:// URL: %1").arg(text);
        return false;
    }
    const QString authority = url.authority(QUrl::FullyEncoded);
    if (!url.password(QUrl::FullyEncoded).isEmpty() || authority.contains(QLatin1String(":@"))) {
        *error = tr("A password in an ssh:// URL is not used; Ferry asks for it when the server wants one: %1")
                     .arg(url.toDisplayString(QUrl::RemovePassword));
        return false;
    }
    // The SSH URI draft allows ";fingerprint=..." and other parameters after the user name; accepting the
    // URL without honouring them would pretend a check that does not happen.
    if (url.userName(QUrl::FullyEncoded).contains(QLatin1Char(';'))) {
        *error = tr("Connection parameters (after ';') in ssh:// URLs are not supported: %1").arg(text);
        return false;
    }
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment()) {
        *error = tr("An ssh:// URL names only [user@]host[:port]; Ferry cannot open the rest of %1").arg(text);
        return false;
    }
    if (url.userInfo(QUrl::FullyEncoded).isEmpty() && authority.startsWith(QLatin1Char('@'))) {
        *error = tr("No user name before '@' in %1").arg(text);
        return false;
    }
    destination->user = url.userName(QUrl::FullyDecoded);
    destination->host = url.host(QUrl::FullyDecoded);
    if (destination->host.isEmpty()) {
        *error = tr("No host name in %1").arg(text);
        return false;
    }
    if (url.port() != -1 && !parsePort(QString::number(url.port()), &destination->port)) {
        *error = tr("Not a valid port in %1").arg(text);
        return false;
    }
    return true;
}

} // namespace ferry
