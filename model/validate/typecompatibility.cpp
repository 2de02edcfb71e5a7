#include "typecompatibility.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// What differs between two types: nouns that follow "different", then whole phrases.
struct Differences
{
    QStringList different; ///< "width (32 vs 64 bits)", "signedness"
    QStringList phrases;   ///< "shorter length (50 vs 100)"
};

/// String and Text differ only in how much they may hold: one group when comparing keys.
bool isStringLike(TypeFamily family)
{
    return family == TypeFamily::String || family == TypeFamily::Text;
}

bool sameFamily(const SqlType &a, const SqlType &b)
{
    if (isStringLike(a.family) && isStringLike(b.family))
        return true;
    if (a.family != b.family)
        return false;
    // Unknown types (domains, extension types) are the same only when they have the same name.
    return a.family != TypeFamily::Other
           || a.canonicalName.compare(b.canonicalName, Qt::CaseInsensitive) == 0;
}

QString versus(const QString &noun, const QString &a, const QString &b)
{
    return noun + u" ("_s + a + u" vs "_s + b + u')';
}

QString versus(const QString &noun, int a, int b)
{
    return versus(noun, QString::number(a), QString::number(b));
}

/// "a", "a and b", "a, b and c"
QString joinAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.first(items.size() - 1).join(u", "_s) + u" and "_s + items.last();
}

void compareIntegers(const SqlType &child, const SqlType &parent, Dialect dialect,
                     Differences &differences)
{
    if (child.integerBits > 0 && parent.integerBits > 0 && child.integerBits != parent.integerBits)
        differences.different.append(
                u"width (%1 vs %2 bits)"_s.arg(child.integerBits).arg(parent.integerBits));
    // SQLite stores every integer as a signed 64-bit value, whatever the declared name says.
    if (dialect != Dialect::Sqlite && child.isUnsigned != parent.isUnsigned)
        differences.different.append(u"signedness"_s);
}

void compareDecimals(const SqlType &child, const SqlType &parent, Differences &differences)
{
    if (child.precision < 0 || parent.precision < 0)
        return; // a default precision is the dialect's business; compare only what is declared
    if (child.precision != parent.precision)
        differences.different.append(versus(u"precision"_s, child.precision, parent.precision));
    // decimal(10) is decimal(10,0) in every dialect.
    const int childScale = std::max(child.scale, 0);
    const int parentScale = std::max(parent.scale, 0);
    if (childScale != parentScale)
        differences.different.append(versus(u"scale"_s, childScale, parentScale));
}

void compareLengths(const SqlType &child, const SqlType &parent, Differences &differences)
{
    // A longer child holds every parent value; a shorter one truncates some of them.
    if (child.length >= 0 && parent.length >= 0 && child.length < parent.length)
        differences.phrases.append(
                u"shorter length (%1 vs %2)"_s.arg(child.length).arg(parent.length));
}

void compareCharacters(const SqlType &child, const SqlType &parent, Differences &differences)
{
    compareLengths(child, parent, differences);
    if (!child.charset.isEmpty() && !parent.charset.isEmpty() && child.charset != parent.charset)
        differences.different.append(versus(u"character set"_s, child.charset, parent.charset));
    if (!child.collation.isEmpty() && !parent.collation.isEmpty()
        && child.collation != parent.collation)
        differences.different.append(versus(u"collation"_s, child.collation, parent.collation));
}

void compareTimes(const SqlType &child, const SqlType &parent, Differences &differences)
{
    const auto zone = [](const SqlType &t) {
        return t.withTimeZone ? u"with"_s : u"without"_s;
    };
    if (child.withTimeZone != parent.withTimeZone)
        differences.different.append(versus(u"time zone"_s, zone(child), zone(parent)));
}

/// Differences between two types of the same family (String and Text counting as one).
void compareWithinFamily(const SqlType &child, const SqlType &parent, Dialect dialect,
                         Differences &differences)
{
    switch (child.family) {
    case TypeFamily::Integer:
        compareIntegers(child, parent, dialect, differences);
        break;
    case TypeFamily::Decimal:
        compareDecimals(child, parent, differences);
        break;
    case TypeFamily::String:
    case TypeFamily::Text:
        compareCharacters(child, parent, differences);
        break;
    case TypeFamily::Binary:
        compareLengths(child, parent, differences);
        break;
    case TypeFamily::Time:
    case TypeFamily::Timestamp:
        compareTimes(child, parent, differences);
        break;
    default:
        break;
    }
}

/// Lower case, single spaces, none around parentheses and commas: `Decimal(10, 2)` is
/// `decimal(10,2)`.
QString normalized(const QString &text)
{
    QString s = text.simplified().toLower();
    for (const QString &mark : {u"("_s, u")"_s, u","_s}) {
        s.replace(u' ' + mark, mark);
        s.replace(mark + u' ', mark);
    }
    return s;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QString typeIncompatibility(const SqlType &child, const SqlType &parent, Dialect dialect)
{
    Differences differences;
    if (!sameFamily(child, parent)) {
        const bool bothOther
                = child.family == TypeFamily::Other && parent.family == TypeFamily::Other;
        differences.different.append(
                bothOther ? versus(u"type"_s, child.canonicalName, parent.canonicalName)
                          : versus(u"family"_s, typeFamilyName(child.family),
                                   typeFamilyName(parent.family)));
    } else {
        compareWithinFamily(child, parent, dialect, differences);
    }
    if (child.isArray != parent.isArray) {
        const auto shape = [](const SqlType &t) {
            return t.isArray ? u"array"_s : u"scalar"_s;
        };
        differences.different.append(versus(u"shape"_s, shape(child), shape(parent)));
    }
    QStringList parts;
    if (!differences.different.isEmpty())
        parts.append(u"different "_s + joinAnd(differences.different));
    parts += differences.phrases;
    return joinAnd(parts);
}

bool areTypesCompatible(const SqlType &child, const SqlType &parent, Dialect dialect)
{
    return typeIncompatibility(child, parent, dialect).isEmpty();
}

QString resolvedTypeText(const SqlType &type, Dialect dialect)
{
    const bool spelledAsWritten
            = type.family == TypeFamily::Enum || type.family == TypeFamily::Other;
    if (type.canonicalName.isEmpty() || spelledAsWritten)
        return type.text;
    QString text = type.canonicalName;
    const auto arguments = [&](int first, int second) {
        if (first >= 0)
            text += u'(' + QString::number(first)
                    + (second >= 0 ? u',' + QString::number(second) : QString()) + u')';
    };
    switch (type.family) {
    case TypeFamily::Integer:
        arguments(type.displayWidth, -1);
        break;
    case TypeFamily::Decimal:
        arguments(type.precision, type.scale);
        break;
    case TypeFamily::String:
    case TypeFamily::Binary:
    case TypeFamily::Text:
    case TypeFamily::Blob:
        arguments(type.length, -1);
        break;
    case TypeFamily::Time:
    case TypeFamily::Timestamp:
        arguments(type.precision, -1);
        // MySQL's timestamp is zoned by name alone; PostgreSQL spells it out.
        if (type.withTimeZone && dialect == Dialect::PostgreSql)
            text += u" with time zone"_s;
        break;
    default:
        break;
    }
    if (type.isUnsigned)
        text += u" unsigned"_s;
    if (type.isArray)
        text += u"[]"_s;
    return text;
}

QString typeDisplayText(const SqlType &type, Dialect dialect)
{
    const QString resolved = normalized(resolvedTypeText(type, dialect));
    const QString written = normalized(type.text);
    // `int(11) unsigned zerofill` and `varchar(50) collate utf8mb4_bin` start with their
    // resolved form: nothing was resolved that is worth showing.
    const bool asWritten
            = written.startsWith(resolved)
              && (written.size() == resolved.size() || !isWordCharacter(written.at(resolved.size()))
                  || !isWordCharacter(resolved.back()));
    if (asWritten || resolved.isEmpty())
        return type.text;
    return type.text + u" ("_s + resolvedTypeText(type, dialect) + u')';
}

} // namespace relata
