#pragma once

#include "core/dialect.h"

#include <QString>
#include <QStringList>

namespace relatatest {

/// Splits an SQL script into statements at each `;` that is outside string literals,
/// quoted identifiers (`"..."`, and `` `...` `` in MySQL) and comments (`-- ...`, `/* ... */`,
/// and `# ...` in MySQL). Statements are trimmed; empty ones and comment-only ones are left
/// out. MySQL strings also treat a backslash as an escape, as the server does by default.
QStringList splitSqlStatements(const QString &script, relata::Dialect dialect);

} // namespace relatatest
