#pragma once

#include <optional>
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace uxsim {

/// The module's certificate and key store (AT+USECMNG). Objects are kept as the PEM block the
/// module decoded plus the DER; the reported hash is MD5 over that DER (protocol §3.3).
class CertStore
{
public:
    enum Type
    {
        RootCa = 0,
        ClientCert = 1,
        PrivateKey = 2
    };
    struct Object
    {
        int type = RootCa;
        QByteArray name;
        QByteArray der;      ///< the PEM body, base64-decoded
        QByteArray pem;      ///< a clean PEM block (for handing to OpenSSL)
        QByteArray md5Hex;   ///< upper-case
        QByteArray subject;  ///< CN (certificates)
        QByteArray notAfter; ///< "YYYY/MM/DD HH:MM:SS" (certificates)
    };

    /// Decodes what an upload delivered: tolerant of leading white space and a missing final
    /// newline (the seed host sends a stray CR first and drops the file's last LF). Returns an
    /// error text when the bytes hold no PEM block of the right kind.
    static std::optional<Object> decode(int type, const QByteArray &name, const QByteArray &bytes,
                                        const QByteArray &password, QString *error);

    void put(const Object &o) { m_objects[key(o.type, o.name)] = o; }
    bool remove(int type, const QByteArray &name) { return m_objects.remove(key(type, name)) > 0; }
    const Object *find(int type, const QByteArray &name) const;
    QList<Object> list() const { return m_objects.values(); }
    int count() const { return int(m_objects.size()); }
    int bytes() const;
    bool contains(int type, const QByteArray &name) const { return find(type, name) != nullptr; }

private:
    static QString key(int type, const QByteArray &name)
    {
        return QString::number(type) + u':' + QString::fromLatin1(name);
    }
    QMap<QString, Object> m_objects;
};

} // namespace uxsim
