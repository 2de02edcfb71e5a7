#include "typemapping.h"

#include "sqldialect.h"
#include "typemappingdetail.h"

using namespace Qt::StringLiterals;

// The decisions are documented, with their reasons, in docs/type-mapping.md. Each target has
// one function per family group (typemappingtargets.cpp); every function only inspects the
// parsed fields and builds at most a few short strings, because the DDL writer calls mapType
// for every column of a schema.

namespace relata {

namespace {

using F = TypeFamily;
using detail::addLoss;
using detail::exact;
using detail::lossy;
using detail::sized;

QString title(Dialect dialect)
{
    return SqlDialect::get(dialect).displayName();
}

/// The type's name for messages: the parsed name, or the text when there is none.
QString shownName(const SqlType &type)
{
    return type.canonicalName.isEmpty() ? type.text.trimmed() : type.canonicalName;
}

/// Character set and collation written in the type: other databases name them differently
/// (or not at all), so they are dropped and said so. UTF-8 sets need no note.
void addCharacterLosses(MappedType &mapped, const SqlType &type)
{
    if (!type.charset.isEmpty() && !type.charset.startsWith(u"utf8"))
        addLoss(mapped, u"character set "_s + type.charset + u" dropped"_s);
    if (!type.collation.isEmpty())
        addLoss(mapped, u"collation "_s + type.collation + u" dropped"_s);
}

/// Notes travel into SQL comments: one line, and nothing that ends a block comment.
QString commentSafe(QString note)
{
    for (QChar &c : note) {
        if (c.unicode() < 0x20 || c == QChar(0x2028) || c == QChar(0x2029))
            c = u' ';
    }
    return note.replace(u"*/"_s, u"* /"_s);
}

/// Same dialect: the type as written, unless the dialect itself would refuse it as a column
/// type (PostgreSQL has no arrays of serial; a column needs a type outside SQLite).
MappedType sameDialect(const SqlType &type, Dialect dialect)
{
    if (dialect == Dialect::PostgreSql && type.isArray && type.impliesAutoIncrement)
        return exact(type.canonicalName + u"[]"_s);
    if (dialect != Dialect::Sqlite && type.text.trimmed().isEmpty())
        return lossy(dialect == Dialect::MySql ? u"longtext"_s : u"text"_s,
                     u"no type was declared: stored as text"_s);
    return exact(type.text);
}

} // namespace

namespace detail {

void addLoss(MappedType &mapped, const QString &note)
{
    if (!mapped.loss.isEmpty())
        mapped.loss += u"; "_s;
    mapped.loss += note;
}

QString sized(QStringView name, int a, int b)
{
    QString text = name.toString() + u'(' + QString::number(a);
    if (b >= 0)
        text += u',' + QString::number(b);
    return text + u')';
}

QString optionalSize(QStringView name, int p)
{
    return p >= 0 ? sized(name, p) : name.toString();
}

bool isMySqlBoolean(const SqlType &type, Dialect from)
{
    return from == Dialect::MySql && type.family == F::Integer && type.integerBits == 8
           && type.displayWidth == 1 && type.canonicalName == u"tinyint";
}

MappedType fromMySqlBoolean(const SqlType &type, QString text)
{
    if (type.text.trimmed().startsWith(u"bool", Qt::CaseInsensitive))
        return exact(std::move(text));
    return lossy(std::move(text), u"tinyint(1) taken as a boolean (MySQL's BOOL convention): "
                                  u"values other than 0 and 1 will not fit"_s);
}

QString unsignedLoss(Dialect to)
{
    return u"unsigned dropped: "_s + title(to)
           + u" has no unsigned 64-bit integer; values above 2^63-1 will not fit"_s;
}

QString memberLoss(const SqlType &type)
{
    QString members;
    for (const QString &value : type.enumValues) {
        if (!members.isEmpty())
            members += u", "_s;
        members += u'\'' + QString(value).replace(u'\'', u"''"_s) + u'\'';
    }
    if (type.isSet)
        return u"set members not enforced, values stay comma-separated: "_s + members;
    return u"enum members not enforced (a CHECK constraint can keep them): "_s + members;
}

MappedType unknownAsText(const SqlType &type, QString text, Dialect to)
{
    const QString name = shownName(type);
    if (name.isEmpty())
        return lossy(std::move(text), u"no type was declared: stored as text"_s);
    return lossy(std::move(text),
                 u"type "_s + name + u" is not known to "_s + title(to) + u": stored as text"_s);
}

QString timeZoneLoss(Dialect to)
{
    if (to == Dialect::MySql)
        return u"time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends "
               u"in 2038)"_s;
    return u"time zone dropped: "_s + title(to) + u" has no time-zone type; store UTC"_s;
}

bool isMySqlSpatial(const SqlType &type)
{
    static constexpr QStringView names[]
            = {u"geometry",      u"point",           u"linestring",   u"polygon",
               u"multipoint",    u"multilinestring", u"multipolygon", u"geometrycollection",
               u"geomcollection"};
    for (const QStringView name : names) {
        if (type.canonicalName == name)
            return true;
    }
    return false;
}

} // namespace detail

MappedType mapType(const SqlType &type, Dialect from, Dialect to)
{
    if (from == to)
        return sameDialect(type, to);
    MappedType mapped;
    switch (to) {
    case Dialect::MySql:
        mapped = detail::toMySql(type, from);
        break;
    case Dialect::PostgreSql:
        mapped = detail::toPostgreSql(type, from);
        break;
    case Dialect::Sqlite:
        mapped = detail::toSqlite(type, from);
        break;
    }
    if (type.zeroFill)
        addLoss(mapped, u"zerofill dropped"_s);
    if (type.family == F::Float && type.scale >= 0) // MySQL's deprecated float(M,D)
        addLoss(mapped, u"digits "_s + sized(type.canonicalName, type.precision, type.scale)
                                + u" dropped: values are no longer rounded to them"_s);
    addCharacterLosses(mapped, type);
    if (!mapped.loss.isEmpty())
        mapped.loss = commentSafe(std::move(mapped.loss));
    return mapped;
}

} // namespace relata
