#pragma once

#include <QStringList>

namespace relata::reservedwords {

// Lower-case words that fail as unquoted table or column names. Internal to SqlDialect.

/// MySQL 8.0 (the words its manual marks (R)) and MariaDB 10.11, since the MySQL dialect
/// covers both: a name must work on either server.
QStringList mysql();
/// PostgreSQL: "reserved" and "reserved (can be function or type)".
QStringList postgresql();
/// SQLite: the keywords that its parser rejects as a table or column name.
QStringList sqlite();

} // namespace relata::reservedwords
