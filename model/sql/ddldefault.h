#pragma once

#include "core/column.h"
#include "core/dialect.h"

#include <QString>

#include <optional>

namespace relata {

class SqlDialect;

/// The value of a string literal as written in `dialect` (`'it''s'`, MySQL `'it\'s'` and
/// `_utf8mb4'x'`, PostgreSQL `E'a\nb'` and `'x'::text`); std::nullopt when `text` is not
/// one literal. `cast` receives a PostgreSQL `::type` suffix, when there is one.
std::optional<QString> unquoteStringLiteral(const QString &text, Dialect dialect,
                                            QString *cast = nullptr);

/// True when `text` is one SQL expression as far as statement boundaries go: quotes and
/// parentheses balanced, and outside quotes no `;`, no comment (`--`, `/*`, MySQL `#`) and
/// no backslash (a psql command). DDL refuses other defaults rather than write a script
/// that breaks, or does more than create tables, when it runs.
bool isOneExpression(const QString &text, Dialect dialect);

/// The DEFAULT expression to write for `column` in the target dialect, from the model's
/// text (an SQL expression written for `from`). String literals are re-quoted for the
/// target (MySQL escapes backslashes, PostgreSQL does not), the current time is spelled
/// CURRENT_TIMESTAMP across dialects, booleans written as 0/1 become false/true for
/// PostgreSQL, and expressions are put in parentheses where the target requires them.
/// Other expressions are kept as written: Relata does not translate SQL functions.
QString defaultExpression(const Column &column, Dialect from, const SqlDialect &to);

} // namespace relata
