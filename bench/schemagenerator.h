#pragma once

#include "core/schema.h"

namespace relata {

struct SchemaGeneratorOptions
{
    int tables = 100;
    quint64 seed = 1;
    Dialect dialect = Dialect::MySql;
};

/// Builds a synthetic schema that looks like a real FK-less application database.
///
/// Every table has an `id bigint unsigned` primary key and 3–12 further columns of
/// varied types (some nullable, some with defaults or comments). About 1.5 relations per
/// table point at earlier tables, so the graph is mostly acyclic; a few point forward and
/// close cycles, a few tables reference themselves (`parent_id`), a few have composite
/// keys (`tenant_id`, `id`) referenced by composite relations, some referencing columns
/// are deliberately left without an index, and some relations are inferred with a
/// confidence. Tables sit on a grid.
///
/// The same options give the same schema, and so the same file, on every platform.
Schema generateSchema(const SchemaGeneratorOptions &options);

} // namespace relata
