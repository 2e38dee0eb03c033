#include "mqttsession.h"

#include <mosquitto.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace uxsim {

MqttSession::MqttSession(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &MqttSession::poll);
}

MqttSession::~MqttSession()
{
    if (m_mosq) {
        if (m_connected)
            mosquitto_disconnect(m_mosq);
        mosquitto_destroy(m_mosq);
    }
    if (m_ctx)
        SSL_CTX_free(static_cast<SSL_CTX *>(m_ctx));
}

bool MqttSession::topicMatches(const QByteArray &filter, const QByteArray &topic)
{
    bool result = false;
    if (mosquitto_topic_matches_sub(filter.constData(), topic.constData(), &result) != MOSQ_ERR_SUCCESS)
        return false;
    return result;
}

bool MqttSession::start(QString *error)
{
    m_clock.start();
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    m_ctx = ctx;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
    X509_STORE *store = SSL_CTX_get_cert_store(ctx);
    {
        BIO *bio = BIO_new_mem_buf(m_config.caPem.constData(), int(m_config.caPem.size()));
        while (X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store, x);
            X509_free(x);
        }
        BIO_free(bio);
        ERR_clear_error();
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    X509_VERIFY_PARAM *param = SSL_CTX_get0_param(ctx);
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    const QByteArray expect = m_config.breakVerification ? QByteArray("tls-verify-fail.invalid") : m_config.host;
    X509_VERIFY_PARAM_set1_host(param, expect.constData(), size_t(expect.size()));
    if (!m_config.certPem.isEmpty()) {
        BIO *cb = BIO_new_mem_buf(m_config.certPem.constData(), int(m_config.certPem.size()));
        X509 *cert = PEM_read_bio_X509(cb, nullptr, nullptr, nullptr);
        BIO_free(cb);
        BIO *kb = BIO_new_mem_buf(m_config.keyPem.constData(), int(m_config.keyPem.size()));
        EVP_PKEY *key = PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr);
        BIO_free(kb);
        const bool ok = cert && key && SSL_CTX_use_certificate(ctx, cert) == 1 &&
                        SSL_CTX_use_PrivateKey(ctx, key) == 1 && SSL_CTX_check_private_key(ctx) == 1;
        X509_free(cert);
        EVP_PKEY_free(key);
        if (!ok) {
            *error = QStringLiteral("client certificate and key do not match");
            return false;
        }
    }

    m_mosq = mosquitto_new(m_config.clientId.constData(), true, this);
    if (!m_mosq) {
        *error = QStringLiteral("mosquitto_new failed");
        return false;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_int_option(m_mosq, MOSQ_OPT_SSL_CTX_WITH_DEFAULTS, 0);
    mosquitto_void_option(m_mosq, MOSQ_OPT_SSL_CTX, ctx);
    mosquitto_connect_callback_set(m_mosq, &MqttSession::onConnect);
    mosquitto_disconnect_callback_set(m_mosq, &MqttSession::onDisconnect);
    mosquitto_message_callback_set(m_mosq, &MqttSession::onMessage);
    mosquitto_subscribe_callback_set(m_mosq, &MqttSession::onSubscribe);
    if (!m_config.user.isEmpty() || m_config.hasPassword)
        mosquitto_username_pw_set(m_mosq, m_config.user.isEmpty() ? nullptr : m_config.user.constData(),
                                  m_config.hasPassword ? m_config.password.constData() : nullptr);
    const int rc = mosquitto_connect(m_mosq, m_config.address.constData(), m_config.port, m_config.keepAlive);
    if (rc != MOSQ_ERR_SUCCESS) {
        *error = QString::fromUtf8(rc == MOSQ_ERR_ERRNO ? strerror(errno) : mosquitto_strerror(rc));
        return false;
    }
    m_timer.start();
    return true;
}

int MqttSession::subscribe(const QByteArray &filter, int qos)
{
    int mid = 0;
    if (!m_mosq || mosquitto_subscribe(m_mosq, &mid, filter.constData(), qos) != MOSQ_ERR_SUCCESS)
        return -1;
    return mid;
}

bool MqttSession::publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain)
{
    if (!m_mosq || !m_connected)
        return false;
    return mosquitto_publish(m_mosq, nullptr, topic.constData(), int(payload.size()), payload.constData(), qos,
                             retain) == MOSQ_ERR_SUCCESS;
}

void MqttSession::close()
{
    if (m_done)
        return;
    m_done = true;
    if (m_mosq && m_connected) {
        mosquitto_disconnect(m_mosq);
        mosquitto_loop(m_mosq, 0, 1); // flush the DISCONNECT
    }
    m_connected = false;
    m_timer.stop();
}

void MqttSession::poll()
{
    if (m_done || !m_mosq)
        return;
    const int rc = mosquitto_loop(m_mosq, 0, 8);
    if (rc != MOSQ_ERR_SUCCESS && !m_done) {
        QString reason = QString::fromUtf8(mosquitto_strerror(rc));
        const unsigned long e = ERR_peek_last_error();
        if (e) {
            char buf[256];
            ERR_error_string_n(e, buf, sizeof buf);
            reason += u' ' + QString::fromUtf8(buf);
        }
        ERR_clear_error();
        lost(reason);
    }
}

void MqttSession::lost(const QString &reason)
{
    if (m_done)
        return;
    const bool was = m_connected;
    m_done = true;
    m_connected = false;
    m_timer.stop();
    if (was)
        emit disconnected(reason);
    else
        emit connectFailed(reason);
}

void MqttSession::onConnect(mosquitto *, void *obj, int rc)
{
    auto *self = static_cast<MqttSession *>(obj);
    if (rc != 0) {
        self->lost(QStringLiteral("CONNACK %1 (%2)").arg(rc).arg(QString::fromUtf8(mosquitto_connack_string(rc))));
        return;
    }
    self->m_connected = true;
    emit self->connected();
}

void MqttSession::onDisconnect(mosquitto *, void *obj, int rc)
{
    auto *self = static_cast<MqttSession *>(obj);
    self->lost(QStringLiteral("closed (%1)").arg(rc));
}

void MqttSession::onMessage(mosquitto *, void *obj, const mosquitto_message *msg)
{
    auto *self = static_cast<MqttSession *>(obj);
    emit self->message(QByteArray(msg->topic), QByteArray(static_cast<const char *>(msg->payload), msg->payloadlen));
}

void MqttSession::onSubscribe(mosquitto *, void *obj, int mid, int, const int *)
{
    emit static_cast<MqttSession *>(obj)->subscribed(mid);
}

} // namespace uxsim
