#pragma once

#include "at/atparser.h"
#include "at/atresponse.h"
#include "edm/edmparser.h"
#include "link/atreply.h"
#include "link/redactor.h"
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
///
/// A new session starts clean (docs/link.md, "Start clean"): the probe first lets the module say
/// whatever it still has to say (output left from a host that crashed) until the line is quiet,
/// then finds the mode, and when nothing answers completes an upload the module may still be
/// waiting for. In command mode with echo on, a command's answer is only taken after its own echo,
/// so a late answer to an earlier command can never finish a later one.
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
        std::chrono::milliseconds quiet{150};        ///< silence that ends the drain of a new session
        std::chrono::milliseconds drainLimit{3000};  ///< a module that never stops talking: go on anyway
        std::chrono::milliseconds probeAnswer{600};  ///< per probe attempt
        std::chrono::milliseconds escapeGuard{1100}; ///< silence before and after "+++"
        std::chrono::milliseconds edmGuard{60};      ///< after the start event, before the first frame
        int uploadChunk = 1000;                      ///< upload bytes per EDM AT-request frame
        int uploadFill = 8192;                       ///< bytes sent to finish an upload a crashed host left half-way
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
    /// Secrets this session may meet before it sends them: the echo of a command a killed station
    /// left on the line is read while the link drains on open. Masked from then on in records and
    /// the hex log, like the secrets of the commands sent; forgotten on close().
    void addKnownSecrets(const QList<QByteArray> &secrets);

    /// Queues a command. Works in command mode and in EDM (wrapped in AT-request frames).
    AtReply *send(AtCommand command);
    AtReply *send(QByteArray text, QString name = {},
                  std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));
    /// Starts a session clean and finds the module's mode: drains old output, then "AT" in command
    /// mode, an EDM probe frame, the "+++" escape with guard times, and last the completion of an
    /// upload left half-way. Succeeds with mode() Command or Edm.
    AtReply *probe();
    /// ATO2, OK, the start event, the guard time. Succeeds at once when already in EDM.
    AtReply *enterEdm(std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));
    /// Waits for the module to come up after a restart (+STARTUP or an EDM start event).
    /// Succeeds at once if it already came up since the last restart command.
    AtReply *waitForStartup(std::chrono::milliseconds timeout);
    /// Sends data on an EDM channel (split into frames of at most 4092 bytes).
    LinkError sendData(quint8 channel, const QByteArray &data);

    QList<Peer> peers() const { return m_peers; }
    /// Whether the module echoes commands (learnt by the probe); unknown counts as no.
    bool echoes() const { return m_echo == Echo::On; }

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
    /// The probe's states, in order (docs/link.md).
    enum class ProbeStage : quint8
    {
        Drain,         ///< let old output come and go until the line is quiet
        AskCommand,    ///< "AT": command mode answers OK
        AskEdm,        ///< an EDM AT frame: EDM answers with a confirmation frame
        EscapeBefore,  ///< silence before "+++" (data mode)
        EscapeAfter,   ///< "+++" sent, silence after it; data mode answers OK
        FillUpload,    ///< nothing answered: finish an upload the module may still be waiting for
        AskAfterFill,  ///< "AT" again after the fill and its answer drained (then EDM and +++ again)
        AfterGreeting, ///< +STARTUP arrived: wait for the answer to the AT already sent
        AskAgain,      ///< the greeting was all: ask once more
    };
    enum class Route : quint8
    {
        Text,
        Edm,
        Both
    };
    enum class Echo : quint8
    {
        Unknown,
        On,
        Off
    };
    enum class TimerRole : quint8
    {
        Answer, ///< waiting for the module's answer
        Write,  ///< waiting for the port to take the bytes
    };
    struct Op
    {
        OpKind kind = OpKind::Command;
        QPointer<AtReply> reply;
        int stage = 0; ///< EnterEdm: 0 ATO2 sent, 1 OK seen, 2 guard passed
        ProbeStage probe = ProbeStage::Drain;
        bool uploadSent = false;
        bool echoSeen = false;
        QByteArray echoPart;   ///< the echo so far, when URCs came in the middle of it
        bool answered = false; ///< probe: an answer came, settling once the line is quiet
        bool filled = false;   ///< probe: the fill of an abandoned upload was sent (once)
        bool edmBytes = false; ///< probe: an EDM start byte came while asking in command mode
    };

    AtReply *enqueue(OpKind kind, AtCommand command);
    void startNext();
    void runStage();
    void runProbeStage(Op &op);
    void advanceProbe(Op &op, ProbeStage next);
    void finishCurrent(LinkError error = {});
    void failAll(const LinkError &error);
    void onTimeout();
    void onGuardTimeout();
    void onProbeTimeout(Op &op);
    void onReceived(const QByteArray &bytes);
    void onBytesWritten();
    void onLost(const LinkError &error);
    void feedText(QByteArrayView bytes);
    void feedEdm(QByteArrayView bytes);
    void handleLine(const at::Line &line);
    void handleCommandLine(Op &op, const at::Line &line);
    void handleProbeLine(Op &op, const at::Line &line);
    void handleFrame(const edm::Frame &frame);
    void handleUrc(const QByteArray &line);
    void onStartup(bool edm);
    void onConnectEvent(const edm::ConnectEvent &event);
    void setMode(Mode mode);
    void setRoute(Route route);
    /// Starts the answer deadline once the transport has sent everything written so far.
    void armAnswerTimer(std::chrono::milliseconds timeout);
    void writeCommandText(const QByteArray &text, const QByteArray &shown, const QString &summary);
    void writeUpload();
    bool writeRaw(const QByteArray &bytes, TrafficRecord record);
    void publish(TrafficRecord record, const QByteArray &original = {});
    void publishNote(const QString &summary);
    void rememberSecrets(const AtCommand &command);
    /// The operation running now, or nullptr. An operation whose reply the caller deleted is
    /// dropped here (on the next event-loop turn), so no handler dereferences a dead reply.
    Op *current();

    class EdmSink;
    friend class EdmSink;

    Transport *m_transport = nullptr;
    Mode m_mode = Mode::Closed;
    Route m_route = Route::Text;
    Echo m_echo = Echo::Unknown;
    Timings m_timings;
    QList<Op> m_queue;
    bool m_busy = false;
    QTimer m_timer; // the one response timer (or the write deadline, see m_timerRole)
    TimerRole m_timerRole = TimerRole::Answer;
    std::chrono::milliseconds m_answerTimeout{0}; // armed once the bytes are out
    bool m_answerPending = false;
    QTimer m_guardTimer; // guard times, quiet times of the probe
    QElapsedTimer m_drainClock;
    qint64 m_drained = 0;
    QElapsedTimer m_opClock;
    QElapsedTimer m_clock; // monotonic base of traffic records
    at::Parser m_textParser;
    at::Parser m_confirmationParser; // text of 0x45 frames
    at::Parser m_eventParser;        // text of 0x41 frames
    edm::Parser m_edmParser;
    QList<edm::ConnectEvent> m_pendingConnects;
    QList<Peer> m_peers;
    QList<int> m_awaitingChannel; ///< peers whose connect event was lost: their channel comes with the resend
    bool m_startupSinceRestart = false;
    StreamRedactor m_redactor; // every secret of this session: masked in records and the hex log
    bool m_keepOriginals = false;
    int m_slot = -1;
    QString m_step;
};

Q_DECLARE_METATYPE(ModuleLink::Peer)
