#pragma once

#include "core/dialect.h"
#include "core/result.h"
#include "core/schema.h"

#include <QString>

#include <optional>

namespace relata {

/// What `relata-cli export ddl` and the GUI's DDL preview ask for.
struct DdlOptions
{
    std::optional<Dialect> dialect; ///< the target; the schema's own dialect when empty
    bool withConstraints = false;   ///< real FOREIGN KEY constraints, for those who want them
    bool relationComments = true;   ///< record each relation in a comment the importer reads
    bool missingIndexes = true;     ///< add the index each relation needs (R007), named
                                    ///< deterministically
    bool ifNotExists = false;       ///< CREATE TABLE/INDEX IF NOT EXISTS
    bool dropFirst = false;         ///< DROP TABLE IF EXISTS before creating, children first
};

/// Constraint-free DDL for the whole schema (SPEC §4): CREATE TABLE in dependency order
/// (parents first; cycles broken deterministically and explained in a comment), columns
/// with types mapped to the target dialect, primary keys, every index, and no FOREIGN KEY
/// unless asked. Every identifier is quoted. Relations that are unconfirmed (inferred,
/// not accepted) or ignored are left out. Deterministic: the same schema and options give
/// the same bytes.
Result<QString> generateDdl(const Schema &schema, const DdlOptions &options = {});

} // namespace relata
