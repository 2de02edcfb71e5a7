#pragma once

#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <span>

namespace relata {

/// Typed access to the members of JSON objects that records the first problem found,
/// with the path of the offending value ("tables[3].columns[2].type: expected a string").
/// Each getter returns false once it has failed, so that readers can chain them with &&.
class JsonChecker
{
public:
    enum class Need { Optional, Required };

    /// The first problem, "PATH: message"; empty when there was none.
    const QString &errorString() const { return m_error; }
    bool fail(const JsonPath &path, const QString &message);

    bool toObject(const QJsonValue &value, const JsonPath &path, QJsonObject *out);
    /// A missing optional member leaves `*out` unchanged; so do the other getters.
    bool getString(const QJsonObject &o, QLatin1StringView key, const JsonPath &path, QString *out,
                   Need need = Need::Optional);
    bool getBool(const QJsonObject &o, QLatin1StringView key, const JsonPath &path, bool *out);
    bool getNumber(const QJsonObject &o, QLatin1StringView key, const JsonPath &path, double *out);
    bool getArray(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                  QJsonArray *out, Need need = Need::Optional);
    /// A string member mapped through `fromName`; unknown text gives
    /// `unknown WHAT "text" (expected EXPECTED)`.
    template<typename E>
    bool getEnum(const QJsonObject &o, QLatin1StringView key, const JsonPath &path, E *out,
                 std::optional<E> (*fromName)(const QString &), QLatin1StringView what,
                 QLatin1StringView expected)
    {
        QString text;
        if (!o.contains(key) || !getString(o, key, path, &text))
            return !o.contains(key);
        const std::optional<E> value = fromName(text);
        if (!value)
            return failUnknown(path / key, what, text, expected);
        *out = *value;
        return true;
    }

    /// Members of `o` not named in `known`: what a newer version wrote, kept for saving.
    static QJsonObject unknownKeys(const QJsonObject &o, std::span<const QLatin1StringView> known);
    /// `text` quoted for a one-line message: escaped, and cut short when long.
    static QString quoted(const QString &text);

private:
    bool failUnknown(const JsonPath &path, QLatin1StringView what, const QString &text,
                     QLatin1StringView expected);

    QString m_error;
};

} // namespace relata
