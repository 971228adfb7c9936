#include "InstallConnector.h"

#include "AuthPromptDialog.h"
#include "HostKeyDialog.h"

#include <QApplication>
#include <QPointer>

namespace ferry {

namespace {

QWidget* questionParent(const QPointer<QWidget>& fallback)
{
    QWidget* modal = QApplication::activeModalWidget();
    return modal != nullptr ? modal : fallback.data();
}

} // namespace

Connection* InstallConnector::connectionFor(const SessionProfile& profile,
                                            const SessionConnector::Environment& environment, QWidget* fallbackParent)
{
    const SessionConnector::Result prepared = SessionConnector::prepare(profile, environment);
    auto* connection = new Connection(prepared.options);
    if (!prepared.warnings.isEmpty()) {
        connection->log()->append(0, prepared.warnings.join(QLatin1Char('\n')));
    }
    const QPointer<QWidget> fallback(fallbackParent);
    QObject::connect(connection, &Connection::hostKeyQuestion, connection,
                     [connection, fallback](quint64 requestId, const HostKeyInfo& info) {
                         auto* dialog = new HostKeyDialog(info, questionParent(fallback));
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         const QPointer<Connection> target(connection);
                         QObject::connect(dialog, &QDialog::finished, connection, [target, dialog, requestId] {
                             if (target) {
                                 target->answerHostKey(requestId, dialog->decision());
                             }
                         });
                         QObject::connect(connection, &QObject::destroyed, dialog, &QWidget::close);
                         dialog->open();
                     });
    QObject::connect(connection, &Connection::authPrompt, connection,
                     [connection, fallback](quint64 requestId, const AuthPrompt& prompt) {
                         auto* dialog = new AuthPromptDialog(prompt, questionParent(fallback));
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         const QPointer<Connection> target(connection);
                         QObject::connect(dialog, &QDialog::finished, connection,
                                          [target, dialog, requestId](int result) {
                                              if (!target) {
                                                  return;
                                              }
                                              if (result == QDialog::Accepted) {
                                                  target->answerPrompt(requestId, dialog->answers());
                                              } else {
                                                  target->cancelPrompt(requestId);
                                              }
                                          });
                         QObject::connect(connection, &QObject::destroyed, dialog, &QWidget::close);
                         dialog->open();
                     });
    return connection;
}

InstallKeyDialog::ConnectionFactory InstallConnector::factory(const SessionConnector::Environment& environment,
                                                              QWidget* fallbackParent)
{
    const QPointer<QWidget> fallback(fallbackParent);
    return [environment, fallback](const SessionProfile& profile) {
        return connectionFor(profile, environment, fallback.data());
    };
}

} // namespace ferry
