#include "sqltypenames.h"

#include <iterator>

namespace relata::detail {

namespace {

using F = TypeFamily;

// MySQL and MariaDB: canonical names are what information_schema.COLUMNS.DATA_TYPE says.
constexpr TypeName mySqlNames[] = {
        {u"tinyint", u"tinyint", F::Integer, 8, NoTraits},
        {u"int1", u"tinyint", F::Integer, 8, NoTraits},
        {u"bool", u"tinyint", F::Integer, 8, BooleanWidth},
        {u"boolean", u"tinyint", F::Integer, 8, BooleanWidth},
        {u"smallint", u"smallint", F::Integer, 16, NoTraits},
        {u"int2", u"smallint", F::Integer, 16, NoTraits},
        {u"mediumint", u"mediumint", F::Integer, 24, NoTraits},
        {u"middleint", u"mediumint", F::Integer, 24, NoTraits},
        {u"int3", u"mediumint", F::Integer, 24, NoTraits},
        {u"int", u"int", F::Integer, 32, NoTraits},
        {u"integer", u"int", F::Integer, 32, NoTraits},
        {u"int4", u"int", F::Integer, 32, NoTraits},
        {u"bigint", u"bigint", F::Integer, 64, NoTraits},
        {u"int8", u"bigint", F::Integer, 64, NoTraits},
        {u"serial", u"bigint", F::Integer, 64, Unsigned | UniqueSequence},
        {u"year", u"year", F::Integer, 16, Unsigned},
        {u"decimal", u"decimal", F::Decimal, 0, NoTraits},
        {u"numeric", u"decimal", F::Decimal, 0, NoTraits},
        {u"dec", u"decimal", F::Decimal, 0, NoTraits},
        {u"fixed", u"decimal", F::Decimal, 0, NoTraits},
        {u"float", u"float", F::Float, 0, FloatBits},
        {u"float4", u"float", F::Float, 0, NoTraits},
        {u"double", u"double", F::Float, 0, NoTraits},
        {u"double precision", u"double", F::Float, 0, NoTraits},
        {u"real", u"double", F::Float, 0, NoTraits},
        {u"float8", u"double", F::Float, 0, NoTraits},
        {u"bit", u"bit", F::Binary, 0, FixedLength},
        {u"char", u"char", F::String, 0, FixedLength},
        {u"character", u"char", F::String, 0, FixedLength},
        {u"nchar", u"char", F::String, 0, FixedLength | National},
        {u"national char", u"char", F::String, 0, FixedLength | National},
        {u"national character", u"char", F::String, 0, FixedLength | National},
        {u"varchar", u"varchar", F::String, 0, NoTraits},
        {u"char varying", u"varchar", F::String, 0, NoTraits},
        {u"character varying", u"varchar", F::String, 0, NoTraits},
        {u"nvarchar", u"varchar", F::String, 0, National},
        {u"national varchar", u"varchar", F::String, 0, National},
        {u"nchar varying", u"varchar", F::String, 0, National},
        {u"national char varying", u"varchar", F::String, 0, National},
        {u"national character varying", u"varchar", F::String, 0, National},
        {u"binary", u"binary", F::Binary, 0, FixedLength},
        {u"varbinary", u"varbinary", F::Binary, 0, NoTraits},
        {u"tinytext", u"tinytext", F::Text, 0, NoTraits},
        {u"text", u"text", F::Text, 0, NoTraits},
        {u"mediumtext", u"mediumtext", F::Text, 0, NoTraits},
        {u"long", u"mediumtext", F::Text, 0, NoArguments},
        {u"long varchar", u"mediumtext", F::Text, 0, NoArguments},
        {u"longtext", u"longtext", F::Text, 0, NoTraits},
        {u"tinyblob", u"tinyblob", F::Blob, 0, NoTraits},
        {u"blob", u"blob", F::Blob, 0, NoTraits},
        {u"mediumblob", u"mediumblob", F::Blob, 0, NoTraits},
        {u"long varbinary", u"mediumblob", F::Blob, 0, NoArguments},
        {u"longblob", u"longblob", F::Blob, 0, NoTraits},
        {u"enum", u"enum", F::Enum, 0, NoTraits},
        {u"set", u"set", F::Enum, 0, SetMembers},
        {u"date", u"date", F::Date, 0, NoTraits},
        {u"time", u"time", F::Time, 0, NoTraits},
        {u"datetime", u"datetime", F::Timestamp, 0, NoTraits},
        {u"timestamp", u"timestamp", F::Timestamp, 0, TimeZone},
        {u"json", u"json", F::Json, 0, NoTraits},
        {u"uuid", u"uuid", F::Uuid, 0, NoTraits},
};

// PostgreSQL: canonical names are what format_type() prints, without modifiers.
constexpr TypeName postgreSqlNames[] = {
        {u"smallint", u"smallint", F::Integer, 16, NoTraits},
        {u"int2", u"smallint", F::Integer, 16, NoTraits},
        {u"integer", u"integer", F::Integer, 32, NoTraits},
        {u"int", u"integer", F::Integer, 32, NoTraits},
        {u"int4", u"integer", F::Integer, 32, NoTraits},
        {u"bigint", u"bigint", F::Integer, 64, NoTraits},
        {u"int8", u"bigint", F::Integer, 64, NoTraits},
        {u"smallserial", u"smallint", F::Integer, 16, Sequence},
        {u"serial2", u"smallint", F::Integer, 16, Sequence},
        {u"serial", u"integer", F::Integer, 32, Sequence},
        {u"serial4", u"integer", F::Integer, 32, Sequence},
        {u"bigserial", u"bigint", F::Integer, 64, Sequence},
        {u"serial8", u"bigint", F::Integer, 64, Sequence},
        {u"numeric", u"numeric", F::Decimal, 0, NoTraits},
        {u"decimal", u"numeric", F::Decimal, 0, NoTraits},
        {u"money", u"money", F::Decimal, 0, NoArguments},
        {u"real", u"real", F::Float, 0, NoArguments},
        {u"float4", u"real", F::Float, 0, NoArguments},
        {u"double precision", u"double precision", F::Float, 0, NoArguments},
        {u"float8", u"double precision", F::Float, 0, NoArguments},
        {u"float", u"double precision", F::Float, 0, FloatBits},
        {u"varchar", u"varchar", F::String, 0, NoTraits},
        {u"character varying", u"varchar", F::String, 0, NoTraits},
        {u"char varying", u"varchar", F::String, 0, NoTraits},
        {u"nchar varying", u"varchar", F::String, 0, NoTraits},
        {u"national char varying", u"varchar", F::String, 0, NoTraits},
        {u"national character varying", u"varchar", F::String, 0, NoTraits},
        {u"char", u"char", F::String, 0, FixedLength},
        {u"character", u"char", F::String, 0, FixedLength},
        {u"bpchar", u"char", F::String, 0, FixedLength},
        {u"nchar", u"char", F::String, 0, FixedLength},
        {u"national char", u"char", F::String, 0, FixedLength},
        {u"national character", u"char", F::String, 0, FixedLength},
        {u"text", u"text", F::Text, 0, NoArguments},
        {u"citext", u"citext", F::Text, 0, NoArguments},
        {u"bytea", u"bytea", F::Blob, 0, NoArguments},
        {u"bit", u"bit", F::Binary, 0, FixedLength},
        {u"bit varying", u"varbit", F::Binary, 0, NoTraits},
        {u"varbit", u"varbit", F::Binary, 0, NoTraits},
        {u"boolean", u"boolean", F::Boolean, 0, NoTraits},
        {u"bool", u"boolean", F::Boolean, 0, NoTraits},
        {u"date", u"date", F::Date, 0, NoTraits},
        {u"time", u"time", F::Time, 0, NoTraits},
        {u"timetz", u"time", F::Time, 0, TimeZone},
        {u"timestamp", u"timestamp", F::Timestamp, 0, NoTraits},
        {u"timestamptz", u"timestamp", F::Timestamp, 0, TimeZone},
        {u"uuid", u"uuid", F::Uuid, 0, NoTraits},
        {u"json", u"json", F::Json, 0, NoTraits},
        {u"jsonb", u"jsonb", F::Json, 0, NoTraits},
};

// SQLite keeps the declared name and only derives an affinity from it. Names listed here get
// the family their name promises; every integer name is 64 bits wide because SQLite stores
// any integer in up to 8 bytes whatever the declaration says.
constexpr TypeName sqliteNames[] = {
        {u"integer", u"integer", F::Integer, 64, NoTraits},
        {u"int", u"integer", F::Integer, 64, NoTraits},
        {u"tinyint", u"integer", F::Integer, 64, NoTraits},
        {u"smallint", u"integer", F::Integer, 64, NoTraits},
        {u"mediumint", u"integer", F::Integer, 64, NoTraits},
        {u"bigint", u"integer", F::Integer, 64, NoTraits},
        {u"big int", u"integer", F::Integer, 64, NoTraits},
        {u"unsigned big int", u"integer", F::Integer, 64, Unsigned},
        {u"int2", u"integer", F::Integer, 64, NoTraits},
        {u"int8", u"integer", F::Integer, 64, NoTraits},
        {u"varchar", u"varchar", F::String, 0, NoTraits},
        {u"nvarchar", u"varchar", F::String, 0, NoTraits},
        {u"character varying", u"varchar", F::String, 0, NoTraits},
        {u"varying character", u"varchar", F::String, 0, NoTraits},
        {u"char", u"char", F::String, 0, FixedLength},
        {u"character", u"char", F::String, 0, FixedLength},
        {u"nchar", u"char", F::String, 0, FixedLength},
        {u"native character", u"char", F::String, 0, FixedLength},
        {u"text", u"text", F::Text, 0, NoTraits},
        {u"clob", u"text", F::Text, 0, NoTraits},
        {u"blob", u"blob", F::Blob, 0, NoTraits},
        {u"real", u"real", F::Float, 0, NoTraits},
        {u"double", u"real", F::Float, 0, NoTraits},
        {u"double precision", u"real", F::Float, 0, NoTraits},
        {u"float", u"real", F::Float, 0, NoTraits},
        {u"numeric", u"numeric", F::Decimal, 0, NoTraits},
        {u"decimal", u"numeric", F::Decimal, 0, NoTraits},
        {u"boolean", u"boolean", F::Boolean, 0, NoTraits},
        {u"bool", u"boolean", F::Boolean, 0, NoTraits},
        {u"date", u"date", F::Date, 0, NoTraits},
        {u"time", u"time", F::Time, 0, NoTraits},
        {u"datetime", u"datetime", F::Timestamp, 0, NoTraits},
        {u"timestamp", u"timestamp", F::Timestamp, 0, NoTraits},
        {u"json", u"json", F::Json, 0, NoTraits},
        {u"uuid", u"uuid", F::Uuid, 0, NoTraits},
};

template<std::size_t N>
const TypeName *find(const TypeName (&names)[N], QStringView key)
{
    for (const TypeName &name : names) {
        if (name.key == key)
            return &name;
    }
    return nullptr;
}

// What SQLite's affinity rules give a name that the table above does not know.
constexpr TypeName integerAffinity = {u"int", u"integer", F::Integer, 64, NoTraits};
constexpr TypeName textAffinity = {u"text", u"text", F::Text, 0, NoTraits};
constexpr TypeName blobAffinity = {u"blob", u"blob", F::Blob, 0, NoTraits};
constexpr TypeName realAffinity = {u"real", u"real", F::Float, 0, NoTraits};

} // namespace

const TypeName *findTypeName(Dialect dialect, QStringView key)
{
    switch (dialect) {
    case Dialect::MySql:
        return find(mySqlNames, key);
    case Dialect::PostgreSql:
        return find(postgreSqlNames, key);
    case Dialect::Sqlite:
        return find(sqliteNames, key);
    }
    return nullptr;
}

const TypeName *sqliteAffinity(QStringView declaredType)
{
    const auto has = [declaredType](QStringView part) {
        return declaredType.contains(part, Qt::CaseInsensitive);
    };
    if (has(u"int"))
        return &integerAffinity;
    if (has(u"char") || has(u"clob") || has(u"text"))
        return &textAffinity;
    if (has(u"blob"))
        return &blobAffinity;
    if (has(u"real") || has(u"floa") || has(u"doub"))
        return &realAffinity;
    return nullptr;
}

} // namespace relata::detail
