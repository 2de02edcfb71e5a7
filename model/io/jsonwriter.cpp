#include "jsonwriter.h"

#include <QJsonArray>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace relata {

namespace {

constexpr double kPowersOfTen[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

void appendHexEscape(QByteArray &out, char16_t c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append("\\u", 2);
    out.append(kHex[(c >> 12) & 0xf]);
    out.append(kHex[(c >> 8) & 0xf]);
    out.append(kHex[(c >> 4) & 0xf]);
    out.append(kHex[c & 0xf]);
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xc0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out.append(char(0xe0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3f)));
        out.append(char(0x80 | (c & 0x3f)));
    } else {
        out.append(char(0xf0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3f)));
        out.append(char(0x80 | ((c >> 6) & 0x3f)));
        out.append(char(0x80 | (c & 0x3f)));
    }
}

bool isScalar(const QJsonValue &v)
{
    return !v.isArray() && !v.isObject();
}

} // namespace

double roundToDecimals(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return 0;
    const double scale = kPowersOfTen[std::clamp(maxDecimals, 0, 6)];
    const double rounded = std::round(value * scale) / scale;
    return rounded == 0 ? 0.0 : rounded; // no "-0"
}

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::newline(qsizetype depth)
{
    m_out.append('\n');
    m_out.append(2 * depth, ' ');
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Frame &frame = m_stack.last();
    if (!frame.empty)
        m_out.append(',');
    if (!frame.compact)
        newline(m_stack.size());
    else if (!frame.empty || frame.object)
        m_out.append(' ');
    frame.empty = false;
}

void JsonWriter::begin(char open, bool object, Style style)
{
    separate();
    const bool insideCompact = !m_stack.isEmpty() && m_stack.last().compact;
    m_stack.append(Frame{object, insideCompact || style == Style::Compact, true});
    m_out.append(open);
}

void JsonWriter::end(char close)
{
    Q_ASSERT(!m_stack.isEmpty() && !m_afterKey);
    const Frame frame = m_stack.last();
    m_stack.removeLast();
    if (!frame.empty) {
        if (!frame.compact)
            newline(m_stack.size());
        else if (frame.object)
            m_out.append(' ');
    }
    m_out.append(close);
}

void JsonWriter::beginObject(Style style)
{
    begin('{', true, style);
}

void JsonWriter::endObject()
{
    end('}');
}

void JsonWriter::beginArray(Style style)
{
    begin('[', false, style);
}

void JsonWriter::endArray()
{
    end(']');
}

void JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_stack.isEmpty() && m_stack.last().object);
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\": ", 3);
    m_afterKey = true;
}

void JsonWriter::key(QStringView name)
{
    Q_ASSERT(!m_stack.isEmpty() && m_stack.last().object);
    separate();
    appendString(name);
    m_out.append(": ", 2);
    m_afterKey = true;
}

void JsonWriter::appendString(QStringView text)
{
    m_out.append('"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"' || c == u'\\') {
            m_out.append('\\');
            m_out.append(char(c));
        } else if (c < 0x20) {
            appendHexEscape(m_out, c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            appendUtf8(m_out, QChar::surrogateToUcs4(c, text[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            appendHexEscape(m_out, c); // unpaired: kept as written instead of becoming U+FFFD
        } else {
            appendUtf8(m_out, c);
        }
    }
    m_out.append('"');
}

void JsonWriter::string(QStringView text)
{
    separate();
    appendString(text);
}

void JsonWriter::boolean(bool value)
{
    separate();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::integer(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void JsonWriter::fixed(double value, int maxDecimals)
{
    separate();
    const int decimals = std::clamp(maxDecimals, 0, 6);
    QByteArray text = QByteArray::number(roundToDecimals(value, decimals), 'f', decimals);
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    m_out.append(text);
}

void JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        boolean(value.toBool());
        return;
    case QJsonValue::Double: {
        const QVariant v = value.toVariant();
        separate();
        if (v.typeId() == QMetaType::LongLong)
            m_out.append(QByteArray::number(v.toLongLong()));
        else if (std::isfinite(value.toDouble()))
            m_out.append(QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
        else
            m_out.append("null", 4);
        return;
    }
    case QJsonValue::String:
        string(value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        const bool scalars = std::all_of(array.begin(), array.end(), isScalar);
        beginArray(scalars ? Style::Compact : Style::Lines);
        for (const QJsonValue &element : array)
            this->value(element);
        endArray();
        return;
    }
    case QJsonValue::Object:
        beginObject();
        members(value.toObject());
        endObject();
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    }
}

void JsonWriter::members(const QJsonObject &object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end()); // UTF-16 order, whatever QJsonObject keeps internally
    for (const QString &k : keys) {
        key(k);
        value(object.value(k));
    }
}

QByteArray JsonWriter::take()
{
    Q_ASSERT(m_stack.isEmpty());
    m_out.append('\n');
    m_afterKey = false;
    return std::exchange(m_out, QByteArray());
}

} // namespace relata
