#pragma once

#include "core/sqltype.h"

#include <QStringView>

// The data of tst_sqltype: real type spellings and what parsing them must give.

namespace sqltyperows {

using relata::Dialect;
using relata::TypeFamily;
constexpr Dialect My = Dialect::MySql;
constexpr Dialect Pg = Dialect::PostgreSql;
constexpr Dialect Lite = Dialect::Sqlite;
using F = TypeFamily;

/// One row of the parse table: a type as written, and what parsing it must give.
struct ParseRow
{
    Dialect dialect;
    QStringView text;
    TypeFamily family;
    QStringView canonical;
    QStringView expect; ///< see applyExpectations()
};

// Spellings from the corpus schemas (sakila, employees, chinook, pagila, northwind, roundcube,
// openstreetmap, zabbix, musicbrainz, wordpress, mediawiki, qloapps), plus the aliases the
// specification names that the corpus happens not to use.
constexpr ParseRow parseRows[] = {
        // MySQL / MariaDB integers
        {My, u"int(11) unsigned zerofill", F::Integer, u"int", u"bits=32 w=11 unsigned zerofill"},
        {My, u"int(11)", F::Integer, u"int", u"bits=32 w=11"},
        {My, u"int(10) unsigned", F::Integer, u"int", u"bits=32 w=10 unsigned"},
        {My, u"INT( 11 ) UNSIGNED", F::Integer, u"int", u"bits=32 w=11 unsigned"},
        {My, u"INT UNSIGNED", F::Integer, u"int", u"bits=32 unsigned"},
        {My, u"INT", F::Integer, u"int", u"bits=32"},
        {My, u"integer", F::Integer, u"int", u"bits=32"},
        {My, u"int4", F::Integer, u"int", u"bits=32"},
        {My, u"tinyint(1)", F::Integer, u"tinyint", u"bits=8 w=1"},
        {My, u"tinyint(1) unsigned", F::Integer, u"tinyint", u"bits=8 w=1 unsigned"},
        {My, u"tinyint(4)", F::Integer, u"tinyint", u"bits=8 w=4"},
        {My, u"TINYINT UNSIGNED", F::Integer, u"tinyint", u"bits=8 unsigned"},
        {My, u"BOOLEAN", F::Integer, u"tinyint", u"bits=8 w=1"},
        {My, u"bool", F::Integer, u"tinyint", u"bits=8 w=1"},
        {My, u"SMALLINT UNSIGNED", F::Integer, u"smallint", u"bits=16 unsigned"},
        {My, u"smallint(5) unsigned", F::Integer, u"smallint", u"bits=16 w=5 unsigned"},
        {My, u"mediumint(8) unsigned", F::Integer, u"mediumint", u"bits=24 w=8 unsigned"},
        {My, u"MEDIUMINT UNSIGNED", F::Integer, u"mediumint", u"bits=24 unsigned"},
        {My, u"bigint unsigned", F::Integer, u"bigint", u"bits=64 unsigned"},
        {My, u"bigint(20) unsigned", F::Integer, u"bigint", u"bits=64 w=20 unsigned"},
        {My, u"bigint(20)", F::Integer, u"bigint", u"bits=64 w=20"},
        {My, u"serial", F::Integer, u"bigint", u"bits=64 unsigned ai nn uq"},
        {My, u"YEAR", F::Integer, u"year", u"bits=16 unsigned"},
        // MySQL numbers with a fraction
        {My, u"decimal(20,6)", F::Decimal, u"decimal", u"p=20 s=6"},
        {My, u"DECIMAL( 20,6 )", F::Decimal, u"decimal", u"p=20 s=6"},
        {My, u"DECIMAL(5,2)", F::Decimal, u"decimal", u"p=5 s=2"},
        {My, u"NUMERIC(10,2)", F::Decimal, u"decimal", u"p=10 s=2"},
        {My, u"DOUBLE PRECISION", F::Float, u"double", u""},
        {My, u"DOUBLE PRECISION UNSIGNED", F::Float, u"double", u"unsigned"},
        {My, u"double unsigned", F::Float, u"double", u"unsigned"},
        {My, u"real", F::Float, u"double", u""},
        {My, u"FLOAT", F::Float, u"float", u""},
        {My, u"float(53)", F::Float, u"double", u"p=53"},
        {My, u"float(7,4)", F::Float, u"float", u"p=7 s=4"},
        // MySQL strings, binaries, texts, blobs
        {My, u"varchar(255)", F::String, u"varchar", u"len=255"},
        {My, u"VARCHAR(45)", F::String, u"varchar", u"len=45"},
        {My, u"NVARCHAR(40)", F::String, u"varchar", u"len=40 charset=utf8mb3"},
        {My, u"CHAR(4)", F::String, u"char", u"len=4 fixed"},
        {My, u"varchar(64) CHARACTER SET utf8", F::String, u"varchar", u"len=64 charset=utf8"},
        {My, u"varchar(255) BINARY", F::String, u"varchar", u"len=255"},
        {My, u"varchar(255) CHARACTER SET ascii COLLATE ascii_bin", F::String, u"varchar",
         u"len=255 charset=ascii collate=ascii_bin"},
        {My, u"VARBINARY(255)", F::Binary, u"varbinary", u"len=255"},
        {My, u"BINARY(14)", F::Binary, u"binary", u"len=14 fixed"},
        {My, u"bit(1)", F::Binary, u"bit", u"len=1 fixed"},
        {My, u"TINYTEXT", F::Text, u"tinytext", u""},
        {My, u"text", F::Text, u"text", u""},
        {My, u"mediumtext", F::Text, u"mediumtext", u""},
        {My, u"longtext", F::Text, u"longtext", u""},
        {My, u"TINYBLOB", F::Blob, u"tinyblob", u""},
        {My, u"BLOB", F::Blob, u"blob", u""},
        {My, u"MEDIUMBLOB", F::Blob, u"mediumblob", u""},
        {My, u"longblob", F::Blob, u"longblob", u""},
        {My, u"json", F::Json, u"json", u""},
        // MySQL enums, dates and times, unknown types
        {My, u"ENUM ('M','F')", F::Enum, u"enum", u"values=2"},
        {My, u"ENUM('G','PG','PG-13','R','NC-17')", F::Enum, u"enum", u"values=5"},
        {My, u"ENUM('', '404', '301', '302')", F::Enum, u"enum", u"values=4"},
        {My, u"enum('GET','POST','PUT','DELETE','HEAD')", F::Enum, u"enum", u"values=5"},
        {My, u"SET('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')", F::Enum,
         u"set", u"set values=4"},
        {My, u"DATE", F::Date, u"date", u""},
        {My, u"datetime", F::Timestamp, u"datetime", u""},
        {My, u"datetime(6)", F::Timestamp, u"datetime", u"p=6"},
        {My, u"TIMESTAMP", F::Timestamp, u"timestamp", u"tz"},
        {My, u"timestamp(6)", F::Timestamp, u"timestamp", u"p=6 tz"},
        {My, u"time(3)", F::Time, u"time", u"p=3"},
        {My, u"geometry", F::Other, u"geometry", u""},
        {My, u"point", F::Other, u"point", u""},
        // PostgreSQL integers and serials
        {Pg, u"integer", F::Integer, u"integer", u"bits=32"},
        {Pg, u"INT", F::Integer, u"integer", u"bits=32"},
        {Pg, u"int4", F::Integer, u"integer", u"bits=32"},
        {Pg, u"int8", F::Integer, u"bigint", u"bits=64"},
        {Pg, u"smallint", F::Integer, u"smallint", u"bits=16"},
        {Pg, u"bigint", F::Integer, u"bigint", u"bits=64"},
        {Pg, u"SERIAL", F::Integer, u"integer", u"bits=32 ai nn"},
        {Pg, u"bigserial", F::Integer, u"bigint", u"bits=64 ai nn"},
        {Pg, u"smallserial", F::Integer, u"smallint", u"bits=16 ai nn"},
        {Pg, u"pg_catalog.int4", F::Integer, u"integer", u"bits=32"},
        // PostgreSQL numbers with a fraction
        {Pg, u"numeric(10,2)", F::Decimal, u"numeric", u"p=10 s=2"},
        {Pg, u"numeric(5,2)", F::Decimal, u"numeric", u"p=5 s=2"},
        {Pg, u"numeric(20)", F::Decimal, u"numeric", u"p=20"},
        {Pg, u"DECIMAL(5,2)", F::Decimal, u"numeric", u"p=5 s=2"},
        {Pg, u"money", F::Decimal, u"money", u""},
        {Pg, u"real", F::Float, u"real", u""},
        {Pg, u"double precision", F::Float, u"double precision", u""},
        {Pg, u"float8", F::Float, u"double precision", u""},
        {Pg, u"FLOAT", F::Float, u"double precision", u""},
        {Pg, u"float(24)", F::Float, u"real", u"p=24"},
        // PostgreSQL strings, texts, binaries
        {Pg, u"character varying(255)", F::String, u"varchar", u"len=255"},
        {Pg, u"character varying(15)", F::String, u"varchar", u"len=15"},
        {Pg, u"character varying", F::String, u"varchar", u""},
        {Pg, u"VARCHAR", F::String, u"varchar", u""},
        {Pg, u"varchar(128)", F::String, u"varchar", u"len=128"},
        {Pg, u"VARCHAR COLLATE musicbrainz", F::String, u"varchar", u"collate=musicbrainz"},
        {Pg, u"character(20)", F::String, u"char", u"len=20 fixed"},
        {Pg, u"CHAR(3)", F::String, u"char", u"len=3 fixed"},
        {Pg, u"bpchar", F::String, u"char", u"fixed"},
        {Pg, u"text", F::Text, u"text", u""},
        {Pg, u"citext", F::Text, u"citext", u""},
        {Pg, u"bytea", F::Blob, u"bytea", u""},
        // PostgreSQL booleans, dates, times, uuid, json
        {Pg, u"boolean", F::Boolean, u"boolean", u""},
        {Pg, u"date", F::Date, u"date", u""},
        {Pg, u"timestamp with time zone", F::Timestamp, u"timestamp", u"tz"},
        {Pg, u"timestamp without time zone", F::Timestamp, u"timestamp", u""},
        {Pg, u"timestamp(6) without time zone", F::Timestamp, u"timestamp", u"p=6"},
        {Pg, u"TIMESTAMPTZ", F::Timestamp, u"timestamp", u"tz"},
        {Pg, u"TIMESTAMP", F::Timestamp, u"timestamp", u""},
        {Pg, u"timetz", F::Time, u"time", u"tz"},
        {Pg, u"time(3) with time zone", F::Time, u"time", u"p=3 tz"},
        {Pg, u"uuid", F::Uuid, u"uuid", u""},
        {Pg, u"jsonb", F::Json, u"jsonb", u""},
        // PostgreSQL arrays
        {Pg, u"INTEGER[]", F::Integer, u"integer", u"bits=32 array"},
        {Pg, u"SMALLINT[]", F::Integer, u"smallint", u"bits=16 array"},
        {Pg, u"text[]", F::Text, u"text", u"array"},
        {Pg, u"text[][]", F::Text, u"text", u"array"},
        {Pg, u"varchar(20)[]", F::String, u"varchar", u"len=20 array"},
        {Pg, u"int ARRAY", F::Integer, u"integer", u"bits=32 array"},
        {Pg, u"int ARRAY[3]", F::Integer, u"integer", u"bits=32 array"},
        {Pg, u"_int4", F::Integer, u"integer", u"bits=32 array"},
        // PostgreSQL domains, enums and extension types: Other, named
        {Pg, u"public.mpaa_rating", F::Other, u"public.mpaa_rating", u""},
        {Pg, u"mpaa_rating", F::Other, u"mpaa_rating", u""},
        {Pg, u"year", F::Other, u"year", u""},
        {Pg, u"public.year", F::Other, u"public.year", u""},
        {Pg, u"public.format_enum", F::Other, u"public.format_enum", u""},
        {Pg, u"US_MEDIA_TYPE_ENUM", F::Other, u"us_media_type_enum", u""},
        {Pg, u"taggable_entity_type[]", F::Other, u"taggable_entity_type", u"array"},
        {Pg, u"tsvector", F::Other, u"tsvector", u""},
        {Pg, u"inet", F::Other, u"inet", u""},
        {Pg, u"cube", F::Other, u"cube", u""},
        {Pg, u"POINT", F::Other, u"point", u""},
        {Pg, u"interval", F::Other, u"interval", u""},
        // SQLite: names it knows keep their precise family; integers are always 64 bits.
        {Lite, u"INTEGER", F::Integer, u"integer", u"bits=64"},
        {Lite, u"INT", F::Integer, u"integer", u"bits=64"},
        {Lite, u"BIGINT", F::Integer, u"integer", u"bits=64"},
        {Lite, u"SMALLINT", F::Integer, u"integer", u"bits=64"},
        {Lite, u"SMALLINT UNSIGNED", F::Integer, u"integer", u"bits=64 unsigned"},
        {Lite, u"INTEGER UNSIGNED", F::Integer, u"integer", u"bits=64 unsigned"},
        {Lite, u"tinyint", F::Integer, u"integer", u"bits=64"},
        {Lite, u"UNSIGNED BIG INT", F::Integer, u"integer", u"bits=64 unsigned"},
        {Lite, u"NVARCHAR(40)", F::String, u"varchar", u"len=40"},
        {Lite, u"NVARCHAR(160)", F::String, u"varchar", u"len=160"},
        {Lite, u"VARCHAR(255)", F::String, u"varchar", u"len=255"},
        {Lite, u"varchar(128)", F::String, u"varchar", u"len=128"},
        {Lite, u"VARYING CHARACTER(255)", F::String, u"varchar", u"len=255"},
        {Lite, u"CHAR(20)", F::String, u"char", u"len=20 fixed"},
        {Lite, u"text", F::Text, u"text", u""},
        {Lite, u"CLOB", F::Text, u"text", u""},
        {Lite, u"BLOB", F::Blob, u"blob", u""},
        {Lite, u"", F::Blob, u"blob", u""},
        {Lite, u"DOUBLE PRECISION", F::Float, u"real", u""},
        {Lite, u"REAL", F::Float, u"real", u""},
        {Lite, u"NUMERIC(10,2)", F::Decimal, u"numeric", u"p=10 s=2"},
        {Lite, u"DECIMAL(4,2)", F::Decimal, u"numeric", u"p=4 s=2"},
        {Lite, u"BOOLEAN", F::Boolean, u"boolean", u""},
        {Lite, u"DATE", F::Date, u"date", u""},
        {Lite, u"DATETIME", F::Timestamp, u"datetime", u""},
        {Lite, u"TIMESTAMP", F::Timestamp, u"timestamp", u""},
        // SQLite: other names follow its affinity rules, in its order.
        {Lite, u"BLOB SUB_TYPE TEXT", F::Text, u"text", u""},
        {Lite, u"MEDIUMTEXT", F::Text, u"text", u""},
        {Lite, u"FLOATING POINT", F::Integer, u"integer", u"bits=64"},
        {Lite, u"STRING", F::Other, u"string", u""},
        {Lite, u"geometry", F::Other, u"geometry", u""},
};

} // namespace sqltyperows
