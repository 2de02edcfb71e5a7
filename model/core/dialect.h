#pragma once

#include <QString>

#include <optional>

namespace relata {

/// The SQL dialect a schema targets. `MySql` covers MySQL, MariaDB and Vitess.
enum class Dialect { MySql, PostgreSql, Sqlite };

/// The name used in files and on the command line: "mysql", "postgresql", "sqlite".
QString dialectName(Dialect dialect);
/// Accepts the file names plus common aliases ("mariadb", "postgres", "pg").
std::optional<Dialect> dialectFromName(const QString &name);

} // namespace relata
