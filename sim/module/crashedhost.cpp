// The bytes a crashed host had sent: docs/uxsim.md "A crashed host's leftovers".

#include "crashedhost.h"

#include "edm/edmframe.h"

#include <QCoreApplication>

namespace uxsim::crashedhost {

namespace {
// A throw-away self-signed P-256 certificate (CN "uxsim crashed host"); public, no key anywhere.
const char kCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                            "MIIBkDCCATegAwIBAgIUbN6IXx+thmcr78MKQ9NYbP6BoAgwCgYIKoZIzj0EAwIw\n"
                            "HTEbMBkGA1UEAwwSdXhzaW0gY3Jhc2hlZCBob3N0MCAXDTI2MTIwMTE1NTE0NVoY\n"
                            "DzIxMjYxMTA3MTU1MTQ1WjAdMRswGQYDVQQDDBJ1eHNpbSBjcmFzaGVkIGhvc3Qw\n"
                            "WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASGTtDVASfloFkhPVhDOMfjOdylSPrh\n"
                            "zcgRzPyNxjE/96QOeGaA8kpd3HeI3WqYD5jPsZqw9e/YMwgYAr9dQisso1MwUTAd\n"
                            "BgNVHQ4EFgQUQY0GC6XM21T9mhYk7Hw3sb9NF1cwHwYDVR0jBBgwFoAUQY0GC6XM\n"
                            "21T9mhYk7Hw3sb9NF1cwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBE\n"
                            "AiBJlW2rjWa0JTTlSCQG7rwvPlL5DICM3otTWyE3UKTCLwIgZfhDjb+ku5ZM2ObL\n"
                            "OHyBTYaXCZYvj5QFrbTWH9NIqY0=\n"
                            "-----END CERTIFICATE-----\n";

enum class Mode
{
    Command,
    Edm,
    Data
};

// One AT command line (plus the bytes that follow it) as the host sends it in @p mode; EDM AT
// requests carry at most 200 bytes each, as ubxlib sends them.
QByteArray line(Mode mode, const QByteArray &text)
{
    if (mode != Mode::Edm)
        return text;
    QByteArray out;
    for (qsizetype off = 0; off < text.size(); off += 200)
        out += edm::Frame::atRequest(text.mid(off, 200)).encode();
    return out;
}

QByteArray upload(Mode mode, qsizetype bytes)
{
    const QByteArray cert(kCertificate);
    return line(mode, "AT+USECMNG=0,0,crashed.pem," + QByteArray::number(cert.size()) + "\r") +
           line(mode, cert.left(bytes));
}
} // namespace

QStringList kinds()
{
    return {QStringLiteral("answer"), QStringLiteral("upload"), QStringLiteral("edm"), QStringLiteral("data")};
}

QByteArray certificate()
{
    return QByteArray(kCertificate);
}

QByteArray certificateMd5()
{
    return "3739ED999341B3C7411CAD1AFE38E136";
}

QByteArray prelude(const QStringList &steps, QString *error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("uxsim", text); };
    Mode mode = Mode::Command;
    QByteArray out;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString &step = steps[i];
        if (!kinds().contains(step)) {
            *error = tr("--crashed-host %1: unknown (known: %2)").arg(step, kinds().join(u", "));
            return {};
        }
        if (mode == Mode::Data) {
            *error = tr("--crashed-host %1 after data: a module in data mode takes no commands").arg(step);
            return {};
        }
        if (step == u"edm" && mode == Mode::Edm) {
            *error = tr("--crashed-host edm twice: the module is in EDM already");
            return {};
        }
        if (step == u"answer") {
            out += upload(mode, certificate().size()); // complete: its answer is on its way
        } else if (step == u"upload") {
            out += upload(mode, certificate().size() / 2); // half: the module waits for the rest
            if (i != steps.size() - 1) {
                *error = tr("--crashed-host upload must come last: the module eats what follows as data");
                return {};
            }
        } else if (step == u"edm") {
            out += line(mode, "ATO2\r");
            mode = Mode::Edm;
        } else {
            out += line(mode, "ATO1\r");
            mode = Mode::Data;
        }
    }
    return out;
}

} // namespace uxsim::crashedhost
