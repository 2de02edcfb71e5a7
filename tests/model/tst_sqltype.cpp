#include "core/sqltype.h"
#include "sqltyperows.h"

#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using relata::Dialect;
using relata::SqlType;
using relata::TypeFamily;

Q_DECLARE_METATYPE(relata::Dialect)
Q_DECLARE_METATYPE(relata::TypeFamily)

namespace {

using namespace sqltyperows;

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
