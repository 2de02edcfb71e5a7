#pragma once

#include "dialect.h"
#include "sqltype.h"

#include <QStringView>

// Internal to SqlType::parse: the type names each dialect knows and what they resolve to.
namespace relata::detail {

/// What a name implies beyond its family; aliases such as `serial` carry most of these.
enum TypeTrait : unsigned {
    NoTraits = 0,
    FixedLength = 1U << 0,    ///< `char(n)`, `binary(n)`, `bit(n)`
    Unsigned = 1U << 1,       ///< MySQL `serial`, `year`
    Sequence = 1U << 2,       ///< PostgreSQL serials: auto increment and not null
    UniqueSequence = 1U << 3, ///< MySQL `serial`: also unique
    TimeZone = 1U << 4,       ///< `timestamptz`, `timetz`, MySQL `timestamp`
    BooleanWidth = 1U << 5,   ///< MySQL `bool` is `tinyint(1)`
    National = 1U << 6,       ///< MySQL `nchar`/`national`: the utf8mb3 character set
    FloatBits = 1U << 7,      ///< `float(p)` picks single or double precision from p
    SetMembers = 1U << 8,     ///< MySQL `set`
    NoArguments = 1U << 9,    ///< takes no `(...)` even though its family could
};

/// One spelling of a type name in one dialect.
struct TypeName
{
    QStringView key;       ///< lower-case, words separated by one space
    QStringView canonical; ///< what SqlType::canonicalName becomes
    TypeFamily family;
    int bits; ///< Integer family width
    unsigned traits;
};

/// A multi-word lookup never needs more words or characters than these.
inline constexpr int MaxTypeNameWords = 3;
inline constexpr qsizetype MaxTypeNameLength = 32;

/// The entry for `key` (lower-case, single spaces) in `dialect`, or nullptr.
const TypeName *findTypeName(Dialect dialect, QStringView key);

/// SQLite's affinity for a declared type it has no precise name for, applying its rules in
/// its order (INT, then CHAR/CLOB/TEXT, then BLOB, then REAL/FLOA/DOUB), so that
/// `BLOB SUB_TYPE TEXT` is text and `POINT` an integer; nullptr for NUMERIC affinity, which
/// says nothing about the values.
const TypeName *sqliteAffinity(QStringView declaredType);

} // namespace relata::detail
