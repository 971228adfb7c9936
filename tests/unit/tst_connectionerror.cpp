// libssh's connect failures become errors a person understands; the real failures (refused, timeout,
// dropped) are exercised against sshd in tests/integration.
#include "ssh/ConnectionError.h"

#include <QTest>

using namespace ferry;

class TestConnectionError : public QObject {
    Q_OBJECT
private slots:
    void classifiesLibsshMessages_data()
    {
        QTest::addColumn<QString>("libssh");
        QTest::addColumn<int>("kind");
        QTest::newRow("resolve") << QStringLiteral("Failed to resolve hostname nowhere (Name or service not known)")
                                 << int(ConnectionError::Kind::HostNotFound);
        QTest::newRow("refused") << QStringLiteral("Connection refused") << int(ConnectionError::Kind::ConnectionRefused);
        QTest::newRow("unreachable") << QStringLiteral("No route to host")
                                     << int(ConnectionError::Kind::HostUnreachable);
        QTest::newRow("timeout") << QStringLiteral("Timeout connecting to 10.0.0.1")
                                 << int(ConnectionError::Kind::Timeout);
        QTest::newRow("closed") << QStringLiteral("Socket error: disconnected") << int(ConnectionError::Kind::ServerClosed);
        QTest::newRow("protocol") << QStringLiteral("kex error : no match for method server host key algo")
                                  << int(ConnectionError::Kind::ProtocolError);
    }
    void classifiesLibsshMessages()
    {
        QFETCH(QString, libssh);
        QFETCH(int, kind);
        const ConnectionError e = ConnectionError::fromConnectFailure(QStringLiteral("example.org"), 2222, libssh);
        QCOMPARE(int(e.kind), kind);
        QVERIFY(e.isError());
        QCOMPARE(e.detail, libssh);
        QVERIFY(e.message.contains(QLatin1String("example.org")) || kind == int(ConnectionError::Kind::ProtocolError));
    }
};

QTEST_GUILESS_MAIN(TestConnectionError)
#include "tst_connectionerror.moc"
