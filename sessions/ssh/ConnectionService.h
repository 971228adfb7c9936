#pragma once

#include <QObject>
#include <QString>

struct ssh_session_struct;

namespace ferry {

// What the worker offers a service that runs in its thread (the SFTP engine of a higher layer),
// without the sessions library knowing the service.
class ServiceHost {
public:
    virtual ~ServiceHost() = default;
    virtual ssh_session_struct* session() const = 0;
    // Call after writing to the session so pending output is flushed when the socket allows.
    virtual void requestFlush() = 0;
    virtual void log(const QString& line) = 0;
};

// A higher layer's service hosted by a ConnectionWorker. The object is moved to the worker thread;
// all its methods are called there. start() comes once the connection is authenticated (at once if
// it already is), pump() after every turn of input processing, stop() when the connection ends (the
// session's channels are freed right after it returns, so a service frees its own channels in stop()).
// A service that ends before its connection deletes itself with deleteLater(); the worker forgets it
// then, and deletes the services still there when the connection object goes away.
class ConnectionService : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ConnectionService() override = default;

    virtual void start(ServiceHost* host) = 0;
    virtual void pump() = 0;
    virtual void stop(const QString& reason) = 0;
};

} // namespace ferry
