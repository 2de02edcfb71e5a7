#pragma once

#include <QLatin1StringView>
#include <QString>

namespace relata {

/// Where a value sits in a JSON document ("tables[3].columns[2].type"), as a chain of
/// stack-allocated links: building one costs nothing, the text is made only for an error.
/// A link must not outlive its parent.
class JsonPath
{
public:
    JsonPath() = default;

    JsonPath operator/(QLatin1StringView key) const { return JsonPath(this, key, -1); }
    JsonPath operator[](qsizetype index) const { return JsonPath(this, {}, index); }

    QString toString() const;

private:
    JsonPath(const JsonPath *parent, QLatin1StringView key, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
    {}

    const JsonPath *m_parent = nullptr;
    QLatin1StringView m_key;
    qsizetype m_index = -1;
};

} // namespace relata
