#include "ddldefault.h"

#include "sqldialect.h"
#include "typemapping.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// MySQL's backslash escapes; an unknown one stands for the character itself.
QChar mysqlEscape(QChar c)
{
    switch (c.unicode()) {
    case u'0':
        return QChar(0);
    case u'n':
        return u'\n';
    case u'r':
        return u'\r';
    case u't':
        return u'\t';
    case u'b':
        return u'\b';
    case u'Z':
        return QChar(0x1a);
    default:
        return c;
    }
}

/// Reads a quoted literal starting at `pos` (on the quote); returns its value and moves
/// `pos` past the closing quote.
std::optional<QString> readQuoted(const QString &text, qsizetype *pos, bool backslashes)
{
    const QChar quote = text.at(*pos);
    QString value;
    qsizetype i = *pos + 1;
    while (i < text.size()) {
        const QChar c = text.at(i++);
        if (backslashes && c == u'\\' && i < text.size()) {
            const QChar next = text.at(i++);
            // `\%` and `\_` keep their backslash (they are LIKE escapes in MySQL).
            if (next == u'%' || next == u'_')
                value += u'\\';
            value += mysqlEscape(next);
        } else if (c == quote && i < text.size() && text.at(i) == quote) {
            value += c;
            ++i;
        } else if (c == quote) {
            *pos = i;
            return value;
        } else {
            value += c;
        }
    }
    return std::nullopt;
}

bool isNumber(const QString &text)
{
    static const QRegularExpression number(u"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"_s);
    return number.match(text).hasMatch();
}

bool isCurrentTime(const QString &text)
{
    static const QRegularExpression now(u"^(now\\(\\s*\\)|current_timestamp(\\(\\s*\\d*\\s*\\))?|"
                                        u"localtimestamp(\\(\\s*\\d*\\s*\\))?"
                                        u"|transaction_timestamp\\(\\s*\\))$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return now.match(text).hasMatch();
}

/// A default SQLite takes without parentheses: a literal, a signed number, NULL, TRUE,
/// FALSE or CURRENT_TIME/DATE/TIMESTAMP.
bool isSqliteBareDefault(const QString &text)
{
    static const QRegularExpression keyword(
            u"^(null|true|false|current_time|current_date|current_timestamp)$"_s,
            QRegularExpression::CaseInsensitiveOption);
    return isNumber(text) || keyword.match(text).hasMatch()
           || unquoteStringLiteral(text, Dialect::Sqlite).has_value()
           || (text.startsWith(u'(') && text.endsWith(u')'));
}

bool needsParenthesesInMySql(const Column &column)
{
    switch (column.type.family) {
    case TypeFamily::Text:
    case TypeFamily::Blob:
    case TypeFamily::Json:
        return true; // MySQL only takes expression defaults on these
    default:
        return false;
    }
}

/// MySQL spells boolean `tinyint(1)`, which `bool` and `boolean` parse to.
bool isBoolean(const SqlType &type, Dialect from)
{
    return type.family == TypeFamily::Boolean
           || (from == Dialect::MySql && type.canonicalName == u"tinyint"
               && type.displayWidth == 1);
}

} // namespace

std::optional<QString> unquoteStringLiteral(const QString &text, Dialect dialect, QString *cast)
{
    qsizetype pos = 0;
    bool backslashes = dialect == Dialect::MySql;
    if (dialect == Dialect::MySql && !text.startsWith(u'\'')) {
        static const QRegularExpression introducer(u"^(_[A-Za-z0-9]+\\s*|[Nn](?='))"_s);
        pos = introducer.match(text).capturedLength();
    } else if (dialect == Dialect::PostgreSql && text.startsWith(u"E'"_s, Qt::CaseInsensitive)) {
        pos = 1;
        backslashes = true;
    }
    const bool quoted
            = pos < text.size()
              && (text.at(pos) == u'\'' || (dialect == Dialect::MySql && text.at(pos) == u'"'));
    if (!quoted)
        return std::nullopt;
    std::optional<QString> value = readQuoted(text, &pos, backslashes);
    if (!value)
        return std::nullopt;
    const QString tail = text.mid(pos).trimmed();
    if (dialect == Dialect::PostgreSql && tail.startsWith(u"::"_s)) {
        if (cast)
            *cast = tail;
        return value;
    }
    return tail.isEmpty() ? value : std::nullopt;
}

bool isOneExpression(const QString &text, Dialect dialect)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'\'' || c == u'"' || c == u'`') {
            const bool extended = i > 0 && (text.at(i - 1) == u'E' || text.at(i - 1) == u'e')
                                  && dialect == Dialect::PostgreSql;
            const bool escapes
                    = (c != u'`' && dialect == Dialect::MySql) || (c == u'\'' && extended);
            if (!readQuoted(text, &i, escapes))
                return false;
            --i; // readQuoted leaves i after the closing quote
        } else if (c == u';' || c == u'\\' || (c == u'#' && dialect == Dialect::MySql)
                   || (c == u'-' && next == u'-') || (c == u'/' && next == u'*')) {
            return false;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth < 0) {
            return false;
        }
    }
    return depth == 0;
}

QString defaultExpression(const Column &column, Dialect from, const SqlDialect &to)
{
    const QString text = column.defaultValue.value_or(QString()).trimmed();
    const Dialect target = to.dialect();
    QString cast;
    if (const std::optional<QString> value = unquoteStringLiteral(text, from, &cast)) {
        QString literal = to.quoteString(*value);
        if (target == Dialect::PostgreSql && from == Dialect::PostgreSql)
            literal += cast;
        return target == Dialect::MySql && needsParenthesesInMySql(column) ? u'(' + literal + u')'
                                                                           : literal;
    }
    if (from == target)
        return target == Dialect::Sqlite && !isSqliteBareDefault(text) ? u'(' + text + u')' : text;
    if (isCurrentTime(text)) {
        // MySQL refuses a DEFAULT whose fractional seconds differ from the column's
        // (`datetime(6) DEFAULT CURRENT_TIMESTAMP`), so the precision is repeated.
        const int precision
                = target == Dialect::MySql
                          ? SqlType::parse(mapType(column.type, from, target).text, target)
                                    .precision
                          : 0;
        return precision > 0 ? u"CURRENT_TIMESTAMP(%1)"_s.arg(precision) : u"CURRENT_TIMESTAMP"_s;
    }
    if (target == Dialect::PostgreSql && isBoolean(column.type, from)
        && (text == u"0" || text == u"1"))
        return text == u"1" ? u"true"_s : u"false"_s;
    if (isNumber(text) || text.compare(u"null"_s, Qt::CaseInsensitive) == 0
        || text.compare(u"true"_s, Qt::CaseInsensitive) == 0
        || text.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        return text;
    if (target == Dialect::PostgreSql || (text.startsWith(u'(') && text.endsWith(u')')))
        return text;
    return u'(' + text + u')';
}

} // namespace relata
