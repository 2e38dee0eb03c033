#include "devicestatuspanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *makeTable(const QString &objectName, int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setMinimumHeight(70);
    return t;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
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
    render(m_status);
}

void DeviceStatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeviceStatusPanel::clear()
{
    render(ModuleStatus{});
}

void DeviceStatusPanel::render(const ModuleStatus &s)
{
    m_status = s;
    m_port->setText(orDash(s.port));
    m_baud->setText(s.port.isEmpty() ? QStringLiteral("—") : QLocale().toString(s.baud));
    m_mode->setText(ModuleStatus::modeText(s.mode));
    m_model->setText(orDash(s.module.model));
    m_firmware->setText(orDash(s.module.firmware));
    m_mac->setText(orDash(s.module.mac));
    m_wifi->setText(ModuleStatus::wifiText(s.wifi, s.wifiDownReason));
    m_ip->setText(orDash(s.ipv4));
    m_error->setText(orDash(s.lastError));
    m_peers->setRowCount(int(s.peers.size()));
    for (int r = 0; r < s.peers.size(); ++r) {
        const ModuleStatus::Peer &p = s.peers[r];
        setRow(m_peers, r,
               {QString::number(p.handle), p.channel < 0 ? QStringLiteral("—") : QString::number(p.channel),
                p.what.isEmpty() ? p.host : QStringLiteral("%1 (%2)").arg(p.host, p.what),
                ModuleStatus::peerStateText(p.state)});
    }
    m_certs->setRowCount(int(s.certificates.size()));
    for (int r = 0; r < s.certificates.size(); ++r) {
        const ModuleStatus::Certificate &c = s.certificates[r];
        setRow(m_certs, r,
               {c.name, ModuleStatus::certificateTypeText(c.type), c.md5, ModuleStatus::certificateCheckText(c.check)});
    }
}
