// Job: the Wi-Fi steps. The join starts before the uploads and is awaited after them (issue 13);
// staged Wi-Fi stores the customer's network after the cloud steps (issue 17).

#include "provisioning/job.h"
#include "provisioning/job_p.h"

#include "common/logging.h"

#include <QDeadlineTimer>

using namespace std::chrono_literals;
using module::Event;

// -- Wi-Fi ---------------------------------------------------------------------------------------

coro::Task<bool> Job::startWifi()
{
    const bool staged = m_profile.stagedWifi();
    beginStep(Step::Wifi, staged
                              ? tr("starting to join the line network %1 for the test (it is not left on the module)")
                                    .arg(m_profile.wifi.ssid)
                              : tr("starting to join the Wi-Fi network %1").arg(m_profile.wifi.ssid));
    const bool open = m_profile.wifi.security == QLatin1String("open");
    if (!open) {
        if (const QString problem = passphraseProblem(secret(m_profile.wifi.passphraseSecret)); !problem.isEmpty())
            co_return fail(Cause::SecretInvalid, problem);
    }
    // The field passphrase is checked before the line is joined: a bad one found after the cloud
    // steps would waste the registration.
    if (staged && m_profile.wifi.field.security != QLatin1String("open")) {
        if (const QString problem = passphraseProblem(secret(m_profile.wifi.field.passphraseSecret));
            !problem.isEmpty())
            co_return fail(Cause::SecretInvalid, tr("the field network's passphrase: %1").arg(problem));
    }
    // A module provisioned before joins its stored network at start-up; a configuration can only
    // be activated when none is active, so take the old one down first (with a field network, the
    // one activated at start-up is the field configuration). A link that was up goes down with
    // +UUWLD, which is awaited so that it is not taken for the new join's failure; one still
    // joining has no link to lose, and waiting for a +UUWLD then cost 5 s a module (issue 13:
    // every rework of a module restarted from EDM, which is still joining its stored network).
    // A +UUWLD it sends all the same is dropped by activateWifi() with the other stale events.
    using WifiState = module::ModuleClient::WifiState;
    const auto state = co_await m_client->wifiState();
    if (state && *state != WifiState::Disabled) {
        m_client->dropEvents([](const Event &) { return true; });
        bool down = bool(co_await m_client->deactivateWifi(Profile::kLineWifiConfigId));
        if (!down && staged)
            down = bool(co_await m_client->deactivateWifi(m_profile.wifi.field.configId));
        if (down && *state == WifiState::Connected)
            co_await m_client->nextEvent([](const Event &e) { return e.kind == Event::Kind::WifiDown; },
                                         ms(qMin(m_profile.timeouts.wifiMs, 5000)));
    }
    module::WifiSettings s;
    s.configId = Profile::kLineWifiConfigId;
    s.ssid = m_profile.wifi.ssid;
    s.open = open;
    // The line network is never activated at start-up when a field network takes its place; it is
    // stored by persist(), while the module joins, and never when staged.
    s.autoJoin = staged ? false : m_profile.wifi.autoJoin;
    s.store = false;
    if (!open)
        s.passphrase = secret(m_profile.wifi.passphraseSecret);
    const auto configured = co_await m_client->configureWifi(s);
    s.passphrase.fill('\0');
    if (!configured)
        co_return fail(configured.error(), Cause::Wifi);
    const auto activated = co_await m_client->activateWifi();
    if (!activated)
        co_return fail(activated.error(), Cause::Wifi);
    m_wifiClock.start();
    endStep(StepOutcome::Pass, tr("joining while the certificates go up"));
    co_return true;
}

coro::Task<bool> Job::persist()
{
    // Staged Wi-Fi stores the field network instead, after the cloud steps (fieldWifi()).
    if (!m_profile.options.persist || m_profile.stagedWifi())
        co_return true;
    // The Wi-Fi configuration (with auto-join) is what the module must keep; AT&W would store
    // nothing else the station set, and must not store a faster line (docs/profile.md).
    beginStep(Step::Persist, tr("saving the Wi-Fi settings on the module"));
    const auto stored = co_await m_client->storeWifi();
    if (!stored)
        co_return fail(stored.error(), Cause::Wifi);
    endStep();
    co_return true;
}

coro::Task<bool> Job::wifi()
{
    beginStep(Step::Wifi, tr("joining the Wi-Fi network %1").arg(m_profile.wifi.ssid));
    const int attempts = 1 + m_profile.retries.wifi;
    for (int attempt = 1;; ++attempt) {
        QString failure;
        Cause cause = Cause::None;
        // The first attempt was activated by startWifi(); its deadline runs from then.
        if (co_await joinWifi(attempt > 1, &failure, &cause)) {
            // A network-down URC that came while joining (during the uploads, say) is history now
            // that the module has an address: it must not be taken for a loss at the next peer.
            m_client->dropEvents(jobdetail::isNetworkLoss);
            co_return true;
        }
        if (cause == Cause::None) // the step failed for good (port gone, refused)
            co_return false;
        if (cause == Cause::WifiAuth || attempt >= attempts)
            co_return fail(cause, failure);
        qCInfo(lcJob) << "Wi-Fi attempt" << attempt << "failed:" << failure << "- retrying";
        co_await m_client->deactivateWifi();
        co_await coro::delay(1s);
    }
}

QString Job::passphraseProblem(const QByteArray &passphrase)
{
    if (passphrase.contains('"') || passphrase.size() < 8 || passphrase.size() > 64)
        return tr("the Wi-Fi passphrase must be 8 to 63 characters (or 64 hex digits) without a double quote, "
                  "which the module's AT syntax cannot carry");
    return {};
}

/// One activation (made here when @p activate): link up, then a real IPv4 address. False with
/// @p cause set when it may be retried, false with Cause::None after recording a failure that
/// may not.
coro::Task<bool> Job::joinWifi(bool activate, QString *failure, Cause *cause)
{
    if (activate) {
        const auto activated = co_await m_client->activateWifi();
        if (!activated)
            co_return fail(activated.error(), Cause::Wifi);
        m_wifiClock.start();
    }
    QDeadlineTimer until(qMax<qint64>(1, m_profile.timeouts.wifiMs - m_wifiClock.elapsed()));
    bool linked = false;
    for (;;) {
        const auto e = co_await m_client->nextEvent(
            [](const Event &e) {
                return e.kind == Event::Kind::WifiUp || e.kind == Event::Kind::WifiDown ||
                       e.kind == Event::Kind::NetworkUp;
            },
            std::chrono::milliseconds(qMax<qint64>(1, until.remainingTime())));
        if (!e) {
            if (m_client->link()->mode() == ModuleLink::Mode::Closed)
                co_return fail(Cause::PortClosed, tr("the module went away while joining Wi-Fi"));
            *cause = linked ? Cause::Network : Cause::WifiTimeout;
            *failure = linked ? tr("joined %1 but got no IPv4 address within %2 s")
                                    .arg(m_profile.wifi.ssid)
                                    .arg(m_profile.timeouts.wifiMs / 1000)
                              : tr("could not join %1 within %2 s (network not in range?)")
                                    .arg(m_profile.wifi.ssid)
                                    .arg(m_profile.timeouts.wifiMs / 1000);
            co_return false;
        }
        if (e->kind == Event::Kind::WifiDown) {
            *cause = e->reason == at::WifiLinkDown::SecurityProblem ? Cause::WifiAuth : Cause::WifiLost;
            *failure = at::WifiLinkDown::reasonText(e->reason);
            co_return false;
        }
        if (e->kind == Event::Kind::WifiUp) {
            linked = true;
            continue;
        }
        // +UUNU: is there a real address yet? (the module reports it more than once)
        const auto address = co_await m_client->ipv4Address();
        if (address && !address->isEmpty()) {
            endStep(StepOutcome::Pass, tr("IPv4 %1").arg(*address));
            co_return true;
        }
    }
}

// -- staged Wi-Fi (issue 17) ---------------------------------------------------------------------

coro::Task<bool> Job::fieldWifi()
{
    const Profile::Wifi::Field &field = m_profile.wifi.field;
    beginStep(Step::FieldWifi,
              tr("leaving the line network and storing the field network %1 for the customer").arg(field.ssid));
    // The line network goes: deactivated (the cloud peers are closed by now) and reset, so the
    // settings saved next do not hold it.
    m_client->dropEvents(jobdetail::isNetworkLoss);
    const auto down = co_await m_client->deactivateWifi(Profile::kLineWifiConfigId);
    if (!down)
        co_return fail(down.error(), Cause::Wifi);
    co_await m_client->nextEvent([](const Event &e) { return e.kind == Event::Kind::WifiDown; },
                                 ms(qMin(m_profile.timeouts.wifiMs, 5000)));
    const auto reset = co_await m_client->resetWifi(Profile::kLineWifiConfigId);
    if (!reset)
        co_return fail(reset.error(), Cause::Wifi);
    // The line network was never stored in this run (persist() leaves it out); one stored by an
    // earlier provisioning is found by the read-back (wifi_check).
    // The field network: its own configuration, activated at start-up, stored; never activated here.
    module::WifiSettings s;
    s.configId = field.configId;
    s.ssid = field.ssid;
    s.open = field.security == QLatin1String("open");
    s.autoJoin = true;
    s.store = true;
    if (!s.open)
        s.passphrase = secret(field.passphraseSecret);
    const auto stored = co_await m_client->configureWifi(s);
    if (!stored)
        co_return fail(stored.error(), Cause::Wifi);
    endStep(StepOutcome::Pass, tr("%1 stored in configuration %2 with activation at start-up; the line network "
                                  "was reset")
                                   .arg(field.ssid)
                                   .arg(field.configId));
    co_return true;
}

coro::Task<bool> Job::checkStoredWifi()
{
    const Profile::Wifi::Field &field = m_profile.wifi.field;
    beginStep(Step::WifiCheck, tr("reading back the Wi-Fi configurations the module kept"));
    const QList<int> ids{Profile::kLineWifiConfigId, field.configId};
    // After the restart the module's run-time configurations are the ones it loaded from flash;
    // without one, load them from flash first so the read-back is what the customer's start gets.
    if (!m_profile.options.rebootAtEnd) {
        for (const int id : ids) {
            const auto loaded = co_await m_client->loadWifi(id);
            if (!loaded)
                co_return fail(loaded.error(), Cause::WifiStored);
        }
    }
    const auto line = co_await m_client->readWifi(Profile::kLineWifiConfigId);
    if (!line)
        co_return fail(line.error(), Cause::WifiStored);
    const auto kept = co_await m_client->readWifi(field.configId);
    if (!kept)
        co_return fail(kept.error(), Cause::WifiStored);
    QStringList wrong;
    if (kept->ssid != field.ssid)
        wrong << tr("configuration %1 holds the SSID \"%2\", not the field network %3")
                     .arg(field.configId)
                     .arg(kept->ssid, field.ssid);
    if (!kept->onStartup)
        wrong << tr("configuration %1 is not activated at start-up").arg(field.configId);
    const int authentication = field.security == QLatin1String("open") ? 1 : 2;
    if (kept->authentication != authentication)
        wrong << tr("configuration %1 has authentication %2, expected %3")
                     .arg(field.configId)
                     .arg(kept->authentication)
                     .arg(authentication);
    if (line->ssid == m_profile.wifi.ssid)
        wrong << tr("the line network %1 is still stored in configuration %2")
                     .arg(m_profile.wifi.ssid)
                     .arg(Profile::kLineWifiConfigId);
    if (line->onStartup)
        wrong << tr("configuration %1 is still activated at start-up").arg(Profile::kLineWifiConfigId);
    if (!wrong.isEmpty())
        co_return fail(
            Cause::WifiStored,
            tr("the module did not keep the Wi-Fi settings it was given: %1").arg(wrong.join(QStringLiteral("; "))));
    endStep(StepOutcome::Pass, tr("configuration %1: %2, activated at start-up; the line network is not kept")
                                   .arg(field.configId)
                                   .arg(field.ssid));
    co_return true;
}
