#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

namespace relata {

/// Streams JSON text in one fixed layout, so that equal input always gives equal bytes
/// (QJsonDocument::toJson sorts keys, which would lose the file format's key order).
///
/// Two-space indent; a container is either `Lines` (one member per line) or `Compact`
/// (`{ "a": 1, "b": 2 }`, `["x", "y"]`); everything inside a compact container is compact.
/// Strings are escaped minimally: quote, backslash, control characters and unpaired
/// surrogates as \uXXXX; everything else stays UTF-8.
class JsonWriter
{
public:
    enum class Style { Lines, Compact };

    explicit JsonWriter(qsizetype reserve = 0);

    void beginObject(Style style = Style::Lines);
    void endObject();
    void beginArray(Style style = Style::Lines);
    void endArray();

    void key(QLatin1StringView name);
    void key(QStringView name);

    void string(QStringView text);
    void boolean(bool value);
    void integer(qint64 value);
    void null();
    /// A number rounded to at most `maxDecimals` decimals, without trailing zeros ("40", "12.5").
    void fixed(double value, int maxDecimals);
    /// Any JSON value: object keys sorted, arrays of scalars compact, other containers in lines.
    void value(const QJsonValue &value);
    /// Each member of `object`, in key order (for unknown keys kept from a newer file).
    void members(const QJsonObject &object);

    /// The text, with a final newline. The writer is empty afterwards.
    QByteArray take();

private:
    struct Frame
    {
        bool object = false;
        bool compact = false;
        bool empty = true;
    };

    void separate();
    void begin(char open, bool object, Style style);
    void end(char close);
    void newline(qsizetype depth);
    void appendString(QStringView text);

    QByteArray m_out;
    QVarLengthArray<Frame, 16> m_stack;
    bool m_afterKey = false;
};

/// `value` rounded to at most `maxDecimals` (0..6) decimals; what JsonWriter::fixed writes
/// and what the reader stores, so that a file read and written again is unchanged.
double roundToDecimals(double value, int maxDecimals);

} // namespace relata
