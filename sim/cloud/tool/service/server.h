// Local Azure's service APIs over HTTPS (Qt HttpServer): the IoT Hub registry, twins and direct
// methods, and the DPS enrollments and registration states, on the state file the broker plugin
// shares. Requests are authenticated as Azure does: a service SAS token of a shared access policy
// in the Authorization header, the policy's rights checked per operation (azure-service-api.md §1).
#pragma once

#include "bridge.h"
#include "http.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace lazservice {

// What a handler works with.
struct Context
{
    laz::StateFile *state = nullptr;
    Bridge *bridge = nullptr;
    QString dir;
};

class ServiceServer : public QAbstractHttpServer
{
public:
    explicit ServiceServer(Context context);

    // Listens with TLS on @p port of every address (the same port on each).
    bool start(const QList<QHostAddress> &addresses, quint16 port, const QByteArray &certPem, const QByteArray &keyPem,
               QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void dispatch(const Request &r, const Done &done);

    Context m_ctx;
};

// Hub and DPS handlers (hubapi.cpp, dpsapi.cpp).
namespace hub {
bool owns(const Request &r);             // /devices, /twins
QString requiredRight(const Request &r); // RegistryRead, RegistryWrite or ServiceConnect
void handle(Context &ctx, const Request &r, const Done &done);
} // namespace hub
namespace dps {
bool owns(const Request &r);             // /enrollmentGroups, /enrollments, /registrations
QString requiredRight(const Request &r); // EnrollmentRead, EnrollmentWrite, RegistrationStatus*
void handle(Context &ctx, const Request &r, const Done &done);
} // namespace dps

} // namespace lazservice
