#include "devicestatuspanel.h"

#include "pki/load.h"
#include "provisioning/job.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString md5OfPem(const QByteArray &pem)
{
    const auto blocks = pki::pemBlocks(pem);
    if (!blocks || blocks->isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(blocks->first().der, QCryptographicHash::Md5).toHex().toUpper());
}

QTableWidget *makeTable(const QString &objectName, int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMinimumHeight(70);
    return t;
}
} // namespace

DeviceStatusPanel::DeviceStatusPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deviceStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto row = [&](QLabel *&value, const char *name) {
        value = new QLabel(QStringLiteral("—"), this);
        value->setObjectName(QString::fromLatin1(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        auto *caption = new QLabel(this);
        m_captions.append(caption);
        form->addRow(caption, value);
    };
    row(m_port, "statusPort");
    row(m_baud, "statusBaud");
    row(m_mode, "statusMode");
    row(m_model, "statusModel");
    row(m_firmware, "statusFirmware");
    row(m_mac, "statusMac");
    row(m_wifi, "statusWifi");
    row(m_ip, "statusIp");
    row(m_error, "statusError");
    m_peersCaption = new QLabel(this);
    layout->addWidget(m_peersCaption);
    m_peers = makeTable(QStringLiteral("statusPeers"), 4, this);
    layout->addWidget(m_peers);
    m_certsCaption = new QLabel(this);
    layout->addWidget(m_certsCaption);
    m_certs = makeTable(QStringLiteral("statusCertificates"), 4, this);
    layout->addWidget(m_certs);
    retranslate();
}

void DeviceStatusPanel::retranslate()
{
    const QStringList captions{tr("Port:"),       tr("Baud:"),       tr("Mode:"),
                               tr("Model:"),      tr("Firmware:"),   tr("Wi-Fi MAC:"),
                               tr("Wi-Fi link:"), tr("IP address:"), tr("Last error:")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions[i]->setText(captions[i]);
    m_peersCaption->setText(tr("Peers"));
    m_certsCaption->setText(tr("Certificates on the module"));
    m_peers->setHorizontalHeaderLabels({tr("Handle"), tr("Channel"), tr("Host"), tr("State")});
    m_certs->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("MD5 (module)"), tr("Check")});
    m_mode->setText(modeText());
    m_wifi->setText(wifiText());
}

void DeviceStatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeviceStatusPanel::clear()
{
    for (QLabel *l : {m_port, m_baud, m_model, m_firmware, m_mac, m_ip, m_error})
        l->setText(QStringLiteral("—"));
    m_modeValue = ModuleLink::Mode::Closed;
    m_wifiState = 0;
    m_wifiReason = -1;
    m_mode->setText(modeText());
    m_wifi->setText(wifiText());
    m_peers->setRowCount(0);
    m_certs->setRowCount(0);
    m_expectedMd5.clear();
    m_pendingUpload.clear();
}

void DeviceStatusPanel::attach(Job *job)
{
    if (m_job)
        m_job->disconnect(this);
    clear();
    m_job = job;
    if (!job)
        return;
    setPort(job->setup().port);
    connect(job, &Job::moduleIdentified, this, &DeviceStatusPanel::onModuleIdentified);
    connect(job, &Job::stepFinished, this, &DeviceStatusPanel::onStepFinished);
    connect(job, &Job::traffic, this, &DeviceStatusPanel::onTraffic);
    if (ModuleLink *link = job->link()) {
        connect(link, &ModuleLink::modeChanged, this, &DeviceStatusPanel::onModeChanged);
        connect(link, &ModuleLink::urcReceived, this, &DeviceStatusPanel::onUrc);
        connect(link, &ModuleLink::peerConnected, this, &DeviceStatusPanel::onPeerConnected);
        connect(link, &ModuleLink::peerDisconnected, this, &DeviceStatusPanel::onPeerDisconnected);
        onModeChanged(link->mode());
    }
}

void DeviceStatusPanel::setPort(const QString &port, int baud)
{
    m_port->setText(port);
    m_baud->setText(QString::number(baud));
}

void DeviceStatusPanel::onModuleIdentified(const ModuleInfo &module)
{
    m_model->setText(module.model);
    m_firmware->setText(module.firmware);
    m_mac->setText(module.mac);
}

QString DeviceStatusPanel::modeText() const
{
    switch (m_modeValue) {
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

void DeviceStatusPanel::onModeChanged(ModuleLink::Mode mode)
{
    m_modeValue = mode;
    m_mode->setText(modeText());
}

QString DeviceStatusPanel::wifiText() const
{
    switch (m_wifiState) {
    case 1:
        return tr("connected");
    case 2:
        switch (m_wifiReason) {
        case 2:
            return tr("disconnected: access point out of range");
        case 4:
            return tr("disconnected: wrong Wi-Fi password or security type");
        case 5:
            return tr("disconnected: network disabled");
        default:
            return tr("disconnected");
        }
    default:
        return tr("not connected");
    }
}

void DeviceStatusPanel::onUrc(const QByteArray &line)
{
    const QByteArray l = line.trimmed();
    if (l.startsWith("+UUWLE:")) {
        m_wifiState = 1;
    } else if (l.startsWith("+UUWLD:")) {
        m_wifiState = 2;
        const QList<QByteArray> f = l.mid(7).split(',');
        m_wifiReason = f.size() > 1 ? f[1].toInt() : -1;
        m_ip->setText(QStringLiteral("—"));
    } else if (l.startsWith("+UUND:")) {
        m_ip->setText(QStringLiteral("—"));
    } else if (l.startsWith("+UUNU:") && m_ip->text() == QStringLiteral("—")) {
        m_ip->setText(tr("network up, address pending"));
    }
    m_wifi->setText(wifiText());
}

void DeviceStatusPanel::onPeerConnected(const ModuleLink::Peer &peer)
{
    const int row = m_peers->rowCount();
    m_peers->insertRow(row);
    m_peers->setItem(row, 0, new QTableWidgetItem(QString::number(peer.handle)));
    m_peers->setItem(row, 1,
                     new QTableWidgetItem(peer.channel < 0 ? QStringLiteral("—") : QString::number(peer.channel)));
    m_peers->setItem(
        row, 2,
        new QTableWidgetItem(
            QStringLiteral("%1:%2").arg(QString::fromLatin1(peer.info.remoteAddress)).arg(peer.info.remotePort)));
    m_peers->setItem(row, 3, new QTableWidgetItem(tr("connected")));
}

void DeviceStatusPanel::onPeerDisconnected(int handle)
{
    for (int r = 0; r < m_peers->rowCount(); ++r) {
        if (m_peers->item(r, 0)->text() == QString::number(handle))
            m_peers->item(r, 3)->setText(tr("closed"));
    }
}

void DeviceStatusPanel::onStepFinished(const StepResult &step)
{
    if (step.outcome == QLatin1String("fail"))
        m_error->setText(QStringLiteral("%1: %2").arg(step.name, step.message));
}

void DeviceStatusPanel::setCertificateRow(const QString &name, const QString &type, const QString &md5)
{
    int row = -1;
    for (int r = 0; r < m_certs->rowCount(); ++r) {
        if (m_certs->item(r, 0)->text() == name)
            row = r;
    }
    if (row < 0) {
        row = m_certs->rowCount();
        m_certs->insertRow(row);
        for (int c = 0; c < 4; ++c)
            m_certs->setItem(row, c, new QTableWidgetItem);
    }
    m_certs->item(row, 0)->setText(name);
    m_certs->item(row, 1)->setText(type);
    m_certs->item(row, 2)->setText(md5);
    const QString expected = m_expectedMd5.value(name);
    QString check;
    if (expected.isEmpty())
        check = tr("not checked here (secret)");
    else if (expected.compare(md5, Qt::CaseInsensitive) == 0)
        check = tr("MD5 matches");
    else
        check = tr("MD5 differs from what was sent");
    m_certs->item(row, 3)->setText(check);
}

void DeviceStatusPanel::onTraffic(const TrafficRecord &record)
{
    static const QRegularExpression kImport(QStringLiteral("AT\\+USECMNG=0,(\\d),\"?([^\",]+)\"?"));
    static const QRegularExpression kAnswer(
        QStringLiteral("\\+USECMNG:\\s*[04],(\\d),\"([^\"]*)\",\"([0-9A-Fa-f]+)\""));
    static const QRegularExpression kAddress(QStringLiteral("\\+UNSTAT:\\s*0,101,\"?([0-9.]+)\"?"));
    const QString text = QString::fromLatin1(record.raw);
    if (record.direction == TrafficRecord::Direction::ToModule) {
        if (record.kind == TrafficRecord::Kind::Upload) {
            if (!m_pendingUpload.isEmpty() && !record.redacted) {
                const QString md5 = md5OfPem(record.raw);
                if (!md5.isEmpty())
                    m_expectedMd5.insert(m_pendingUpload, md5);
            }
            return;
        }
        const auto m = kImport.match(text.trimmed());
        if (m.hasMatch())
            m_pendingUpload = m.captured(2);
        return;
    }
    if (record.direction != TrafficRecord::Direction::FromModule)
        return;
    if (const auto m = kAnswer.match(text); m.hasMatch()) {
        static const QStringList types{tr("trusted root"), tr("client certificate"), tr("client key")};
        const int type = m.captured(1).toInt();
        setCertificateRow(m.captured(2), types.value(type, QString::number(type)), m.captured(3).toUpper());
        return;
    }
    if (const auto m = kAddress.match(text); m.hasMatch() && m.captured(1) != QLatin1String("0.0.0.0"))
        m_ip->setText(m.captured(1));
}
