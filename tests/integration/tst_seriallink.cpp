// ModuleLink through a real QSerialPort on a pseudo-terminal pair (socat). The test plays the
// module on the other end with its own QSerialPort. Unplugging is killing socat.

#include "edm/edmframe.h"
#include "link/modulelink.h"
#include "link/serialtransport.h"
#include "testregistry.h"

#include <QFileInfo>
#include <QProcess>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class SerialLinkTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_socat;
    QString m_hostPath;
    QString m_modulePath;
    std::unique_ptr<QSerialPort> m_module; // the test's end, playing the module

    QByteArray readModule(qsizetype atLeast)
    {
        QByteArray got;
        (void)QTest::qWaitFor(
            [&] {
                got += m_module->readAll();
                return got.size() >= atLeast;
            },
            3000);
        return got;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_hostPath = m_dir.filePath(QStringLiteral("ttyHost"));
        m_modulePath = m_dir.filePath(QStringLiteral("ttyModule"));
        m_socat.start(QStringLiteral("socat"), {QStringLiteral("pty,raw,echo=0,link=") + m_hostPath,
                                                QStringLiteral("pty,raw,echo=0,link=") + m_modulePath});
        QVERIFY2(m_socat.waitForStarted(3000), "socat is required (apt-get install socat)");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_hostPath) && QFileInfo::exists(m_modulePath), 5000);
        m_module = std::make_unique<QSerialPort>(m_modulePath);
        QVERIFY2(m_module->open(QIODevice::ReadWrite), qPrintable(m_module->errorString()));
    }
    void cleanup()
    {
        m_module.reset();
        m_socat.kill();
        m_socat.waitForFinished(3000);
    }

    void commandModeAndEdmOverARealPort()
    {
        ModuleLink link(new SerialTransport({m_hostPath}));
        QVERIFY(!link.open().isError());
        AtReply *probe = link.probe();
        QCOMPARE(readModule(3), QByteArray("AT\r"));
        m_module->write("AT\r\r\nOK\r\n");
        QVERIFY(QSignalSpy(probe, &AtReply::finished).wait(3000) || probe->isFinished());
        QVERIFY2(probe->isOk(), qPrintable(probe->error().message));

        AtReply *edm = link.enterEdm();
        QCOMPARE(readModule(5), QByteArray("ATO2\r"));
        m_module->write(QByteArray("ATO2\r\r\nOK\r\n") + edm::Frame::startEvent().encode());
        QVERIFY(QSignalSpy(edm, &AtReply::finished).wait(3000) || edm->isFinished());
        QVERIFY2(edm->isOk(), qPrintable(edm->error().message));
        QCOMPARE(link.mode(), ModuleLink::Mode::Edm);

        // Binary-safe both ways: 0x00, 0xFF, CR and LF inside frames.
        AtReply *gmm = link.send("AT+GMM");
        const QByteArray request = edm::Frame::atRequest("AT+GMM\r").encode();
        QCOMPARE(readModule(request.size()), request);
        m_module->write(edm::Frame::atConfirmation("\r\n\"NINA-W152\"\r\nOK\r\n").encode());
        QVERIFY(QSignalSpy(gmm, &AtReply::finished).wait(3000) || gmm->isFinished());
        QCOMPARE(gmm->lines(), QList<QByteArray>{"\"NINA-W152\""});

        QSignalSpy data(&link, &ModuleLink::dataReceived);
        const QByteArray binary("\x00\xff\r\n\xaa\x55", 6);
        m_module->write(edm::Frame::dataEvent(0, binary).encode());
        QVERIFY(data.wait(3000));
        QCOMPARE(data[0][1].toByteArray(), binary);
    }

    void unplugMidCommandEndsTheSessionWithAClearError()
    {
        ModuleLink link(new SerialTransport({m_hostPath}));
        QVERIFY(!link.open().isError());
        QSignalSpy lost(&link, &ModuleLink::lost);
        AtReply *r = link.send("AT+GMM", QStringLiteral("identify"), 10s);
        QCOMPARE(readModule(7), QByteArray("AT+GMM\r"));
        m_module.reset();
        m_socat.kill(); // the cable is pulled
        QVERIFY(lost.wait(5000));
        QVERIFY(r->isFinished());
        QCOMPARE(r->error().code, LinkError::Code::PortClosed);
        QVERIFY2(r->error().message.contains(m_hostPath), qPrintable(r->error().message));
        QCOMPARE(link.mode(), ModuleLink::Mode::Closed);
    }

    void aMissingPortIsAClearOpenError()
    {
        ModuleLink link(new SerialTransport({m_dir.filePath(QStringLiteral("nothing-here"))}));
        const LinkError e = link.open();
        QCOMPARE(e.code, LinkError::Code::OpenFailed);
        QVERIFY2(e.message.contains(u"nothing-here"), qPrintable(e.message));
    }

    void aPortInUseIsReportedAsBusy()
    {
        QSerialPort holder(m_hostPath);
        QVERIFY(holder.open(QIODevice::ReadWrite));
        ModuleLink link(new SerialTransport({m_hostPath}));
        const LinkError e = link.open();
        QCOMPARE(e.code, LinkError::Code::PortBusy);
        QVERIFY2(e.message.contains(u"in use"), qPrintable(e.message));
    }
};

PS_REGISTER_TEST(SerialLinkTest);
#include "tst_seriallink.moc"
