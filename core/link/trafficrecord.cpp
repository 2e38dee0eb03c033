#include "link/trafficrecord.h"

QString TrafficRecord::directionName(Direction d)
{
    switch (d) {
    case Direction::ToModule:
        return QStringLiteral("out");
    case Direction::FromModule:
        return QStringLiteral("in");
    case Direction::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString TrafficRecord::kindName(Kind k)
{
    switch (k) {
    case Kind::AtLine:
        return QStringLiteral("at");
    case Kind::Upload:
        return QStringLiteral("upload");
    case Kind::EdmFrame:
        return QStringLiteral("edm");
    case Kind::EdmError:
        return QStringLiteral("edm_error");
    case Kind::Noise:
        return QStringLiteral("noise");
    case Kind::Event:
        return QStringLiteral("event");
    }
    return {};
}
