// provstation-cli edm decode|encode

#include "cli.h"
#include "common/files.h"
#include "common/hex.h"
#include "edm/edmparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString idText(quint16 id)
{
    return QStringLiteral("0x%1")
        .arg(id, 4, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QLatin1String("0X"), QLatin1String("0x"));
}

QJsonValue protocolValue(const QString &name)
{
    bool numeric = false;
    const int n = name.toInt(&numeric);
    return numeric ? QJsonValue(n) : QJsonValue(name);
}

QJsonObject frameJson(const edm::Frame &frame, quint64 offset)
{
    QJsonObject o;
    const QString name = edm::packetTypeName(frame.id());
    o.insert(QStringLiteral("type"), name.isEmpty() ? QStringLiteral("unknown") : name);
    o.insert(QStringLiteral("id"), idText(frame.id()));
    o.insert(QStringLiteral("offset"), qint64(offset));
    if (const auto ch = frame.channel())
        o.insert(QStringLiteral("channel"), int(*ch));
    if (edm::isAtPacket(frame.id()))
        o.insert(QStringLiteral("text"), QString::fromLatin1(frame.text()));
    if (edm::isDataPacket(frame.id()))
        o.insert(QStringLiteral("data_hex"), QString::fromLatin1(frame.data().toByteArray().toHex()));
    if (frame.type() == edm::PacketType::ConnectEvent) {
        if (const auto ce = frame.connectEvent()) {
            using Kind = edm::ConnectEvent::Kind;
            const QString addr = edm::ConnectEvent::formatAddress(ce->kind, ce->remoteAddress);
            if (ce->kind == Kind::Bluetooth) {
                o.insert(QStringLiteral("connect_type"), QStringLiteral("bluetooth"));
                o.insert(QStringLiteral("bd_address"), addr);
                o.insert(QStringLiteral("profile"), protocolValue(ce->protocolName()));
                o.insert(QStringLiteral("frame_size"), int(ce->frameSize));
            } else {
                o.insert(QStringLiteral("connect_type"),
                         ce->kind == Kind::Ipv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6"));
                o.insert(QStringLiteral("protocol"), protocolValue(ce->protocolName()));
                o.insert(QStringLiteral("remote_address"), addr);
                o.insert(QStringLiteral("remote_port"), int(ce->remotePort));
                o.insert(QStringLiteral("local_address"), edm::ConnectEvent::formatAddress(ce->kind, ce->localAddress));
                o.insert(QStringLiteral("local_port"), int(ce->localPort));
            }
        } else {
            o.insert(QStringLiteral("malformed"), true);
        }
    }
    if (!edm::isKnownPacketType(frame.id()) || frame.type() == edm::PacketType::IPhoneEvent ||
        o.contains(QStringLiteral("malformed")))
        o.insert(QStringLiteral("payload_hex"), QString::fromLatin1(frame.payload().toHex()));
    return o;
}

class JsonSink final : public edm::FrameSink
{
public:
    void onFrame(edm::Frame &&frame, quint64 offset) override { cli::printJson(frameJson(frame, offset)); }
    void onError(const edm::ParseError &e) override
    {
        cli::printJson({{QStringLiteral("type"), QStringLiteral("error")},
                        {QStringLiteral("reason"), edm::ParseError::reasonName(e.reason)},
                        {QStringLiteral("offset"), qint64(e.offset)},
                        {QStringLiteral("length"), qint64(e.length)}});
    }
};

int decode(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Decode EDM frames into one JSON object per line. Input: --hex TEXT, "
                                   "a binary capture FILE, or standard input (no FILE or '-')."));
    p.addHelpOption();
    p.addOption({QStringLiteral("hex"), tr("Decode these hex bytes (spaces optional)."), tr("TEXT")});
    p.addPositionalArgument(QStringLiteral("file"), tr("Binary capture to decode; '-' for standard input."));
    if (!cli::parse(p, args))
        return cli::Usage;
    if (p.isSet(QStringLiteral("help"))) {
        cli::out() << p.helpText();
        return cli::Ok;
    }
    if (p.positionalArguments().size() > 1)
        return cli::fail(tr("edm decode takes at most one FILE"));
    if (p.isSet(QStringLiteral("hex")) && !p.positionalArguments().isEmpty())
        return cli::fail(tr("give either --hex or a FILE, not both"));

    edm::Parser parser;
    JsonSink sink;
    if (p.isSet(QStringLiteral("hex"))) {
        QString error;
        const auto bytes = hex::parse(p.value(QStringLiteral("hex")), &error);
        if (!bytes)
            return cli::fail(tr("--hex: %1").arg(error));
        parser.feed(*bytes, sink);
        parser.finish(sink);
        return cli::Ok;
    }
    const QString path = p.positionalArguments().value(0, QStringLiteral("-"));
    const bool fromStdin = path == QLatin1String("-");
    // A capture is a regular file or a pipe: a device such as /dev/zero or a FIFO never ends.
    if (const QString why = fromStdin ? cli::whyStdinNotReadable() : files::whyNotReadable(path, files::kMaxCapture);
        !why.isEmpty())
        return cli::fail(why);
    QFile file;
    const bool opened =
        fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return cli::fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    // Stream in chunks so a capture decodes in constant memory, up to the size of a capture.
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (qint64 total = 0;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return cli::fail(tr("cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        if ((total += n) > files::kMaxCapture)
            return cli::fail(QCoreApplication::translate("cli", "%1 is more than %2 bytes, the limit of a capture")
                                 .arg(fromStdin ? QCoreApplication::translate("cli", "standard input") : path)
                                 .arg(files::kMaxCapture));
        parser.feed(QByteArrayView(chunk.constData(), n), sink);
    }
    parser.finish(sink);
    return cli::Ok;
}

void printFrame(const edm::Frame &frame, bool json)
{
    const QByteArray wire = frame.encode();
    if (json)
        cli::printJson({{QStringLiteral("hex"), hex::spaced(wire)}, {QStringLiteral("size"), wire.size()}});
    else
        cli::out() << hex::spaced(wire) << '\n';
}

int encode(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Encode one EDM frame and print it as hex.\n"
                                   "  edm encode at \"AT+GMM\"            AT request (CR appended unless --raw)\n"
                                   "  edm encode data --channel N (--text T | --hex H)   data command\n"
                                   "  edm encode start | resend         start event / resend connect events"));
    p.addHelpOption();
    p.addOption({QStringLiteral("channel"), tr("EDM channel of a data command (0-255)."), tr("N")});
    p.addOption({QStringLiteral("text"), tr("Data as text."), tr("TEXT")});
    p.addOption({QStringLiteral("hex"), tr("Data as hex bytes."), tr("HEX")});
    p.addOption({QStringLiteral("raw"), tr("Do not append CR to an AT request.")});
    p.addOption({QStringLiteral("json"), tr("Print {\"hex\":…, \"size\":…}.")});
    p.addPositionalArgument(QStringLiteral("kind"), tr("at, data, start or resend"));
    if (!cli::parse(p, args))
        return cli::Usage;
    if (p.isSet(QStringLiteral("help"))) {
        cli::out() << p.helpText();
        return cli::Ok;
    }
    const QStringList pos = p.positionalArguments();
    const bool json = p.isSet(QStringLiteral("json"));
    const QString kind = pos.value(0);
    if (kind == QLatin1String("at")) {
        if (pos.size() != 2)
            return cli::fail(tr("edm encode at needs exactly one command text, e.g. \"AT+GMM\""));
        QByteArray text = pos[1].toUtf8();
        if (!p.isSet(QStringLiteral("raw")) && !text.endsWith('\r') && !text.endsWith('\n'))
            text.append('\r');
        if (text.size() > edm::kMaxContent)
            return cli::fail(
                tr("AT text of %1 bytes does not fit one frame (at most %2)").arg(text.size()).arg(edm::kMaxContent));
        printFrame(edm::Frame::atRequest(text), json);
        return cli::Ok;
    }
    if (kind == QLatin1String("data")) {
        if (pos.size() != 1)
            return cli::fail(tr("edm encode data takes its data from --text or --hex"));
        bool ok = false;
        const int channel = p.value(QStringLiteral("channel")).toInt(&ok);
        if (!p.isSet(QStringLiteral("channel")) || !ok || channel < 0 || channel > 255)
            return cli::fail(tr("edm encode data needs --channel N with N from 0 to 255"));
        if (p.isSet(QStringLiteral("text")) == p.isSet(QStringLiteral("hex")))
            return cli::fail(tr("edm encode data needs exactly one of --text and --hex"));
        QByteArray data;
        if (p.isSet(QStringLiteral("text"))) {
            data = p.value(QStringLiteral("text")).toUtf8();
        } else {
            QString error;
            const auto bytes = hex::parse(p.value(QStringLiteral("hex")), &error);
            if (!bytes)
                return cli::fail(tr("--hex: %1").arg(error));
            data = *bytes;
        }
        if (data.size() > edm::kMaxContent)
            return cli::fail(
                tr("%1 data bytes do not fit one frame (at most %2)").arg(data.size()).arg(edm::kMaxContent));
        printFrame(edm::Frame::dataCommand(quint8(channel), data), json);
        return cli::Ok;
    }
    if (kind == QLatin1String("start") && pos.size() == 1) {
        printFrame(edm::Frame::startEvent(), json);
        return cli::Ok;
    }
    if (kind == QLatin1String("resend") && pos.size() == 1) {
        printFrame(edm::Frame::resendConnectEvents(), json);
        return cli::Ok;
    }
    return cli::fail(tr("edm encode needs one of: at TEXT, data, start, resend"));
}

} // namespace

namespace cli {

int edmCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + u' ' + sub);
    if (sub == QLatin1String("decode"))
        return decode(rest);
    if (sub == QLatin1String("encode"))
        return encode(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << tr("Usage: provstation-cli edm decode|encode [options]") << '\n';
        return Ok;
    }
    return fail(tr("edm needs a subcommand: decode or encode"));
}

} // namespace cli
