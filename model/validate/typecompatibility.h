#pragma once

#include "core/dialect.h"
#include "core/sqltype.h"

#include <QString>

namespace relata {

/// Why a child column cannot reference a parent column of the given type, in words:
/// "different width (32 vs 64 bits) and signedness"; empty when the two are compatible.
///
/// A virtual relation is only as good as the join behind it: a narrower or differently
/// signed child cannot hold every parent key, a shorter string truncates it, and a join
/// across families, widths or collations converts on every row and cannot use the index.
/// MySQL itself demands the same for a real FOREIGN KEY ("same size and sign"), so the
/// check is symmetric in width and strict about families. Shared by validation (R004)
/// and by relation inference, which scores candidates by type compatibility.
QString typeIncompatibility(const SqlType &child, const SqlType &parent, Dialect dialect);

/// True when typeIncompatibility() has nothing to say.
bool areTypesCompatible(const SqlType &child, const SqlType &parent, Dialect dialect);

/// The type in its canonical spelling after aliases: MySQL `serial` is `bigint unsigned`,
/// PostgreSQL `serial` is `integer`, `int4` is `integer`. Sizes are kept; character set,
/// collation and the sequence an alias implies are not. This is the type to give a column
/// that refers to a column declared with an alias.
QString resolvedTypeText(const SqlType &type, Dialect dialect);

/// The type as written and, when an alias resolved to something spelled differently, the
/// resolved form in parentheses: "serial (bigint unsigned)", "int4 (integer)", "int".
QString typeDisplayText(const SqlType &type, Dialect dialect);

} // namespace relata
