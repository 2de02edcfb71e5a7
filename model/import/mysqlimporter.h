#pragma once

#include "schemaimporter.h"

namespace relata {

/// MariaDB and MySQL (QMARIADB/QMYSQL): information_schema in six bulk queries, whatever
/// the number of tables.
///
/// The summary counts what the model holds: `indexes` includes the primary key of each
/// table that has one; FULLTEXT, SPATIAL and expression indexes are left out of the model
/// and listed in `notModelled`, as are prefix lengths, generated-column expressions,
/// ON UPDATE clauses and foreign keys to other databases.
class MySqlImporter final : public SchemaImporter
{
public:
    Result<ImportResult> import(const ConnectionSettings &settings,
                                const ImportProgress &progress = {},
                                const std::atomic_bool *cancel = nullptr) override;
};

} // namespace relata
