#pragma once

#include "dialect.h"

#include <QString>
#include <QStringList>

namespace relata {

/// The canonical family of a column type; what validation compares.
enum class TypeFamily {
    Integer,
    Decimal,
    Float,
    String,
    Binary,
    Text,
    Blob,
    Date,
    Time,
    Timestamp,
    Boolean,
    Json,
    Uuid,
    Enum,
    Other,
};

QString typeFamilyName(TypeFamily family);

/// A column type, kept exactly as written and parsed into a canonical form.
///
/// The text is the source of truth (it is what files store and DDL repeats when the
/// dialect is unchanged); the parsed fields are derived from it and the dialect, so
/// that rules can compare `int` with `bigint unsigned` or `int4` with `integer`.
/// Types Relata does not know survive as `TypeFamily::Other` with their text.
struct SqlType
{
    QString text; ///< as written, e.g. "int(11) unsigned zerofill"
    TypeFamily family = TypeFamily::Other;
    QString canonicalName; ///< lower-case base name after aliases: "integer", "bigint", "varchar",
                           ///< "numeric"...
    int integerBits = 0;   ///< Integer family: 8, 16, 24, 32 or 64 (0 when unknown)
    int length = -1;       ///< String/Binary: declared length; -1 when none
    int precision = -1;    ///< Decimal/Float precision, or fractional seconds of Time/Timestamp; -1
                           ///< when none
    int scale = -1;        ///< Decimal scale; -1 when none
    int displayWidth = -1; ///< MySQL integer display width `int(11)`; -1 when none
    bool isUnsigned = false;
    bool zeroFill = false;
    bool withTimeZone = false;
    bool isArray = false;     ///< PostgreSQL `text[]`, `integer ARRAY`
    bool fixedLength = false; ///< `char(n)`/`binary(n)` rather than `varchar`/`varbinary`
    QStringList enumValues;   ///< `enum('a','b')` and `set('a','b')` members, unquoted
    bool isSet = false;       ///< MySQL SET (family Enum)
    QString charset;          ///< MySQL `CHARACTER SET x`, lower-case; empty when not given
    QString collation;        ///< `COLLATE x` when written in the type text, lower-case
    // Properties implied by an alias such as `serial`:
    bool impliesAutoIncrement = false;
    bool impliesNotNull = false;
    bool impliesUnique = false;

    /// Parses `text` as written for `dialect`. Never fails: unknown text gives family Other.
    ///
    /// canonicalName is in the dialect's own spelling (MySQL `int`, `decimal`, `double`;
    /// PostgreSQL `integer`, `numeric`, `double precision`; SQLite `integer`, `numeric`,
    /// `real`), the name its catalog reports, so that DDL for the same dialect can repeat it.
    /// Sizes are as declared (-1 when absent), not the dialect's defaults. For Other,
    /// canonicalName is the leading name (`public.mpaa_rating`, `geometry`) as a hint.
    /// Choices where the dialects leave room, so that comparisons come out right:
    /// - MySQL `bool` is `tinyint(1)`; `year` is a 16-bit unsigned integer (it holds
    ///   1901..2155); `bit(n)` is Binary with `length` n in bits (clients receive bit
    ///   values as binary strings); `timestamp` is withTimeZone (it stores an instant in
    ///   UTC, as PostgreSQL's timestamptz does) while `datetime` is not; `nchar`/`national`
    ///   imply charset utf8mb3; the `BINARY` attribute means collation `<charset>_bin`
    ///   when the charset is written.
    /// - PostgreSQL collations in double quotes keep their case (`"C"`); domains, enums
    ///   and extension types are Other; `_int4` is an array, as the catalogs spell it.
    /// - SQLite integers are 64 bits whatever their name, since SQLite stores every
    ///   integer in up to 8 bytes; a column without a type is Blob (its affinity); names
    ///   not listed follow SQLite's affinity rules (`POINT` is an integer) or are Other.
    static SqlType parse(const QString &text, Dialect dialect);

    bool operator==(const SqlType &other) const = default;
};

} // namespace relata
