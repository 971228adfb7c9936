#include "ssh/ConnectionLog.h"

#include <QSignalSpy>
#include <QTest>

using namespace ferry;

class TestConnectionLog : public QObject {
    Q_OBJECT
private slots:
    void keepsOrderAndCapacity()
    {
        ConnectionLog log(3);
        QSignalSpy added(&log, &ConnectionLog::lineAdded);
        for (int i = 1; i <= 5; ++i) {
            log.append(0, QStringLiteral("line %1").arg(i));
        }
        QCOMPARE(added.size(), 5);
        const auto lines = log.lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).text, QStringLiteral("line 3"));
        QCOMPARE(lines.at(2).text, QStringLiteral("line 5"));
        QVERIFY(!log.contains(QStringLiteral("line 1")));
        QVERIFY(log.toText().endsWith(QStringLiteral("line 5\n")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionLog)
#include "tst_connectionlog.moc"
