#pragma once

#include "schemaimporter.h"

namespace relata {

/// SQLite (QSQLITE): sqlite_schema and the pragma table-valued functions, five queries
/// whatever the number of tables. The file is opened read-only and must exist.
///
/// What SQLite's catalog does not say is read from the `CREATE TABLE` text that
/// sqlite_schema keeps: column and table comments (`--` lines, where Relata's DDL writes
/// its relation markers) and AUTOINCREMENT. A column is a counting column only when its
/// definition says `AUTOINCREMENT`: a plain `INTEGER PRIMARY KEY` is a rowid alias that
/// may reuse the ids of deleted rows, which is not what a model's counting column
/// promises, and Relata's DDL writes AUTOINCREMENT for every counting column it can.
///
/// ImportSummary::indexes counts every index SQLite has, including the automatic ones
/// behind PRIMARY KEY and UNIQUE constraints; the model holds the primary key as
/// Table::primaryKey, not as an index, and leaves out partial and expression indexes
/// (listed in notModelled).
class SqliteImporter final : public SchemaImporter
{
public:
    Result<ImportResult> import(const ConnectionSettings &settings,
                                const ImportProgress &progress = {},
                                const std::atomic_bool *cancel = nullptr) override;
};

} // namespace relata
