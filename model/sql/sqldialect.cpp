#include "sqldialect.h"

#include "reservedwords.h"

#include <QCryptographicHash>

#include <algorithm>
#include <string_view>
#include <utility>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr qsizetype kMaxReservedLength = 64; ///< longer than any reserved word

bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

bool hasUpperCase(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isUpper(); });
}

/// Eight hex digits of a hash of `name`: short, and the same on every platform.
QString hashSuffix(const QString &name)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

} // namespace

SqlDialect::SqlDialect(Dialect dialect, const QString &displayName, QChar quote,
                       int maxIdentifierLength, const QStringList &reservedWords)
    : m_dialect(dialect)
    , m_displayName(displayName)
    , m_quote(quote)
    , m_maxIdentifierLength(maxIdentifierLength)
{
    m_reservedWords.reserve(size_t(reservedWords.size()));
    for (const QString &word : reservedWords) {
        m_reservedWords.push_back(word.toLatin1().toStdString());
        m_longestReserved = std::max(m_longestReserved, word.size());
    }
    // The views point into m_reservedWords, which no longer changes.
    m_reserved = std::unordered_set<std::string_view>(m_reservedWords.cbegin(),
                                                      m_reservedWords.cend());
    Q_ASSERT(m_longestReserved < kMaxReservedLength);
}

const SqlDialect &SqlDialect::get(Dialect dialect)
{
    static const SqlDialect mysql(Dialect::MySql, u"MySQL"_s, u'`', 64, reservedwords::mysql());
    static const SqlDialect postgresql(Dialect::PostgreSql, u"PostgreSQL"_s, u'"', 63,
                                       reservedwords::postgresql());
    static const SqlDialect sqlite(Dialect::Sqlite, u"SQLite"_s, u'"', 0, reservedwords::sqlite());
    switch (dialect) {
    case Dialect::MySql:
        return mysql;
    case Dialect::PostgreSql:
        return postgresql;
    case Dialect::Sqlite:
        return sqlite;
    }
    Q_UNREACHABLE();
    return mysql;
}

QString SqlDialect::quoteIdentifier(const QString &name) const
{
    // DDL quotes every name of a schema: one allocation, no per-character appends.
    QString quoted;
    quoted.reserve(name.size() + 2);
    quoted.append(m_quote);
    qsizetype from = 0;
    for (qsizetype at = name.indexOf(m_quote); at >= 0; at = name.indexOf(m_quote, from)) {
        quoted.append(QStringView(name).sliced(from, at + 1 - from)).append(m_quote);
        from = at + 1;
    }
    quoted.append(QStringView(name).sliced(from)).append(m_quote);
    return quoted;
}

QString SqlDialect::quoteString(const QString &text) const
{
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == u'\'' || c == u'\\';
    });
    if (plain) {
        QString quoted;
        quoted.reserve(text.size() + 2);
        return quoted.append(u'\'').append(text).append(u'\'');
    }
    const bool escapes = m_dialect == Dialect::MySql
                         || (m_dialect == Dialect::PostgreSql
                             && std::any_of(text.cbegin(), text.cend(),
                                            [](QChar c) { return c.unicode() < 0x20; }));
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            continue;
        if (u == u'\'')
            out += u"''"_s;
        else if (!escapes)
            out += c;
        else if (u == u'\\')
            out += u"\\\\"_s;
        else if (u == u'\n')
            out += u"\\n"_s;
        else if (u == u'\r')
            out += u"\\r"_s;
        else if (u == u'\t')
            out += u"\\t"_s;
        else if (u == 0x1a && m_dialect == Dialect::MySql)
            out += u"\\Z"_s; // Ctrl-Z ends input on Windows
        else if (u < 0x20 && m_dialect == Dialect::PostgreSql)
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else
            out += c;
    }
    const bool extended = escapes && m_dialect == Dialect::PostgreSql;
    return (extended ? u"E'"_s : u"'"_s) + out + u'\'';
}

QString SqlDialect::quoteIfNeeded(const QString &name) const
{
    const bool plain = isPlainIdentifier(name) && !isReserved(name)
                       && !(m_dialect == Dialect::PostgreSql && hasUpperCase(name));
    return plain ? name : quoteIdentifier(name);
}

int SqlDialect::identifierLength(const QString &name) const
{
    qsizetype length = 0;
    for (QChar c : name) {
        if (m_dialect != Dialect::PostgreSql)
            length += c.isLowSurrogate() ? 0 : 1; // code points
        else if (c.unicode() < 0x80)
            length += 1;
        else
            length += c.unicode() < 0x800 || c.isSurrogate() ? 2 : 3; // a pair is 4 bytes
    }
    return int(length);
}

QString SqlDialect::fitIdentifier(const QString &name) const
{
    if (m_maxIdentifierLength <= 0 || identifierLength(name) <= m_maxIdentifierLength)
        return name;
    const QString suffix = u"_"_s + hashSuffix(name);
    QString head = name;
    while (!head.isEmpty() && identifierLength(head + suffix) > m_maxIdentifierLength) {
        head.chop(1);
        if (!head.isEmpty() && head.back().isHighSurrogate())
            head.chop(1); // never split a surrogate pair
    }
    return head + suffix;
}

QString SqlDialect::legalIdentifier(const QString &name) const
{
    const bool legalInMySql
            = !name.endsWith(u' ')
              && std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isSurrogate(); });
    if (m_dialect != Dialect::MySql || legalInMySql)
        return fitIdentifier(name);
    QString legal;
    legal.reserve(name.size());
    for (QChar c : name) {
        if (!c.isLowSurrogate())
            legal += c.isHighSurrogate() ? QChar(u'_') : c;
    }
    while (legal.endsWith(u' '))
        legal.chop(1);
    if (legal != name)
        legal += u'_' + hashSuffix(name);
    return fitIdentifier(legal);
}

bool SqlDialect::isReserved(const QString &word) const
{
    if (word.isEmpty() || word.size() > m_longestReserved)
        return false;
    char folded[kMaxReservedLength];
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        if (c >= 0x80)
            return false; // every reserved word is ASCII
        folded[i] = char(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c);
    }
    return m_reserved.count(std::string_view(folded, size_t(word.size()))) > 0;
}

} // namespace relata
