#pragma once

#include "core/dialect.h"
#include "core/sqltype.h"

#include <QString>

namespace relata {

/// A column type as the target dialect should write it, and what was lost on the way.
struct MappedType
{
    QString text; ///< e.g. "bigint", "timestamp with time zone", "INTEGER"
    QString loss; ///< empty, or why information is lost ("unsigned dropped: PostgreSQL has no
                  ///< unsigned integers; values above 2^63-1 will not fit")
};

/// Maps a parsed type to the target dialect (docs/type-mapping.md). The same dialect
/// returns the type as written (aliases that the target does not accept as a column type
/// are resolved). Never fails: an Other type is kept verbatim with a loss note when the
/// dialect changes.
MappedType mapType(const SqlType &type, Dialect from, Dialect to);

} // namespace relata
