#pragma once

#include "at/atparser.h"
#include "at/atresponse.h"
#include "edm/edmparser.h"
#include "link/atreply.h"
#include "link/trafficrecord.h"
#include "link/transport.h"

#include <chrono>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

/// Drives one u-connectXpress module over a Transport: a queue of operations, one response timer,
/// the modes (command, EDM), the '>' upload, URCs, EDM channels and peers, and a traffic record for
/// every byte in and out. Event driven; it never sleeps and never spins the event loop: every wait
/// is a named event with a deadline.
class ModuleLink : public QObject
{
    Q_OBJECT
public:
    enum class Mode : quint8
    {
        Closed,     ///< no port
        Unknown,    ///< port open, mode not probed yet
        Command,    ///< AT command mode
        Edm,        ///< Extended Data Mode
        Restarting, ///< after AT+CPWROFF, until +STARTUP or a start event
    };
    Q_ENUM(Mode)
    static QString modeName(Mode mode);

    /// A peer (AT+UDCP) bound to its EDM channel: the connect event comes first, then +UUDPC.
    struct Peer
    {
        int handle = -1;
        int channel = -1; ///< -1 in command mode (no EDM connect event)
        at::PeerConnected info;
    };

    /// Guard times and probe deadlines. The defaults are the module's (protocol §1.6, §2);
    /// tests shorten them.
    struct Timings
    {
        std::chrono::milliseconds probeAnswer{600};  ///< per probe attempt
        std::chrono::milliseconds escapeGuard{1100}; ///< silence before and after "+++"
        std::chrono::milliseconds edmGuard{60};      ///< after the start event, before the first frame
        int uploadChunk = 1000;                      ///< upload bytes per EDM AT-request frame
    };

    /// Takes ownership of @p transport.
    explicit ModuleLink(Transport *transport, QObject *parent = nullptr);
    ~ModuleLink() override;

    LinkError open();
    /// Closes the port; pending operations fail as Cancelled.
    void close();
    Mode mode() const { return m_mode; }
    Transport *transport() const { return m_transport; }
    void setTimings(const Timings &timings) { m_timings = timings; }
    /// Slot and step stamped on every traffic record from now on.
    void setContext(int slot, const QString &step);
    /// Engineer mode only: redacted records are published with their original bytes through
    /// trafficWithOriginal() (kept in memory for the inspector's reveal switch, never written).
    void setKeepOriginals(bool keep) { m_keepOriginals = keep; }

    /// Queues a command. Works in command mode and in EDM (wrapped in AT-request frames).
    AtReply *send(AtCommand command);
    AtReply *send(QByteArray text, QString name = {},
                  std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));
    /// Finds the module's mode: "AT" in command mode, then an EDM probe frame, then the "+++"
    /// escape with guard times. Succeeds with mode() Command or Edm.
    AtReply *probe();
    /// ATO2, OK, the start event, the guard time. Succeeds at once when already in EDM.
    AtReply *enterEdm(std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));
    /// Waits for the module to come up after a restart (+STARTUP or an EDM start event).
    /// Succeeds at once if it already came up since the last restart command.
    AtReply *waitForStartup(std::chrono::milliseconds timeout);
    /// Sends data on an EDM channel (split into frames of at most 4092 bytes).
    LinkError sendData(quint8 channel, const QByteArray &data);

    QList<Peer> peers() const { return m_peers; }

signals:
    void modeChanged(ModuleLink::Mode mode);
    /// Every URC line ("+UUWLE:…", "+UUDPC:…"), in command mode and in EDM.
    void urcReceived(const QByteArray &line);
    /// The module (re)booted: +STARTUP, or a start event that no ATO2 asked for.
    void startupSeen();
    void dataReceived(quint8 channel, const QByteArray &data);
    void peerConnected(const ModuleLink::Peer &peer);
    void peerDisconnected(int handle);
    void channelClosed(quint8 channel);
    void traffic(const TrafficRecord &record);
    /// Instead of traffic() for a redacted record while keeping originals is on.
    void trafficWithOriginal(const TrafficRecord &record, const QByteArray &original);
    /// The port went away; every pending operation has failed with the same error.
    void lost(const LinkError &error);

private:
    enum class OpKind : quint8
    {
        Command,
        Probe,
        EnterEdm,
        WaitStartup
    };
    enum class Route : quint8
    {
        Text,
        Edm,
        Both
    };
    struct Op
    {
        OpKind kind = OpKind::Command;
        QPointer<AtReply> reply;
        int stage = 0;
        bool uploadSent = false;
    };

    AtReply *enqueue(OpKind kind, AtCommand command);
    void startNext();
    void runStage();
    void finishCurrent(LinkError error = {});
    void failAll(const LinkError &error);
    void onTimeout();
    void onReceived(const QByteArray &bytes);
    void onLost(const LinkError &error);
    void feedText(QByteArrayView bytes);
    void feedEdm(QByteArrayView bytes);
    void handleLine(const at::Line &line, int channel);
    void handleFrame(const edm::Frame &frame);
    void handleUrc(const QByteArray &line);
    void onStartup(bool edm);
    void setMode(Mode mode);
    void setRoute(Route route);
    void writeCommandText(const QByteArray &text, const QByteArray &shown, const QString &summary);
    void writeUpload();
    bool writeRaw(const QByteArray &bytes, TrafficRecord record);
    void publish(TrafficRecord record, const QByteArray &original = {});
    /// Hides the current command's secret in text the module sends back (echo, error text).
    bool mask(QByteArray &text) const;
    void rememberSecrets(const AtCommand &command);
    /// The operation running now, or nullptr. An operation whose reply the caller deleted is
    /// dropped here (on the next event-loop turn), so no handler dereferences a dead reply.
    Op *current();

    class EdmSink;
    friend class EdmSink;

    Transport *m_transport = nullptr;
    Mode m_mode = Mode::Closed;
    Route m_route = Route::Text;
    Timings m_timings;
    QList<Op> m_queue;
    bool m_busy = false;
    QTimer m_timer;      // the one response timer
    QTimer m_guardTimer; // guard times of the probe and of entering EDM
    QElapsedTimer m_opClock;
    QElapsedTimer m_clock; // monotonic base of traffic records
    at::Parser m_textParser;
    at::Parser m_confirmationParser; // text of 0x45 frames
    at::Parser m_eventParser;        // text of 0x41 frames
    edm::Parser m_edmParser;
    QList<edm::ConnectEvent> m_pendingConnects;
    QList<Peer> m_peers;
    bool m_startupSinceRestart = false;
    QList<QByteArray> m_secretFragments; // of the current command: what must never be recorded
    bool m_keepOriginals = false;
    int m_slot = -1;
    QString m_step;
};

Q_DECLARE_METATYPE(ModuleLink::Peer)
