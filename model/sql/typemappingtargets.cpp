#include "typemappingdetail.h"

using namespace Qt::StringLiterals;

// What each target dialect gets for a type from another one: docs/type-mapping.md.

namespace relata::detail {

namespace {

using F = TypeFamily;

// ---------------------------------------------------------------------------------- PostgreSQL

MappedType integerToPostgreSql(const SqlType &type, Dialect from)
{
    if (from == Dialect::Sqlite)
        return exact(u"bigint"_s); // SQLite integers are 64 bits whatever the name says
    if (isMySqlBoolean(type, from))
        return fromMySqlBoolean(type, u"boolean"_s);
    if (type.canonicalName == u"year")
        return exact(u"smallint"_s);
    switch (type.integerBits) {
    case 8:
        return exact(u"smallint"_s);
    case 16:
        return exact(type.isUnsigned ? u"integer"_s : u"smallint"_s);
    case 24:
        return exact(u"integer"_s);
    case 32:
        return exact(type.isUnsigned ? u"bigint"_s : u"integer"_s);
    default:
        break;
    }
    if (type.isUnsigned)
        return lossy(u"bigint"_s, unsignedLoss(Dialect::PostgreSql));
    return exact(u"bigint"_s);
}

MappedType numberToPostgreSql(const SqlType &type, Dialect from)
{
    if (type.family == F::Decimal) {
        if (type.precision >= 0)
            return exact(sized(u"numeric", type.precision, type.scale));
        // MySQL's bare DECIMAL is DECIMAL(10,0); SQLite's NUMERIC has no bound, like PostgreSQL's.
        return exact(from == Dialect::MySql ? u"numeric(10,0)"_s : u"numeric"_s);
    }
    const bool single = from == Dialect::MySql && type.canonicalName == u"float";
    return exact(single ? u"real"_s : u"double precision"_s);
}

MappedType characterToPostgreSql(const SqlType &type, Dialect from)
{
    if (type.family == F::Text || type.length < 0) {
        // PostgreSQL's bare char is char(1); SQLite's bare CHAR has no length at all.
        if (type.fixedLength && type.family == F::String && from != Dialect::Sqlite)
            return exact(u"char(1)"_s);
        return exact(u"text"_s);
    }
    return exact(sized(type.fixedLength ? u"char" : u"varchar", type.length));
}

MappedType binaryToPostgreSql(const SqlType &type, Dialect from)
{
    if (type.canonicalName == u"bit")
        return exact(sized(u"bit", type.length < 0 ? 1 : type.length));
    if (type.family == F::Blob && from == Dialect::Sqlite && type.text.trimmed().isEmpty())
        return lossy(u"bytea"_s, u"untyped SQLite column: values of any type were accepted"_s);
    return exact(u"bytea"_s);
}

MappedType temporalToPostgreSql(const SqlType &type, Dialect from)
{
    // MySQL's default is whole seconds; PostgreSQL's is microseconds: keep MySQL's.
    const int precision = from == Dialect::MySql && type.precision < 0 ? 0 : type.precision;
    if (type.family == F::Date)
        return exact(u"date"_s);
    if (type.family == F::Time) {
        MappedType mapped = exact(optionalSize(u"time", precision));
        if (from == Dialect::MySql)
            addLoss(mapped, u"MySQL time also holds durations up to 838:59:59; PostgreSQL "
                            u"time is a time of day"_s);
        return mapped;
    }
    return exact(optionalSize(type.withTimeZone ? u"timestamptz" : u"timestamp", precision));
}

MappedType otherToPostgreSql(const SqlType &type, Dialect from)
{
    if (from == Dialect::MySql && isMySqlSpatial(type))
        return lossy(u"bytea"_s, u"spatial type "_s + type.canonicalName
                                         + u" stored as bytes (MySQL's WKB with SRID)"_s);
    if (from == Dialect::MySql
        && (type.canonicalName == u"inet4" || type.canonicalName == u"inet6"))
        return exact(u"inet"_s);
    return unknownAsText(type, u"text"_s, Dialect::PostgreSql);
}

} // namespace

MappedType toPostgreSql(const SqlType &type, Dialect from)
{
    switch (type.family) {
    case F::Integer:
        return integerToPostgreSql(type, from);
    case F::Decimal:
    case F::Float:
        return numberToPostgreSql(type, from);
    case F::String:
    case F::Text:
        return characterToPostgreSql(type, from);
    case F::Binary:
    case F::Blob:
        return binaryToPostgreSql(type, from);
    case F::Date:
    case F::Time:
    case F::Timestamp:
        return temporalToPostgreSql(type, from);
    case F::Boolean:
        return exact(u"boolean"_s);
    case F::Json:
        return exact(u"jsonb"_s);
    case F::Uuid:
        return exact(u"uuid"_s);
    case F::Enum:
        return lossy(u"text"_s, memberLoss(type));
    case F::Other:
        break;
    }
    return otherToPostgreSql(type, from);
}

namespace {

// --------------------------------------------------------------------------------------- MySQL

MappedType integerToMySql(const SqlType &type, Dialect from)
{
    if (from == Dialect::Sqlite)
        return exact(type.isUnsigned ? u"bigint unsigned"_s : u"bigint"_s);
    switch (type.integerBits) {
    case 8:
        return exact(u"tinyint"_s);
    case 16:
        return exact(u"smallint"_s);
    case 24:
        return exact(u"mediumint"_s);
    case 32:
        return exact(u"int"_s);
    default:
        return exact(u"bigint"_s);
    }
}

MappedType decimalToMySql(const SqlType &type)
{
    if (type.canonicalName == u"money")
        return lossy(u"decimal(19,2)"_s, u"money stored as decimal(19,2): the currency "
                                         u"formatting of the server's locale is not kept"_s);
    if (type.precision < 0)
        return lossy(u"decimal(65,30)"_s, u"unbounded numeric limited to decimal(65,30)"_s);
    if (type.precision <= 65 && type.scale <= 30)
        return exact(sized(u"decimal", type.precision, type.scale));
    return lossy(sized(u"decimal", qMin(type.precision, 65), qMin(type.scale, 30)),
                 sized(u"numeric", type.precision, type.scale)
                         + u" exceeds MySQL's decimal(65,30): digits will not fit"_s);
}

MappedType floatToMySql(const SqlType &type, Dialect from)
{
    const bool single = from == Dialect::PostgreSql && type.canonicalName == u"real";
    return exact(single ? u"float"_s : u"double"_s);
}

MappedType characterToMySql(const SqlType &type, Dialect from)
{
    if (type.family == F::String && type.length < 0 && type.fixedLength
        && from == Dialect::PostgreSql)
        return exact(u"char(1)"_s);
    // Unbounded text: longtext holds everything PostgreSQL's and SQLite's text can.
    if (type.family == F::Text || type.length < 0)
        return exact(u"longtext"_s);
    if (type.fixedLength && type.length <= 255)
        return exact(sized(u"char", type.length));
    if (type.length <= 16383) // the most utf8mb4 characters a varchar can hold
        return exact(sized(u"varchar", type.length));
    return exact(u"longtext"_s);
}

MappedType binaryToMySql(const SqlType &type, Dialect from)
{
    const int bits = type.length < 0 ? 1 : type.length;
    if (type.canonicalName == u"bit" && bits <= 64)
        return exact(sized(u"bit", bits));
    if (type.canonicalName == u"varbit" && type.length >= 0 && bits <= 64)
        return lossy(sized(u"bit", bits), u"varying bit length not kept: shorter values are "
                                          u"padded to "_s
                                                  + QString::number(bits) + u" bits"_s);
    if (type.canonicalName == u"bit" || type.canonicalName == u"varbit")
        return lossy(u"longblob"_s, u"bit string stored as bytes"_s);
    if (from == Dialect::Sqlite && type.text.trimmed().isEmpty())
        return lossy(u"longblob"_s, u"untyped SQLite column: values of any type were accepted"_s);
    return exact(u"longblob"_s);
}

MappedType temporalToMySql(const SqlType &type)
{
    // PostgreSQL's default precision is microseconds, MySQL's whole seconds.
    const int precision = type.precision < 0 ? 6 : type.precision;
    if (type.family == F::Date)
        return exact(u"date"_s);
    // MySQL's timestamp ends in 2038, so instants become datetime (which has no time zone).
    MappedType mapped = exact(sized(type.family == F::Time ? u"time" : u"datetime", precision));
    if (type.withTimeZone)
        addLoss(mapped, timeZoneLoss(Dialect::MySql));
    return mapped;
}

MappedType otherToMySql(const SqlType &type, Dialect from)
{
    const bool postGis = from == Dialect::PostgreSql;
    if (postGis && (type.canonicalName == u"geometry" || type.canonicalName == u"geography"))
        return lossy(u"geometry"_s, u"PostGIS "_s + type.canonicalName
                                            + u" stored as MySQL geometry: subtype and SRID "
                                              u"are not part of the type"_s);
    return unknownAsText(type, u"longtext"_s, Dialect::MySql);
}

} // namespace

MappedType toMySql(const SqlType &type, Dialect from)
{
    if (type.isArray)
        return lossy(u"json"_s, u"array "_s + type.text.trimmed() + u" stored as a JSON array"_s);
    switch (type.family) {
    case F::Integer:
        return integerToMySql(type, from);
    case F::Decimal:
        return decimalToMySql(type);
    case F::Float:
        return floatToMySql(type, from);
    case F::String:
    case F::Text:
        return characterToMySql(type, from);
    case F::Binary:
    case F::Blob:
        return binaryToMySql(type, from);
    case F::Date:
    case F::Time:
    case F::Timestamp:
        return temporalToMySql(type);
    case F::Boolean:
        return exact(u"tinyint(1)"_s);
    case F::Json:
        return exact(u"json"_s);
    case F::Uuid:
        return lossy(u"char(36)"_s, u"uuid stored as text: the format is not checked"_s);
    case F::Enum: // only MySQL has enums as types; other dialects never reach this
    case F::Other:
        break;
    }
    return otherToMySql(type, from);
}

namespace {

// -------------------------------------------------------------------------------------- SQLite

MappedType integerToSqlite(const SqlType &type, Dialect from)
{
    if (isMySqlBoolean(type, from))
        return exact(u"BOOLEAN"_s); // SQLite keeps any integer, so nothing is lost
    if (type.integerBits == 64 && type.isUnsigned)
        return lossy(u"INTEGER"_s, unsignedLoss(Dialect::Sqlite));
    return exact(u"INTEGER"_s);
}

MappedType numberToSqlite(const SqlType &type, Dialect from)
{
    if (type.family == F::Float)
        return exact(u"REAL"_s);
    int precision = type.precision;
    int scale = type.scale;
    if (from == Dialect::MySql && precision < 0) {
        precision = 10; // MySQL's bare DECIMAL
        scale = 0;
    }
    if (type.canonicalName == u"money")
        scale = 2;
    const QString text = type.canonicalName == u"money" || precision < 0
                                 ? u"NUMERIC"_s
                                 : sized(u"DECIMAL", precision, scale).toUpper();
    // NUMERIC affinity keeps integers of up to 18 digits exactly, everything else as a double.
    if (scale <= 0 && precision >= 0 && precision <= 18)
        return exact(text);
    return lossy(text, u"SQLite stores decimals that are not 64-bit integers as 8-byte floats, "
                       u"exact to 15 digits"_s);
}

MappedType characterToSqlite(const SqlType &type, Dialect from)
{
    if (type.family == F::Text || type.length < 0) {
        if (type.fixedLength && type.family == F::String && from != Dialect::Sqlite)
            return exact(u"CHAR(1)"_s);
        if (type.canonicalName == u"citext")
            return lossy(u"TEXT"_s, u"citext: case-insensitive comparison not kept (COLLATE "
                                    u"NOCASE gives it for ASCII)"_s);
        return exact(u"TEXT"_s);
    }
    return exact(sized(type.fixedLength ? u"CHAR" : u"VARCHAR", type.length));
}

MappedType binaryToSqlite(const SqlType &type)
{
    const int bits = type.length < 0 ? 1 : type.length;
    if (type.canonicalName == u"bit" && bits < 64)
        return exact(u"INTEGER"_s);
    if (type.canonicalName == u"bit" || type.canonicalName == u"varbit")
        return lossy(u"BLOB"_s, u"bit string stored as bytes"_s);
    return exact(u"BLOB"_s);
}

MappedType temporalToSqlite(const SqlType &type)
{
    if (type.family == F::Date)
        return exact(u"DATE"_s);
    const QStringView name = type.family == F::Time ? u"TIME"
                             : type.withTimeZone    ? u"TIMESTAMP"
                                                    : u"DATETIME";
    MappedType mapped = exact(optionalSize(name, type.precision));
    if (type.withTimeZone)
        addLoss(mapped, timeZoneLoss(Dialect::Sqlite));
    return mapped;
}

} // namespace

MappedType toSqlite(const SqlType &type, Dialect from)
{
    if (type.isArray)
        return lossy(u"JSON"_s, u"array "_s + type.text.trimmed() + u" stored as a JSON array"_s);
    switch (type.family) {
    case F::Integer:
        return integerToSqlite(type, from);
    case F::Decimal:
    case F::Float:
        return numberToSqlite(type, from);
    case F::String:
    case F::Text:
        return characterToSqlite(type, from);
    case F::Binary:
    case F::Blob:
        return binaryToSqlite(type);
    case F::Date:
    case F::Time:
    case F::Timestamp:
        return temporalToSqlite(type);
    case F::Boolean:
        return exact(u"BOOLEAN"_s);
    case F::Json:
        return exact(u"JSON"_s);
    case F::Uuid:
        return lossy(u"TEXT"_s, u"uuid stored as text: the format is not checked"_s);
    case F::Enum:
        return lossy(u"TEXT"_s, memberLoss(type));
    case F::Other:
        break;
    }
    if (isMySqlSpatial(type))
        return lossy(u"BLOB"_s, u"spatial type "_s + type.canonicalName + u" stored as bytes"_s);
    return unknownAsText(type, u"TEXT"_s, Dialect::Sqlite);
}

/// Same dialect: the type as written, unless the dialect itself would refuse it as a column

} // namespace relata::detail
