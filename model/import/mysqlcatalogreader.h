#pragma once

#include "mysqlcatalog.h"
#include "schemaimporter.h"

#include "core/result.h"

namespace relata {

class MySqlConnection;

/// Reads the whole catalog of the connected database in a fixed number of bulk queries,
/// reporting a phase before each and checking `cancel` between them ("import cancelled").
Result<mysqlcatalog::Catalog> readMySqlCatalog(MySqlConnection &connection, const QString &database,
                                               const ImportProgress &progress,
                                               const std::atomic_bool *cancel);

} // namespace relata
