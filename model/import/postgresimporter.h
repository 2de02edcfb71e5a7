#pragma once

#include "schemaimporter.h"

namespace relata {

/// PostgreSQL (QPSQL): pg_catalog in bulk, one or more schemas.
///
/// Reads, in one read-only repeatable-read transaction and a fixed number of queries
/// whatever the size: ordinary and partitioned tables (partitions are counted and skipped,
/// tables owned by an extension are left out), columns with their types as the server
/// writes them, defaults, identity and serial columns (autoIncrement), comments, primary
/// keys, indexes (expression and partial ones are listed in summary.notModelled with their
/// definition), FOREIGN KEYs as relations of origin Constraint with their actions, and
/// Relata's markers in column comments as relations of origin Comment. Views, sequences,
/// functions and triggers are counted.
///
/// Schemas: settings.schemas empty = "public"; {"*"} = every schema except PostgreSQL's
/// own. When more than one schema is read, every table is named `schema.table`.
class PostgresImporter final : public SchemaImporter
{
public:
    Result<ImportResult> import(const ConnectionSettings &settings,
                                const ImportProgress &progress = {},
                                const std::atomic_bool *cancel = nullptr) override;
};

} // namespace relata
