#include "azure/identifiers.h"

#include <QCoreApplication>

namespace azure {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("azure", text);
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F') || (u >= '0' && u <= '9');
}

/// "'#' (U+0023)" — the code point helps when the character is invisible or looks like another.
QString describe(QChar c)
{
    const QString code = QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("'%1' (%2)").arg(c).arg(code);
    return c == u' ' ? tr("a space (U+0020)") : code;
}

std::optional<QString> badCharacter(const QString &what, QStringView id, qsizetype i, const QString &allowed)
{
    return tr("%1: character %2 is %3, which is not allowed; use %4")
        .arg(what)
        .arg(i + 1)
        .arg(describe(id[i]), allowed);
}

std::optional<QString> checkLength(const QString &what, QStringView id, int max)
{
    if (id.isEmpty())
        return tr("%1 is empty").arg(what);
    if (id.size() > max)
        return tr("%1 is %2 characters long; at most %3 are allowed").arg(what).arg(id.size()).arg(max);
    return std::nullopt;
}

} // namespace

std::optional<QString> checkRegistrationId(QStringView id, bool x509)
{
    const QString what = tr("registration ID");
    if (auto e = checkLength(what, id, x509 ? kMaxX509IdLength : kMaxRegistrationIdLength))
        return x509 && id.size() > kMaxX509IdLength
                   ? tr("%1 (an X.509 certificate's CN holds at most 64 characters)").arg(*e)
                   : e;
    const QString allowed = tr("letters, digits, '-', '.', '_' and ':'");
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        if (!isAsciiAlnum(c) && c != u'-' && c != u'.' && c != u'_' && c != u':')
            return badCharacter(what, id, i, allowed);
    }
    if (!isAsciiAlnum(id.front()))
        return tr("%1: it must start with a letter or digit, not %2").arg(what, describe(id.front()));
    if (!isAsciiAlnum(id.back()) && id.back() != u'-')
        return tr("%1: it must end with a letter, digit or '-', not %2 (character %3)")
            .arg(what, describe(id.back()))
            .arg(id.size());
    return std::nullopt;
}

std::optional<QString> checkDeviceId(QStringView id)
{
    const QString what = tr("device ID");
    if (auto e = checkLength(what, id, kMaxDeviceIdLength))
        return e;
    static const QString specials = QStringLiteral("-.%_*?!(),:=@$'");
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        if (!isAsciiAlnum(c) && !specials.contains(c))
            return badCharacter(what, id, i, tr("letters, digits and - . % _ * ? ! ( ) , : = @ $ '"));
    }
    return std::nullopt;
}

std::optional<QString> checkStationId(QStringView id)
{
    const QString what = tr("identifier");
    if (auto e = checkLength(what, id, kMaxX509IdLength))
        return e;
    const QString allowed = tr("lower-case letters, digits, '.', '_' and '-'");
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        const char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            return tr("%1: character %2 is the upper-case letter %3; the station uses lower-case IDs "
                      "(DPS compares IDs case-insensitively, derived keys are case-sensitive)")
                .arg(what)
                .arg(i + 1)
                .arg(describe(c));
        const bool ok = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-';
        if (!ok)
            return badCharacter(what, id, i, allowed);
    }
    if (!isAsciiAlnum(id.front()))
        return tr("%1: it must start with a letter or digit, not %2").arg(what, describe(id.front()));
    if (!isAsciiAlnum(id.back()))
        return tr("%1: it must end with a letter or digit, not %2 (character %3)")
            .arg(what, describe(id.back()))
            .arg(id.size());
    return std::nullopt;
}

std::optional<QString> checkHubHost(QStringView host)
{
    const QString what = tr("host name");
    if (auto e = checkLength(what, host, 253))
        return e;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i < host.size() && host[i] != u'.') {
            const QChar c = host[i];
            if (!isAsciiAlnum(c) && c != u'-')
                return badCharacter(what, host, i, tr("letters, digits, '-' and '.' between labels"));
            continue;
        }
        const qsizetype length = i - labelStart;
        if (length == 0)
            return tr("%1: empty label at character %2 (two dots in a row, or a leading or trailing dot)")
                .arg(what)
                .arg(i + 1);
        if (length > 63)
            return tr("%1: the label starting at character %2 is longer than 63 characters")
                .arg(what)
                .arg(labelStart + 1);
        if (host[labelStart] == u'-' || host[i - 1] == u'-')
            return tr("%1: a label may not start or end with '-' (character %2)")
                .arg(what)
                .arg(host[labelStart] == u'-' ? labelStart + 1 : i);
        labelStart = i + 1;
    }
    const qsizetype dot = host.indexOf(u'.');
    const QStringView rest = dot < 0 ? QStringView() : host.mid(dot + 1);
    if (rest.startsWith(u"azure-devices.", Qt::CaseInsensitive)) {
        const QStringView name = host.left(dot);
        if (name.size() < 3 || name.size() > 50)
            return tr("%1: an IoT Hub name has 3 to 50 characters; '%2' has %3")
                .arg(what, name.toString())
                .arg(name.size());
        bool allDigits = true;
        for (const QChar c : name)
            allDigits = allDigits && c.isDigit();
        if (allDigits)
            return tr("%1: an IoT Hub name may not be all digits").arg(what);
    }
    return std::nullopt;
}

std::optional<QString> checkIdScope(QStringView scope)
{
    const QString what = tr("ID scope");
    if (scope.isEmpty())
        return tr("%1 is empty").arg(what);
    for (qsizetype i = 0; i < qMin<qsizetype>(3, scope.size()); ++i) {
        const QChar expected = QLatin1Char("0ne"[i]);
        if (scope[i].toLower() != expected) {
            if (i == 0 && (scope[0] == u'O' || scope[0] == u'o'))
                return tr("%1: character 1 is the letter %2; ID scopes start with the digit zero (\"0ne...\")")
                    .arg(what, describe(scope[0]));
            return tr("%1: character %2 is %3; ID scopes start with \"0ne\" followed by 8 hex digits")
                .arg(what)
                .arg(i + 1)
                .arg(describe(scope[i]));
        }
    }
    for (qsizetype i = 3; i < scope.size(); ++i) {
        if (!isHex(scope[i]))
            return tr("%1: character %2 is %3; after \"0ne\" only hex digits 0-9 A-F are allowed")
                .arg(what)
                .arg(i + 1)
                .arg(describe(scope[i]));
    }
    if (scope.size() != 11)
        return tr("%1 has %2 characters; an ID scope has 11 (\"0ne\" and 8 hex digits)").arg(what).arg(scope.size());
    return std::nullopt;
}

} // namespace azure
