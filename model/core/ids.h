#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace relata {

/// A strong, typed identity for a model object. Ids stay stable while a schema is
/// open, so renaming a table or column never breaks the references to it.
/// They are not written to files (files refer by name).
template<typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(quint32 value)
        : m_value(value)
    {}

    constexpr bool isValid() const { return m_value != 0; }
    constexpr quint32 value() const { return m_value; }

    friend constexpr bool operator==(Id a, Id b) { return a.m_value == b.m_value; }
    friend constexpr bool operator!=(Id a, Id b) { return a.m_value != b.m_value; }
    friend constexpr bool operator<(Id a, Id b) { return a.m_value < b.m_value; }
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.m_value, seed); }

private:
    quint32 m_value = 0;
};

using TableId = Id<struct TableIdTag>;
using ColumnId = Id<struct ColumnIdTag>;
using IndexId = Id<struct IndexIdTag>;
using RelationId = Id<struct RelationIdTag>;

} // namespace relata
