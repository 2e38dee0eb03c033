#pragma once

#include "module/modulestatus.h"

#include <QWidget>

class QLabel;
class QTableWidget;

/// Renders a ModuleStatus: port, baud, mode, model, firmware, MAC, Wi-Fi link and IP, peers, the
/// certificates on the module with their MD5 verdicts, and the last error. Words only, never a hex
/// dump; it knows nothing about AT or EDM (the Job builds the status from typed events).
class DeviceStatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceStatusPanel(QWidget *parent = nullptr);

    void render(const ModuleStatus &status);
    void clear();
    const ModuleStatus &status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ModuleStatus m_status;
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
};
