// AT+USECMNG: the simulated module's certificate and key store (docs/uxsim.md "Certificates").

#include "module.h"

namespace uxsim {

namespace {
constexpr int kMaxUploadSize = 8192;
constexpr int kMaxNameLength = 32;

bool typeParam(const QList<QByteArray> &p, int *type)
{
    bool ok = false;
    *type = p.value(1).trimmed().toInt(&ok);
    return ok && *type >= 0 && *type <= 2;
}
} // namespace

void Module::cmdUsecmng(const Command &c)
{
    bool ok = false;
    const int op = c.params.value(0).trimmed().toInt(&ok);
    if (!ok)
        return replyError(c.edm);
    switch (op) {
    case 0:
        return importCertificate(c);
    case 2:
        return removeCertificate(c);
    case 3:
        return listCertificates(c);
    case 4:
        return certificateHash(c);
    default:
        return replyError(c.edm);
    }
}

void Module::importCertificate(const Command &c)
{
    const QList<QByteArray> &p = c.params;
    int type = 0;
    bool sOk = false;
    const bool tOk = typeParam(p, &type);
    const QByteArray name = unquote(p.value(2));
    const int size = p.value(3).trimmed().toInt(&sOk);
    if (!tOk || !sOk || p.size() < 4 || p.size() > 5 || name.isEmpty() || name.size() > kMaxNameLength || size < 1 ||
        size > kMaxUploadSize)
        return replyError(c.edm);
    const bool overwrite = m_store.contains(type, name);
    if (m_faults.active(FaultKind::StoreFull) ||
        (!overwrite && (m_store.count() >= m_opt.persona.storeSlots || m_store.bytes() >= m_opt.persona.storeBytes)))
        return replyError(c.edm);
    const bool edm = c.edm;
    m_upload = Upload();
    m_upload.active = true;
    m_upload.edm = edm;
    m_upload.type = type;
    m_upload.name = name;
    m_upload.password = unquote(p.value(4));
    m_upload.size = size;
    if (m_faults.take(FaultKind::RebootDuringUpload))
        m_upload.rebootAt = size / 2;
    m_uploadBusy = true;
    const int prompt = m_opt.latency.uploadPrompt + type * m_opt.latency.uploadPromptPerType;
    if (m_opt.latency.uploadIdleTimeout > 0)
        m_uploadIdle.start(m_opt.latency.uploadIdleTimeout + prompt);
    later(prompt, [this, edm] {
        if (edm && m_mode == Mode::Edm)
            sendFrame(edm::Frame::atConfirmation("\r\n>"), true);
        else if (!edm)
            sendRaw("\r\n>");
        if (m_faults.take(FaultKind::UrcInPrompt)) {
            trace("--", "a URC right after the prompt (fault)");
            writeUrc(awkwardUrc());
        }
    });
}

void Module::removeCertificate(const Command &c)
{
    int type = 0;
    if (!typeParam(c.params, &type) || c.params.size() != 3 || !m_store.remove(type, unquote(c.params[2])))
        return replyError(c.edm);
    reply({}, true, c.edm);
}

void Module::listCertificates(const Command &c)
{
    static const char *kinds[] = {"CA", "CC", "PK"};
    QList<QByteArray> lines;
    for (const CertStore::Object &o : m_store.list()) {
        QByteArray l = QByteArray("\"") + kinds[o.type] + "\",\"" + o.name + '"';
        if (m_opt.persona.listDetails && o.type != CertStore::PrivateKey)
            l += ",\"" + o.subject + "\",\"" + o.notAfter + '"';
        lines.append(l);
    }
    reply(lines.join("\r\n"), true, c.edm);
}

void Module::certificateHash(const Command &c)
{
    int type = 0;
    const bool tOk = typeParam(c.params, &type);
    const CertStore::Object *o = tOk && c.params.size() == 3 ? m_store.find(type, unquote(c.params[2])) : nullptr;
    if (!o)
        return replyError(c.edm);
    reply("+USECMNG:4," + QByteArray::number(type) + ",\"" + o->name + "\",\"" + o->md5Hex + '"', true, c.edm);
}

void Module::finishUpload()
{
    m_uploadIdle.stop();
    Upload up = m_upload;
    m_upload = Upload();
    const int write = m_opt.latency.flashWrite + int(qint64(m_opt.latency.flashWritePerKiB) * up.size / 1024);
    QString why;
    const auto obj = CertStore::decode(up.type, up.name, up.data, up.password, &why);
    if (!obj) {
        trace("--", "upload rejected: " + why.toUtf8());
        return later(write + m_opt.latency.command, [this, up] {
            writeAnswer({}, false, up.edm);
            endUpload();
        });
    }
    m_store.put(*obj);
    const QByteArray body = "+USECMNG:0," + QByteArray::number(up.type) + ",\"" + up.name + "\",\"" + obj->md5Hex + '"';
    later(write + m_opt.latency.command, [this, body, up] {
        writeAnswer(body, true, up.edm);
        endUpload();
    });
}

void Module::abortUpload()
{
    if (!m_upload.active)
        return;
    trace("--", "upload aborted: " + QByteArray::number(m_upload.data.size()) + " of " +
                    QByteArray::number(m_upload.size) + " bytes");
    const bool edm = m_upload.edm;
    m_upload = Upload();
    writeAnswer({}, false, edm);
    endUpload();
}

void Module::endUpload()
{
    m_uploadBusy = false;
    const QList<QByteArray> held = std::exchange(m_heldUrcs, {});
    for (const QByteArray &u : held)
        writeUrc(u);
}

} // namespace uxsim
