// provstation-cli demo
//
// Until the provisioning engine lands this replays the EDM part of the seed session
// (shared/seeds/001: a NINA-W15 registering with DPS) through the encoder and the parser and
// prints every frame as the decoder sees it.

#include "cli.h"
#include "edm/edmparser.h"

#include <QCoreApplication>

namespace cli {

namespace {
QByteArray seedSession()
{
    using edm::Frame;
    QByteArray s;
    const auto host = [&s](const char *text) { s += Frame::atRequest(QByteArray(text) + '\r').encode(); };
    const auto ok = [&s] { s += Frame::atConfirmation("\r\nOK\r\n").encode(); };
    host("AT+UWSC=0,2,SSID");
    ok();
    host("AT+UWSC=0,5,2");
    ok();
    host("AT+UWSC=0,8,********");
    ok();
    host("AT+UWSCA=0,3");
    ok();
    s += Frame::atEvent("\r\n+UUWLE:0,802AA8035ADE,11\r\n").encode();
    s += Frame::atEvent("\r\n+UUNU:0\r\n").encode();
    s += Frame::atEvent("\r\n+UUNU:0\r\n").encode();
    host("AT+UDCP=mqtt://global.azure-devices-provisioning.net:8883/?client=ninadps&user=0ne0067E45C/"
         "registrations/ninadps/api-version=2019-03-31&pt=$dps/registrations/PUT/iotdps-register/?$rid="
         "{request_id}&st=$dps/registrations/res/#&encr=3&keepAlive=60&ca=ca.pem&cert=cert.pem&privKey=key.pem");
    s += Frame::atConfirmation("\r\n+UDCP:2\r\nOK\r\n").encode();
    edm::ConnectEvent ce;
    ce.protocol = 2;
    ce.remoteAddress = QByteArray::fromHex("142b2ca4");
    ce.remotePort = 8883;
    ce.localAddress = QByteArray(4, '\0');
    s += Frame::connectEvent(ce).encode();
    s += Frame::atEvent("\r\n+UUDPC:2,2,6,0.0.0.0,0,20.43.44.164,8883\r\n").encode();
    s += Frame::dataCommand(0, R"({"payload":"","registrationId":"ninadps"})").encode();
    s += Frame::dataEvent(0, R"({"operationId":"5.b084dab098f0a900.076859d0-7180-40b8-9d06-bf611e398ec0","status":"assigning"})")
             .encode();
    host("AT+UDUV=0,$dps/registrations/GET/iotdps-get-operationstatus/?$rid={request_id}&operationId="
         "5.b084dab098f0a900.076859d0-7180-40b8-9d06-bf611e398ec0");
    ok();
    host("AT+UDCP=mqtt://global.azure-devices-provisioning.net:8883/?client=ninadps&user=0ne0067E45C/"
         "registrations/ninadps/api-version=2019-03-31&pt=%%0&encr=3&keepAlive=60&ca=ca.pem&cert=cert.pem"
         "&privKey=key.pem");
    s += Frame::atConfirmation("\r\n+UDCP:4\r\nOK\r\n").encode();
    ce.channel = 1;
    s += Frame::connectEvent(ce).encode();
    s += Frame::atEvent("\r\n+UUDPC:4,2,6,0.0.0.0,0,20.43.44.164,8883\r\n").encode();
    s += Frame::dataCommand(1, "get operationstatus").encode();
    s += Frame::dataEvent(0, R"({"operationId":"5.b084dab098f0a900.076859d0-7180-40b8-9d06-bf611e398ec0","status":"assigned","registrationState":{"x509":{"enrollmentGroupId":"enrolGroup"},"registrationId":"ninadps","createdDateTimeUtc":"2022-07-04T08:28:35.8694014Z","assignedHub":"leoDPS.azure-devices.net","deviceId":"ninadps","status":"assigned","substatus":"initialAssignment","lastUpdatedDateTimeUtc":"2022-07-04T08:28:36.154464Z","etag":"IjYwMDA4OTJjLTAwMDAtMDEwMC0wMDAwLTYyYzJhNGI0MDAwMCI="}})")
             .encode();
    host("AT+CPWROFF");
    ok();
    return s;
}
} // namespace

int demoCommand(const QStringList &args)
{
    Q_UNUSED(args)
    const QByteArray session = seedSession();
    err() << QCoreApplication::translate("cli", "Decoding the seed session's EDM traffic (%1 bytes):")
                 .arg(session.size())
          << Qt::endl;
    return edmCommand({QStringLiteral("provstation-cli edm"), QStringLiteral("decode"), QStringLiteral("--hex"),
                       QString::fromLatin1(session.toHex())});
}

} // namespace cli
