#include "core/sqltype.h"

#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using relata::Dialect;
using relata::SqlType;
using relata::TypeFamily;

Q_DECLARE_METATYPE(relata::Dialect)
Q_DECLARE_METATYPE(relata::TypeFamily)

namespace {

constexpr Dialect My = Dialect::MySql;
constexpr Dialect Pg = Dialect::PostgreSql;
constexpr Dialect Lite = Dialect::Sqlite;
using F = TypeFamily;

/// Applies a compact expectation such as "bits=32 w=11 unsigned zerofill" to `type`. Every
/// field not named keeps its default, so a row also asserts what it does not mention.
bool applyExpectations(SqlType &type, int &valueCount, QStringView spec)
{
    valueCount = -1;
    const std::pair<QStringView, bool *> flags[]
            = {{u"unsigned", &type.isUnsigned},     {u"zerofill", &type.zeroFill},
               {u"tz", &type.withTimeZone},         {u"array", &type.isArray},
               {u"fixed", &type.fixedLength},       {u"set", &type.isSet},
               {u"ai", &type.impliesAutoIncrement}, {u"nn", &type.impliesNotNull},
               {u"uq", &type.impliesUnique}};
    const std::pair<QStringView, int *> numbers[]
            = {{u"bits", &type.integerBits}, {u"len", &type.length},     {u"p", &type.precision},
               {u"s", &type.scale},          {u"w", &type.displayWidth}, {u"values", &valueCount}};
    for (const QStringView part : spec.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QStringView key = eq < 0 ? part : part.first(eq);
        const QString value = eq < 0 ? QString() : part.sliced(eq + 1).toString();
        bool known = false;
        for (const auto &[name, flag] : flags) {
            if (key == name && eq < 0)
                known = *flag = true;
        }
        for (const auto &[name, number] : numbers) {
            if (key == name && eq > 0)
                *number = value.toInt(&known);
        }
        if (key == u"charset" || key == u"collate") {
            (key == u"charset" ? type.charset : type.collation) = value;
            known = eq > 0;
        }
        if (!known)
            return false;
    }
    return true;
}

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

} // namespace

class TstSqlType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("text");
        QTest::addColumn<TypeFamily>("family");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("expect");
        for (const ParseRow &row : parseRows) {
            const QString text = row.text.toString();
            QTest::addRow("%s %s", qPrintable(relata::dialectName(row.dialect)), qPrintable(text))
                    << row.dialect << text << row.family << row.canonical.toString()
                    << row.expect.toString();
        }
    }

    void parse()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, text);
        QFETCH(TypeFamily, family);
        QFETCH(QString, canonical);
        QFETCH(QString, expect);

        SqlType e;
        e.text = text;
        e.family = family;
        e.canonicalName = canonical;
        int valueCount = -1;
        QVERIFY2(applyExpectations(e, valueCount, expect), "malformed expectation in the table");

        const SqlType t = SqlType::parse(text, dialect);
        QCOMPARE(t.text, text);
        QCOMPARE(relata::typeFamilyName(t.family), relata::typeFamilyName(e.family));
        QCOMPARE(t.canonicalName, e.canonicalName);
        QCOMPARE(t.integerBits, e.integerBits);
        QCOMPARE(t.length, e.length);
        QCOMPARE(t.precision, e.precision);
        QCOMPARE(t.scale, e.scale);
        QCOMPARE(t.displayWidth, e.displayWidth);
        QCOMPARE(t.isUnsigned, e.isUnsigned);
        QCOMPARE(t.zeroFill, e.zeroFill);
        QCOMPARE(t.withTimeZone, e.withTimeZone);
        QCOMPARE(t.isArray, e.isArray);
        QCOMPARE(t.fixedLength, e.fixedLength);
        QCOMPARE(t.isSet, e.isSet);
        QCOMPARE(t.charset, e.charset);
        QCOMPARE(t.collation, e.collation);
        QCOMPARE(t.impliesAutoIncrement, e.impliesAutoIncrement);
        QCOMPARE(t.impliesNotNull, e.impliesNotNull);
        QCOMPARE(t.impliesUnique, e.impliesUnique);
        QCOMPARE(t.enumValues.size(), valueCount < 0 ? 0 : valueCount);
    }

    void enumValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<bool>("isSet");

        QTest::newRow("employees gender")
                << u"ENUM ('M','F')"_s << QStringList{u"M"_s, u"F"_s} << false;
        QTest::newRow("empty member") << u"ENUM('', '404', '301', '302')"_s
                                      << QStringList{u""_s, u"404"_s, u"301"_s, u"302"_s} << false;
        QTest::newRow("sakila special_features")
                << u"SET('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')"_s
                << QStringList{u"Trailers"_s, u"Commentaries"_s, u"Deleted Scenes"_s,
                               u"Behind the Scenes"_s}
                << true;
        QTest::newRow("doubled quote")
                << u"enum('it''s','x')"_s << QStringList{u"it's"_s, u"x"_s} << false;
        QTest::newRow("backslash quote")
                << u"enum('it\\'s','x')"_s << QStringList{u"it's"_s, u"x"_s} << false;
        QTest::newRow("backslash escapes")
                << u"enum('a\\\\b','tab\\there','100\\%')"_s
                << QStringList{u"a\\b"_s, u"tab\there"_s, u"100\\%"_s} << false;
        QTest::newRow("comma and paren inside")
                << u"set('a,b','c)d', 'e')"_s << QStringList{u"a,b"_s, u"c)d"_s, u"e"_s} << true;
        QTest::newRow("double-quoted")
                << u"enum(\"x\",\"y\"\"z\")"_s << QStringList{u"x"_s, u"y\"z"_s} << false;
        QTest::newRow("with charset")
                << u"enum('a','b') character set utf8mb4"_s << QStringList{u"a"_s, u"b"_s} << false;
        QTest::newRow("non-ASCII")
                << u"enum('grün','日本')"_s << QStringList{u"grün"_s, u"日本"_s} << false;
    }

    void enumValues()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, values);
        QFETCH(bool, isSet);
        const SqlType t = SqlType::parse(text, Dialect::MySql);
        QCOMPARE(t.family, TypeFamily::Enum);
        QCOMPARE(t.enumValues, values);
        QCOMPARE(t.isSet, isSet);
        QCOMPARE(t.canonicalName, isSet ? u"set"_s : u"enum"_s);
    }

    void charsetAndCollation_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("text");
        QTest::addColumn<TypeFamily>("family");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("collation");

        QTest::newRow("both") << My << u"varchar(255) CHARACTER SET ascii COLLATE ascii_bin"_s
                              << F::String << u"ascii"_s << u"ascii_bin"_s;
        QTest::newRow("charset only")
                << My << u"varchar(64) CHARACTER SET utf8"_s << F::String << u"utf8"_s << QString();
        QTest::newRow("CHARSET") << My << u"text CHARSET latin1"_s << F::Text << u"latin1"_s
                                 << QString();
        QTest::newRow("CHAR SET") << My << u"char(3) char set utf8mb4"_s << F::String
                                  << u"utf8mb4"_s << QString();
        QTest::newRow("collate only") << My << u"mediumtext COLLATE utf8mb4_unicode_520_ci"_s
                                      << F::Text << QString() << u"utf8mb4_unicode_520_ci"_s;
        QTest::newRow("quoted, folded")
                << My << u"varchar(9) character set 'UTF8MB4' collate `UTF8MB4_BIN`"_s << F::String
                << u"utf8mb4"_s << u"utf8mb4_bin"_s;
        QTest::newRow("BINARY attribute") << My << u"varchar(9) character set latin1 binary"_s
                                          << F::String << u"latin1"_s << u"latin1_bin"_s;
        QTest::newRow("national") << My << u"national varchar(10)"_s << F::String << u"utf8mb3"_s
                                  << QString();
        QTest::newRow("enum") << My << u"enum('a') charset utf8 collate utf8_bin"_s << F::Enum
                              << u"utf8"_s << u"utf8_bin"_s;
        QTest::newRow("not on int")
                << My << u"int character set utf8"_s << F::Other << QString() << QString();
        QTest::newRow("pg collate") << Pg << u"VARCHAR COLLATE musicbrainz"_s << F::String
                                    << QString() << u"musicbrainz"_s;
        QTest::newRow("pg quoted keeps case")
                << Pg << u"text COLLATE \"C\""_s << F::Text << QString() << u"C"_s;
        QTest::newRow("pg qualified") << Pg << u"text collate pg_catalog.\"default\""_s << F::Text
                                      << QString() << u"pg_catalog.default"_s;
        QTest::newRow("pg has no charset")
                << Pg << u"text character set utf8"_s << F::Other << QString() << QString();
        QTest::newRow("sqlite collate")
                << Lite << u"TEXT COLLATE NOCASE"_s << F::Text << QString() << u"nocase"_s;
    }

    void charsetAndCollation()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, text);
        QFETCH(TypeFamily, family);
        QFETCH(QString, charset);
        QFETCH(QString, collation);
        const SqlType t = SqlType::parse(text, dialect);
        QCOMPARE(relata::typeFamilyName(t.family), relata::typeFamilyName(family));
        QCOMPARE(t.charset, charset);
        QCOMPARE(t.collation, collation);
    }

    void robustness_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<TypeFamily>("mySql");
        QTest::addColumn<TypeFamily>("postgreSql");
        QTest::addColumn<TypeFamily>("sqlite");

        const QString longEnum = u"enum("_s + u"'x',"_s.repeated(2500) + u"'y')"_s;
        QTest::newRow("empty") << QString() << F::Other << F::Other << F::Blob;
        QTest::newRow("whitespace") << u" \t\n "_s << F::Other << F::Other << F::Blob;
        QTest::newRow("garbage") << u")(*&^%"_s << F::Other << F::Other << F::Other;
        QTest::newRow("varchar(") << u"varchar("_s << F::Other << F::Other << F::Text;
        QTest::newRow("int(") << u"int("_s << F::Other << F::Other << F::Integer;
        QTest::newRow("enum('a") << u"enum('a"_s << F::Other << F::Other << F::Other;
        QTest::newRow("enum('a','b'") << u"enum('a','b'"_s << F::Other << F::Other << F::Other;
        QTest::newRow("enum()") << u"enum()"_s << F::Other << F::Other << F::Other;
        QTest::newRow("enum of numbers") << u"enum(1,2)"_s << F::Other << F::Other << F::Other;
        QTest::newRow("lone quotes") << u"'\"`"_s << F::Other << F::Other << F::Other;
        QTest::newRow("trailing backslash") << u"enum('a\\"_s << F::Other << F::Other << F::Other;
        QTest::newRow("negative length") << u"varchar(-1)"_s << F::Other << F::Other << F::Text;
        QTest::newRow("huge length")
                << u"varchar(99999999999999999999)"_s << F::Other << F::Other << F::Text;
        QTest::newRow("three numbers") << u"decimal(10,2,3)"_s << F::Other << F::Other << F::Other;
        QTest::newRow("unclosed array") << u"int["_s << F::Other << F::Other << F::Integer;
        QTest::newRow("time zone twice")
                << u"timestamp with time zone with time zone"_s << F::Other << F::Other << F::Other;
        QTest::newRow("pg unsigned")
                << u"integer unsigned"_s << F::Integer << F::Other << F::Integer;
        QTest::newRow("not a type") << u"varchar(10) not null"_s << F::Other << F::Other << F::Text;
        QTest::newRow("10k word") << u"a"_s.repeated(10000) << F::Other << F::Other << F::Other;
        QTest::newRow("10k parens") << u"("_s.repeated(10000) << F::Other << F::Other << F::Other;
        QTest::newRow("10k digits") << u"varchar("_s + u"9"_s.repeated(10000) + u")"_s << F::Other
                                    << F::Other << F::Text;
        QTest::newRow("10k unsigned")
                << u"int"_s + u" unsigned"_s.repeated(1250) << F::Integer << F::Other << F::Integer;
        QTest::newRow("2501 members") << longEnum << F::Enum << F::Other << F::Other;
        QTest::newRow("CJK") << u"日付"_s << F::Other << F::Other << F::Other;
        QTest::newRow("Greek look-alike") << u"ΙΝΤ"_s << F::Other << F::Other << F::Other;
        QTest::newRow("emoji") << u"💾(10)"_s << F::Other << F::Other << F::Other;
        QTest::newRow("lone surrogate") << QString(QChar(char16_t(0xd800))) + u"int"_s << F::Other
                                        << F::Other << F::Integer;
        QTest::newRow("NUL") << QString(QChar(u'\0')) + u"int"_s << F::Other << F::Other
                             << F::Integer;
        QTest::newRow("non-ASCII collation")
                << u"varchar(10) COLLATE ß"_s << F::String << F::String << F::String;
    }

    void robustness()
    {
        QFETCH(QString, text);
        QFETCH(TypeFamily, mySql);
        QFETCH(TypeFamily, postgreSql);
        QFETCH(TypeFamily, sqlite);
        const std::pair<Dialect, TypeFamily> cases[]
                = {{My, mySql}, {Pg, postgreSql}, {Lite, sqlite}};
        for (const auto &[dialect, family] : cases) {
            const SqlType t = SqlType::parse(text, dialect);
            QCOMPARE(t.text, text);
            QCOMPARE(relata::typeFamilyName(t.family), relata::typeFamilyName(family));
            QCOMPARE(SqlType::parse(text, dialect), t); // deterministic
        }
        if (mySql == F::Enum)
            QCOMPARE(SqlType::parse(text, My).enumValues.size(), 2501);
    }

    void caseAndWhitespace_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("variant");

        QTest::newRow("zerofill") << My << u"int(11) unsigned zerofill"_s
                                  << u"  INT (  11 )\tUnSigned\nZEROFILL  "_s;
        QTest::newRow("charset") << My << u"varchar(10) character set utf8mb4 collate utf8mb4_bin"_s
                                 << u"VARCHAR(10)CHARACTER   SET UTF8MB4 COLLATE Utf8mb4_Bin"_s;
        QTest::newRow("mysql serial") << My << u"serial"_s << u" SERIAL "_s;
        QTest::newRow("enum keyword") << My << u"enum('a','B')"_s << u"ENUM ( 'a' , 'B' )"_s;
        QTest::newRow("double precision")
                << Pg << u"double precision"_s << u"DOUBLE\n\tPRECISION"_s;
        QTest::newRow("timestamptz")
                << Pg << u"timestamp(6) with time zone"_s << u"TimeStamp ( 6 ) WITH  Time  ZONE"_s;
        QTest::newRow("varying") << Pg << u"character varying(255)"_s
                                 << u"Character Varying (255)"_s;
        QTest::newRow("array") << Pg << u"int array[3]"_s << u"INT  ARRAY [ 3 ]"_s;
        QTest::newRow("domain") << Pg << u"public.mpaa_rating"_s << u"PUBLIC.MPAA_Rating"_s;
        QTest::newRow("sqlite") << Lite << u"unsigned big int"_s << u"UNSIGNED   Big\tINT"_s;
    }

    void caseAndWhitespace()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, text);
        QFETCH(QString, variant);
        SqlType a = SqlType::parse(text, dialect);
        SqlType b = SqlType::parse(variant, dialect);
        QVERIFY(a.family != TypeFamily::Other || !a.canonicalName.isEmpty());
        QCOMPARE(b.text, variant);
        a.text.clear();
        b.text.clear();
        QCOMPARE(b.canonicalName, a.canonicalName);
        QCOMPARE(b.charset, a.charset);
        QCOMPARE(b.collation, a.collation);
        QCOMPARE(b.enumValues, a.enumValues);
        QVERIFY(b == a);
    }

    void textKeptAsWritten()
    {
        const QString texts[]
                = {u"  INT(11)  "_s,   u"Character Varying(255)"_s, u""_s,         u"garbage ))"_s,
                   u"enum('a','b')"_s, u"public.MPAA_rating"_s,     u"text[]\n"_s, u"日付"_s};
        for (const QString &text : texts) {
            for (const Dialect dialect : {My, Pg, Lite})
                QCOMPARE(SqlType::parse(text, dialect).text, text);
        }
        QVERIFY(SqlType::parse(QString(), Pg).text.isNull());
    }

    void familyNames()
    {
        const QString names[]
                = {u"integer"_s, u"decimal"_s, u"float"_s, u"string"_s, u"binary"_s,
                   u"text"_s,    u"blob"_s,    u"date"_s,  u"time"_s,   u"timestamp"_s,
                   u"boolean"_s, u"json"_s,    u"uuid"_s,  u"enum"_s,   u"other"_s};
        for (int i = 0; i <= int(TypeFamily::Other); ++i)
            QCOMPARE(relata::typeFamilyName(TypeFamily(i)), names[i]);
    }
};

QTEST_GUILESS_MAIN(TstSqlType)
#include "tst_sqltype.moc"
