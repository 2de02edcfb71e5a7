#include "jsonchecker.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

bool JsonChecker::fail(const JsonPath &path, const QString &message)
{
    if (!m_error.isEmpty())
        return false;
    const QString where = path.toString();
    m_error = where.isEmpty() ? message : where + u": "_s + message;
    return false;
}

bool JsonChecker::failUnknown(const JsonPath &path, QLatin1StringView what, const QString &text,
                              QLatin1StringView expected)
{
    return fail(path,
                u"unknown "_s + what + u' ' + quoted(text) + u" (expected "_s + expected + u')');
}

bool JsonChecker::toObject(const QJsonValue &value, const JsonPath &path, QJsonObject *out)
{
    if (!value.isObject())
        return fail(path, u"expected an object"_s);
    *out = value.toObject();
    return true;
}

bool JsonChecker::getString(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                            QString *out, Need need)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return need == Need::Optional || fail(path / key, u"missing (expected a string)"_s);
    if (!v.isString())
        return fail(path / key, u"expected a string"_s);
    *out = v.toString();
    return true;
}

bool JsonChecker::getBool(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                          bool *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return fail(path / key, u"expected true or false"_s);
    *out = v.toBool();
    return true;
}

bool JsonChecker::getNumber(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                            double *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isDouble())
        return fail(path / key, u"expected a number"_s);
    *out = v.toDouble();
    return true;
}

bool JsonChecker::getArray(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                           QJsonArray *out, Need need)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return need == Need::Optional || fail(path / key, u"missing (expected an array)"_s);
    if (!v.isArray())
        return fail(path / key, u"expected an array"_s);
    *out = v.toArray();
    return true;
}

QJsonObject JsonChecker::unknownKeys(const QJsonObject &o, std::span<const QLatin1StringView> known)
{
    QJsonObject extra;
    const auto present = std::count_if(known.begin(), known.end(),
                                       [&o](QLatin1StringView key) { return o.contains(key); });
    if (present == o.size()) // the usual case, checked without making a QString per key
        return extra;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(known.begin(), known.end(), key) == known.end())
            extra.insert(key, it.value());
    }
    return extra;
}

QString JsonChecker::quoted(const QString &text)
{
    constexpr qsizetype kShown = 80;
    QStringView shown = QStringView(text).left(kShown);
    if (!shown.isEmpty() && shown.back().isHighSurrogate())
        shown.chop(1);
    QString out = u"\""_s;
    for (const QChar c : shown) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c.unicode() < 0x20)
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    out += text.size() > kShown ? u"…\""_s : u"\""_s;
    return out;
}

} // namespace relata
