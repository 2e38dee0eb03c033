#pragma once

#include "link/modulelink.h"
#include "link/trafficrecord.h"
#include "provisioning/capabilities.h"
#include "provisioning/resultstore.h"

#include <QPointer>
#include <QWidget>

class Job;
class QLabel;
class QTableWidget;

/// What the station knows about the module on the wizard's port, fed by the Job and its ModuleLink:
/// port, baud, mode, model, firmware, MAC, Wi-Fi link and IP, peers, the certificates uploaded with the
/// MD5 the module reported checked against MD5(DER) of what was sent, and the last error. Words only,
/// never a hex dump.
class DeviceStatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceStatusPanel(QWidget *parent = nullptr);

    /// Follows @p job (and its link) from now on; clears what the previous job showed.
    void attach(Job *job);
    void clear();

    // Slots the signals feed (public so a Station slot or a test can feed them too).
    void setPort(const QString &port, int baud = 115200);
    void onModuleIdentified(const ModuleInfo &module);
    void onModeChanged(ModuleLink::Mode mode);
    void onUrc(const QByteArray &line);
    void onPeerConnected(const ModuleLink::Peer &peer);
    void onPeerDisconnected(int handle);
    void onStepFinished(const StepResult &step);
    void onTraffic(const TrafficRecord &record);

    QString wifiText() const;
    QString modeText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *addRow(const QString &objectName);
    void setCertificateRow(const QString &name, const QString &type, const QString &md5);

    QPointer<Job> m_job;
    QList<QLabel *> m_captions;
    QLabel *m_port = nullptr;
    QLabel *m_baud = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_model = nullptr;
    QLabel *m_firmware = nullptr;
    QLabel *m_mac = nullptr;
    QLabel *m_wifi = nullptr;
    QLabel *m_ip = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_peersCaption = nullptr;
    QLabel *m_certsCaption = nullptr;
    QTableWidget *m_peers = nullptr;
    QTableWidget *m_certs = nullptr;
    QHash<QString, QString> m_expectedMd5; ///< store name -> MD5(DER) of the uploaded PEM
    QString m_pendingUpload;               ///< name of the object being uploaded
    ModuleLink::Mode m_modeValue = ModuleLink::Mode::Closed;
    int m_wifiState = 0; ///< 0 unknown, 1 up, 2 down
    int m_wifiReason = -1;
};
