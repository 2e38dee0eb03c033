#pragma once

#include "edm/edmframe.h"
#include "link/trafficrecord.h"

#include <QList>

/// A constructed session shaped like the seed log (uconnectxpress-protocol.md §6), for the
/// traffic exporter and inspector tests. Times are wall-clock milliseconds from @p base.
namespace trafficsession {

inline TrafficRecord frame(qint64 ms, TrafficRecord::Direction dir, const edm::Frame &f, int slot = 1,
                           const QString &step = QStringLiteral("wifi"))
{
    TrafficRecord r;
    r.wallMs = 1700000000000 + ms;
    r.monotonicNs = ms * 1000000;
    r.direction = dir;
    r.kind = TrafficRecord::Kind::EdmFrame;
    r.raw = f.encode();
    r.edmId = f.id();
    r.channel = f.channel() ? int(*f.channel()) : -1;
    r.slot = slot;
    r.step = step;
    const QString name = edm::packetTypeName(f.id());
    r.summary = edm::isAtPacket(f.id()) ? name + u' ' + QString::fromLatin1(f.text().toByteArray()).trimmed() : name;
    return r;
}

inline TrafficRecord line(qint64 ms, TrafficRecord::Direction dir, const QByteArray &text, int slot = 1)
{
    TrafficRecord r;
    r.wallMs = 1700000000000 + ms;
    r.monotonicNs = ms * 1000000;
    r.direction = dir;
    r.kind = TrafficRecord::Kind::AtLine;
    r.raw = text;
    r.slot = slot;
    r.step = QStringLiteral("boot");
    r.summary = QString::fromLatin1(text).trimmed();
    return r;
}

inline QList<TrafficRecord> seedLike()
{
    using D = TrafficRecord::Direction;
    edm::ConnectEvent ce;
    ce.channel = 0;
    ce.kind = edm::ConnectEvent::Kind::Ipv4;
    ce.protocol = 2;
    ce.remoteAddress = QByteArray("\x14\x2B\x2C\xA4", 4);
    ce.remotePort = 8883;
    ce.localAddress = QByteArray(4, '\0');
    QList<TrafficRecord> s;
    s << line(0, D::ToModule, "AT+UFACTORY\r");
    s << line(382, D::FromModule, "+STARTUP");
    s << frame(14076, D::ToModule, edm::Frame::atRequest("AT+UWSC=0,5,2\r"));
    s << frame(14089, D::FromModule, edm::Frame::atConfirmation("\r\nOK\r\n"));
    s << frame(17017, D::FromModule, edm::Frame::atEvent("\r\n+UUWLE:0,802AA8035ADE,11\r\n"));
    s << frame(22100, D::ToModule, edm::Frame::atRequest("AT+UDCP=mqtt://x\r"), 1, QStringLiteral("dps"));
    s << frame(22440, D::FromModule, edm::Frame::atConfirmation("\r\n+UDCP:2\r\nOK\r\n"), 1, QStringLiteral("dps"));
    s << frame(24712, D::FromModule, edm::Frame::connectEvent(ce), 1, QStringLiteral("dps"));
    s << frame(25726, D::ToModule, edm::Frame::dataCommand(0, R"({"payload":"","registrationId":"ninadps"})"), 1,
               QStringLiteral("dps"));
    s << frame(26168, D::FromModule, edm::Frame::dataEvent(0, R"({"operationId":"5.b08","status":"assigning"})"), 1,
               QStringLiteral("dps"));
    s << frame(27500, D::FromModule, edm::Frame::disconnectEvent(0), 2, QStringLiteral("dps"));
    return s;
}

} // namespace trafficsession
