#include "module/modulestatus.h"

#include "at/atresponse.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ModuleStatus", text);
}
} // namespace

void ModuleStatus::setPeer(const Peer &p)
{
    if (Peer *known = peer(p.handle)) {
        *known = p;
        return;
    }
    peers.append(p);
}

ModuleStatus::Peer *ModuleStatus::peer(int handle)
{
    for (Peer &p : peers) {
        if (p.handle == handle)
            return &p;
    }
    return nullptr;
}

void ModuleStatus::setCertificate(const Certificate &certificate)
{
    for (Certificate &c : certificates) {
        if (c.type == certificate.type && c.name == certificate.name) {
            c = certificate;
            return;
        }
    }
    certificates.append(certificate);
}

QString ModuleStatus::modeText(ModuleLink::Mode mode)
{
    switch (mode) {
    case ModuleLink::Mode::Closed:
        return tr("port closed");
    case ModuleLink::Mode::Unknown:
        return tr("finding the mode");
    case ModuleLink::Mode::Command:
        return tr("command mode");
    case ModuleLink::Mode::Edm:
        return tr("extended data mode (EDM)");
    case ModuleLink::Mode::Restarting:
        return tr("restarting");
    }
    return {};
}

QString ModuleStatus::wifiText(Wifi wifi, int downReason)
{
    switch (wifi) {
    case Wifi::Unknown:
        return tr("not connected");
    case Wifi::Down:
        return downReason < 0 ? tr("disconnected")
                              : tr("disconnected: %1").arg(at::WifiLinkDown::reasonText(downReason));
    case Wifi::Associated:
        return tr("connected, waiting for an IP address");
    case Wifi::Up:
        return tr("connected");
    }
    return {};
}

QString ModuleStatus::peerStateText(PeerState state)
{
    switch (state) {
    case PeerState::Connecting:
        return tr("connecting");
    case PeerState::Connected:
        return tr("connected");
    case PeerState::Closed:
        return tr("closed");
    }
    return {};
}

QString ModuleStatus::certificateCheckText(CertificateCheck check)
{
    switch (check) {
    case CertificateCheck::Matches:
        return tr("MD5 matches");
    case CertificateCheck::Differs:
        return tr("MD5 differs from what was sent");
    case CertificateCheck::NotChecked:
        return tr("not checked");
    }
    return {};
}

QString ModuleStatus::certificateTypeText(int type)
{
    switch (type) {
    case 0:
        return tr("root CA");
    case 1:
        return tr("certificate");
    case 2:
        return tr("private key");
    }
    return QString::number(type);
}
