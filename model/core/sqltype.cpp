#include "sqltype.h"

#include "sqltypelexer.h"
#include "sqltypenames.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

using detail::TypeName;
using detail::TypeTokenKind;

/// A QString over a name from the static tables: no allocation per parsed type.
QString staticString(QStringView name)
{
    return QString::fromRawData(name.data(), name.size());
}

bool isNumericFamily(TypeFamily family)
{
    return family == TypeFamily::Integer || family == TypeFamily::Decimal
           || family == TypeFamily::Float;
}

bool isCharacterFamily(TypeFamily family)
{
    return family == TypeFamily::String || family == TypeFamily::Text || family == TypeFamily::Enum;
}

/// Appends `word` lower-cased (ASCII only: the tables are ASCII, so others never match).
void appendLower(QVarLengthArray<char16_t, 64> &key, QStringView word)
{
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        key.append(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
}

/// Parses one type text. Any step returning false means the text is not a type it knows
/// how to read; the caller then falls back to Other (or, in SQLite, to affinity rules).
class TypeParser
{
public:
    TypeParser(const QString &text, Dialect dialect)
        : m_text(text)
        , m_dialect(dialect)
        , m_tokens(detail::tokenizeType(text, dialect))
    {}

    SqlType run();

private:
    bool parseKnown();
    const TypeName *matchName();
    void applyName(const TypeName &name);
    bool parseArguments();
    bool parseModifier();
    bool parseTimeZone(bool with);
    bool parseArraySuffix();
    bool parseNameValue(QString *value);
    bool applyArguments();
    bool applyFloatPrecision(int precision);
    void parseUnknown();
    void fallBack();
    QString leadingName();

    QStringView tokenText(qsizetype i) const
    {
        const detail::TypeToken &t = m_tokens[i];
        return QStringView(m_text).sliced(t.begin, t.end - t.begin);
    }
    bool at(qsizetype i, TypeTokenKind kind) const
    {
        return i < m_tokens.size() && m_tokens[i].kind == kind;
    }
    bool isWord(qsizetype i, QStringView lowerWord) const
    {
        return at(i, TypeTokenKind::Word)
               && tokenText(i).compare(lowerWord, Qt::CaseInsensitive) == 0;
    }

    const QString &m_text;
    Dialect m_dialect;
    detail::TypeTokens m_tokens;
    qsizetype m_pos = 0;
    SqlType m_type;
    const TypeName *m_name = nullptr;
    QVarLengthArray<int, 2> m_numbers;
    bool m_hasArguments = false;
    bool m_timeZoneGiven = false;
    bool m_binaryAttribute = false;
};

SqlType TypeParser::run()
{
    m_type.text = m_text;
    if (m_tokens.isEmpty()) {
        // SQLite gives a column without a declared type BLOB affinity: values are kept as given.
        if (m_dialect == Dialect::Sqlite) {
            m_type.family = TypeFamily::Blob;
            m_type.canonicalName = u"blob"_s;
        }
        return m_type;
    }
    if (!parseKnown())
        fallBack();
    return m_type;
}

/// The known-name path: name, optional `(arguments)`, then modifiers in any order.
bool TypeParser::parseKnown()
{
    m_name = matchName();
    if (!m_name) {
        if (m_dialect == Dialect::Sqlite)
            return false;
        parseUnknown();
        return true;
    }
    applyName(*m_name);
    if (at(m_pos, TypeTokenKind::LParen) && !parseArguments())
        return false;
    while (m_pos < m_tokens.size()) {
        if (!parseModifier())
            return false;
    }
    // MySQL's BINARY attribute is shorthand for the _bin collation of the column's charset.
    if (m_binaryAttribute && m_type.collation.isEmpty() && !m_type.charset.isEmpty())
        m_type.collation = m_type.charset + u"_bin"_s;
    return applyArguments();
}

/// Longest match of the leading words against the dialect's names; sets m_pos past them.
const TypeName *TypeParser::matchName()
{
    qsizetype first = 0;
    if (m_dialect == Dialect::PostgreSql && isWord(0, u"pg_catalog") && at(1, TypeTokenKind::Dot))
        first = 2; // catalog queries may qualify built-in types
    if (!at(first, TypeTokenKind::Word) || at(first + 1, TypeTokenKind::Dot))
        return nullptr;
    qsizetype words = 0;
    while (words < detail::MaxTypeNameWords && at(first + words, TypeTokenKind::Word))
        ++words;
    for (; words > 0; --words) {
        QVarLengthArray<char16_t, 64> key;
        for (qsizetype w = 0; w < words && key.size() <= detail::MaxTypeNameLength; ++w) {
            if (w > 0)
                key.append(u' ');
            appendLower(key, tokenText(first + w));
        }
        if (key.size() > detail::MaxTypeNameLength)
            continue;
        const QStringView keyView(key.data(), key.size());
        if (const TypeName *name = detail::findTypeName(m_dialect, keyView)) {
            m_pos = first + words;
            return name;
        }
        // PostgreSQL's catalogs name the array of a type by prefixing an underscore: `_int4`.
        if (words == 1 && m_dialect == Dialect::PostgreSql && keyView.startsWith(u'_')) {
            if (const TypeName *name = detail::findTypeName(m_dialect, keyView.sliced(1))) {
                m_pos = first + 1;
                m_type.isArray = true;
                return name;
            }
        }
    }
    return nullptr;
}

void TypeParser::applyName(const TypeName &name)
{
    m_type.family = name.family;
    m_type.canonicalName = staticString(name.canonical);
    m_type.integerBits = name.bits;
    m_type.fixedLength = name.traits & detail::FixedLength;
    m_type.isUnsigned = name.traits & detail::Unsigned;
    m_type.withTimeZone = name.traits & detail::TimeZone;
    m_type.isSet = name.traits & detail::SetMembers;
    const bool sequence = name.traits & (detail::Sequence | detail::UniqueSequence);
    m_type.impliesAutoIncrement = sequence;
    m_type.impliesNotNull = sequence;
    m_type.impliesUnique = name.traits & detail::UniqueSequence;
    if (name.traits & detail::BooleanWidth)
        m_type.displayWidth = 1;
    if (name.traits & detail::National)
        m_type.charset = u"utf8mb3"_s;
}

/// `(n)`, `(p, s)` or, for MySQL ENUM and SET, `('a', 'b')`.
bool TypeParser::parseArguments()
{
    if (m_hasArguments)
        return false;
    m_hasArguments = true;
    const bool members = m_type.family == TypeFamily::Enum;
    const TypeTokenKind expected = members ? TypeTokenKind::String : TypeTokenKind::Number;
    ++m_pos; // (
    while (true) {
        if (!at(m_pos, expected))
            return false;
        if (members) {
            m_type.enumValues.append(detail::unquoteToken(tokenText(m_pos), m_dialect));
        } else {
            bool ok = false;
            const int value = tokenText(m_pos).toInt(&ok);
            if (!ok || m_numbers.size() == 2)
                return false;
            m_numbers.append(value);
        }
        ++m_pos;
        if (at(m_pos, TypeTokenKind::RParen)) {
            ++m_pos;
            return true;
        }
        if (!at(m_pos, TypeTokenKind::Comma))
            return false;
        ++m_pos;
    }
}

/// One attribute after the name: signedness, character set, collation, time zone, array.
bool TypeParser::parseModifier()
{
    const bool mySql = m_dialect == Dialect::MySql;
    const bool postgreSql = m_dialect == Dialect::PostgreSql;
    const TypeFamily family = m_type.family;
    if (at(m_pos, TypeTokenKind::LBracket) || isWord(m_pos, u"array"))
        return postgreSql && parseArraySuffix();
    const bool isUnsigned = isWord(m_pos, u"unsigned");
    const bool isZeroFill = isWord(m_pos, u"zerofill");
    if (isUnsigned || isZeroFill || isWord(m_pos, u"signed")) {
        ++m_pos;
        // ZEROFILL pads with zeros, which only makes sense without a sign: MySQL adds UNSIGNED.
        m_type.zeroFill = m_type.zeroFill || isZeroFill;
        m_type.isUnsigned = m_type.isUnsigned || isUnsigned || isZeroFill;
        return !postgreSql && isNumericFamily(family);
    }
    if (isWord(m_pos, u"charset")
        || ((isWord(m_pos, u"character") || isWord(m_pos, u"char")) && isWord(m_pos + 1, u"set"))) {
        m_pos += isWord(m_pos, u"charset") ? 1 : 2;
        return mySql && isCharacterFamily(family) && parseNameValue(&m_type.charset);
    }
    if (isWord(m_pos, u"collate")) {
        ++m_pos;
        return isCharacterFamily(family) && parseNameValue(&m_type.collation);
    }
    if (isWord(m_pos, u"binary")) {
        ++m_pos;
        m_binaryAttribute = true;
        return mySql && isCharacterFamily(family);
    }
    if (isWord(m_pos, u"with") || isWord(m_pos, u"without"))
        return postgreSql && parseTimeZone(isWord(m_pos, u"with"));
    return false;
}

/// PostgreSQL `with time zone` / `without time zone` after `time` or `timestamp`.
bool TypeParser::parseTimeZone(bool with)
{
    const bool plainTime
            = (m_type.family == TypeFamily::Time || m_type.family == TypeFamily::Timestamp)
              && !(m_name->traits & detail::TimeZone);
    if (!plainTime || m_timeZoneGiven || !isWord(m_pos + 1, u"time") || !isWord(m_pos + 2, u"zone"))
        return false;
    m_pos += 3;
    m_timeZoneGiven = true;
    m_type.withTimeZone = with;
    return true;
}

/// `[]`, `[3]`, `[][]`, `ARRAY`, `ARRAY[3]`: PostgreSQL ignores the sizes, and so do we.
bool TypeParser::parseArraySuffix()
{
    if (isWord(m_pos, u"array")) {
        ++m_pos;
        m_type.isArray = true;
        if (!at(m_pos, TypeTokenKind::LBracket))
            return true;
    }
    ++m_pos; // [
    if (at(m_pos, TypeTokenKind::Number))
        ++m_pos;
    if (!at(m_pos, TypeTokenKind::RBracket))
        return false;
    ++m_pos;
    m_type.isArray = true;
    return true;
}

/// A charset or collation name: `utf8mb4`, `'utf8mb4_bin'`, `"C"`, `musicbrainz.musicbrainz`.
/// Unquoted names fold to lower case; PostgreSQL keeps quoted names as written, as it does.
bool TypeParser::parseNameValue(QString *value)
{
    QString result;
    while (true) {
        if (at(m_pos, TypeTokenKind::Word)) {
            result += tokenText(m_pos).toString().toLower();
        } else if (at(m_pos, TypeTokenKind::QuotedName) || at(m_pos, TypeTokenKind::String)) {
            const QString unquoted = detail::unquoteToken(tokenText(m_pos), m_dialect);
            result += m_dialect == Dialect::PostgreSql ? unquoted : unquoted.toLower();
        } else {
            return false;
        }
        ++m_pos;
        if (!at(m_pos, TypeTokenKind::Dot) || m_pos + 1 >= m_tokens.size())
            break;
        result += u'.';
        ++m_pos;
    }
    *value = result;
    return true;
}

/// Checks the `(...)` numbers against the family and stores them where they belong.
bool TypeParser::applyArguments()
{
    const qsizetype count = m_numbers.size();
    const int first = count > 0 ? m_numbers[0] : -1;
    const int second = count > 1 ? m_numbers[1] : -1;
    const unsigned fixedShape = detail::NoArguments | detail::BooleanWidth | detail::Sequence
                                | detail::UniqueSequence;
    if (m_hasArguments && (m_name->traits & fixedShape))
        return false;
    switch (m_type.family) {
    case TypeFamily::Integer:
        m_type.displayWidth = count == 1 ? first : m_type.displayWidth;
        return count <= 1 && (count == 0 || first >= 0);
    case TypeFamily::Decimal:
        m_type.precision = first;
        m_type.scale = second;
        return count == 0 || first >= 0;
    case TypeFamily::Float:
        if (count == 1 && (m_name->traits & detail::FloatBits))
            return applyFloatPrecision(first);
        m_type.precision = first;
        m_type.scale = second;
        return count == 0 || first >= 0;
    case TypeFamily::String:
    case TypeFamily::Binary:
    case TypeFamily::Text:
    case TypeFamily::Blob:
        m_type.length = first;
        return count <= 1 && (count == 0 || first >= 0);
    case TypeFamily::Time:
    case TypeFamily::Timestamp:
        m_type.precision = first;
        return count <= 1 && (count == 0 || first >= 0);
    case TypeFamily::Enum:
        return !m_type.enumValues.isEmpty();
    case TypeFamily::Date:
    case TypeFamily::Boolean:
    case TypeFamily::Json:
    case TypeFamily::Uuid:
    case TypeFamily::Other:
        return !m_hasArguments;
    }
    return false;
}

/// `float(p)`: MySQL and PostgreSQL both choose single precision up to 24 bits, double up to 53.
bool TypeParser::applyFloatPrecision(int precision)
{
    const int lowest = m_dialect == Dialect::MySql ? 0 : 1;
    if (precision < lowest || precision > 53)
        return false;
    m_type.precision = precision;
    const bool single = precision <= 24;
    if (m_dialect == Dialect::MySql)
        m_type.canonicalName = single ? u"float"_s : u"double"_s;
    else
        m_type.canonicalName = single ? u"real"_s : u"double precision"_s;
    return true;
}

/// A name no table knows (a domain, an extension type, `public.mpaa_rating`): Other, keeping
/// the name as a hint and noticing a PostgreSQL array suffix when the rest is well formed.
void TypeParser::parseUnknown()
{
    m_type.canonicalName = leadingName();
    if (m_type.canonicalName.isEmpty())
        return;
    if (at(m_pos, TypeTokenKind::LParen)) {
        int depth = 0;
        for (; m_pos < m_tokens.size(); ++m_pos) {
            const TypeTokenKind kind = m_tokens[m_pos].kind;
            depth += kind == TypeTokenKind::LParen ? 1 : kind == TypeTokenKind::RParen ? -1 : 0;
            if (depth == 0)
                break;
        }
        ++m_pos;
    }
    bool array = false;
    while (m_dialect == Dialect::PostgreSql
           && (at(m_pos, TypeTokenKind::LBracket) || isWord(m_pos, u"array"))) {
        if (!parseArraySuffix())
            break;
        array = true;
    }
    m_type.isArray = array && m_pos == m_tokens.size();
}

/// Text that is not a well-formed known type: Other, except that SQLite still derives an
/// affinity from whatever name was declared.
void TypeParser::fallBack()
{
    SqlType other;
    other.text = m_text;
    m_type = other;
    m_type.canonicalName = leadingName();
    if (m_dialect != Dialect::Sqlite)
        return;
    if (const TypeName *affinity = detail::sqliteAffinity(m_text)) {
        m_type.family = affinity->family;
        m_type.canonicalName = staticString(affinity->canonical);
        m_type.integerBits = affinity->bits;
    }
}

/// The leading (possibly qualified) name, lower-cased unless quoted: `public.mpaa_rating`.
QString TypeParser::leadingName()
{
    QString name;
    qsizetype i = 0;
    while (true) {
        if (at(i, TypeTokenKind::Word))
            name += tokenText(i).toString().toLower();
        else if (at(i, TypeTokenKind::QuotedName))
            name += detail::unquoteToken(tokenText(i), m_dialect);
        else
            break;
        ++i;
        if (!at(i, TypeTokenKind::Dot)
            || !(at(i + 1, TypeTokenKind::Word) || at(i + 1, TypeTokenKind::QuotedName)))
            break;
        name += u'.';
        ++i;
    }
    m_pos = i;
    return name;
}

} // namespace

QString typeFamilyName(TypeFamily family)
{
    static constexpr QStringView names[] = {
            u"integer", u"decimal",   u"float",   u"string", u"binary", u"text", u"blob", u"date",
            u"time",    u"timestamp", u"boolean", u"json",   u"uuid",   u"enum", u"other"};
    const auto index = std::size_t(family);
    return index < std::size(names) ? names[index].toString() : u"other"_s;
}

SqlType SqlType::parse(const QString &text, Dialect dialect)
{
    return TypeParser(text, dialect).run();
}

} // namespace relata
