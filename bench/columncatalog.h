#pragma once

#include "core/dialect.h"

#include <QString>

#include <optional>
#include <span>

namespace relata {

/// The kinds of column the schema generator draws from.
enum class ColumnKind {
    Id,
    TenantId,
    Reference,
    VarChar,
    Int,
    Decimal,
    DateTime,
    Text,
    Flag,
    Json,
    Enum
};

/// One candidate data column: its name, kind and what a person might write about it.
struct ColumnTemplate
{
    const char16_t *name;
    ColumnKind kind;
    int length; ///< VarChar only
    const char16_t *comment;
};

/// The data columns tables are made of; names are unique within the catalog.
std::span<const ColumnTemplate> columnTemplates();

/// The nouns tables are named after, singular ("order"); the table is the plural.
std::span<const char16_t *const> tableNouns();

/// The type as a person would write it for the dialect (`bigint unsigned`, `jsonb`...).
QString columnTypeText(ColumnKind kind, int length, Dialect dialect);

/// A plausible default for a column of the kind, or none.
std::optional<QString> columnDefault(const ColumnTemplate &column, Dialect dialect);

/// English plural of a noun: "category" → "categories", "address" → "addresses".
QString pluralOf(const QString &noun);

} // namespace relata
