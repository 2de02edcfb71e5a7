#include "sqltypelexer.h"

namespace relata::detail {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// The kind of token a quote character opens in `dialect`, or Symbol when it opens none.
TypeTokenKind quoteKind(QChar c, Dialect dialect)
{
    if (c == u'\'')
        return TypeTokenKind::String;
    if (c == u'"')
        return dialect == Dialect::MySql ? TypeTokenKind::String : TypeTokenKind::QuotedName;
    if (c == u'`' && dialect != Dialect::PostgreSql)
        return TypeTokenKind::QuotedName;
    return TypeTokenKind::Symbol;
}

/// Index one past the closing quote of the quoted text starting at `begin`, or -1 when it
/// never closes. A doubled quote stands for itself; MySQL strings also escape with `\`.
qsizetype skipQuoted(QStringView text, qsizetype begin, bool backslashEscapes)
{
    const QChar quote = text[begin];
    qsizetype i = begin + 1;
    while (i < text.size()) {
        const QChar c = text[i];
        if (backslashEscapes && c == u'\\') {
            i += 2;
        } else if (c == quote) {
            if (i + 1 < text.size() && text[i + 1] == quote)
                i += 2;
            else
                return i + 1;
        } else {
            ++i;
        }
    }
    return -1;
}

TypeTokenKind punctuationKind(QChar c)
{
    switch (c.unicode()) {
    case u'(':
        return TypeTokenKind::LParen;
    case u')':
        return TypeTokenKind::RParen;
    case u',':
        return TypeTokenKind::Comma;
    case u'.':
        return TypeTokenKind::Dot;
    case u'[':
        return TypeTokenKind::LBracket;
    case u']':
        return TypeTokenKind::RBracket;
    default:
        return TypeTokenKind::Symbol;
    }
}

/// MySQL's backslash escapes (\% and \_ keep their backslash, as in LIKE patterns).
QChar mySqlEscape(QChar c)
{
    switch (c.unicode()) {
    case u'0':
        return QChar(u'\0');
    case u'b':
        return QChar(u'\b');
    case u'n':
        return QChar(u'\n');
    case u'r':
        return QChar(u'\r');
    case u't':
        return QChar(u'\t');
    case u'Z':
        return QChar(u'\x1a');
    default:
        return c;
    }
}

} // namespace

TypeTokens tokenizeType(QStringView text, Dialect dialect)
{
    TypeTokens tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        const qsizetype begin = i;
        if (c.isSpace()) {
            ++i;
            continue;
        }
        TypeTokenKind kind = TypeTokenKind::Symbol;
        if (isWordStart(c)) {
            kind = TypeTokenKind::Word;
            while (++i < n && isWordPart(text[i])) {
            }
        } else if (isDigit(c) || ((c == u'-' || c == u'+') && i + 1 < n && isDigit(text[i + 1]))) {
            kind = TypeTokenKind::Number;
            while (++i < n && isDigit(text[i])) {
            }
        } else if (const TypeTokenKind quoted = quoteKind(c, dialect);
                   quoted != TypeTokenKind::Symbol) {
            const bool backslash = dialect == Dialect::MySql && quoted == TypeTokenKind::String;
            const qsizetype end = skipQuoted(text, i, backslash);
            kind = end < 0 ? TypeTokenKind::Unterminated : quoted;
            i = end < 0 ? n : end;
        } else {
            kind = punctuationKind(c);
            ++i;
        }
        tokens.append(TypeToken{kind, begin, i});
    }
    return tokens;
}

QString unquoteToken(QStringView token, Dialect dialect)
{
    if (token.size() < 2)
        return {};
    const QChar quote = token.front();
    const bool backslash = dialect == Dialect::MySql && quote != u'`';
    const QStringView body = token.sliced(1, token.size() - 2);
    QString value;
    value.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (backslash && c == u'\\' && i + 1 < body.size()) {
            const QChar next = body[++i];
            if (next == u'%' || next == u'_')
                value.append(c);
            value.append(mySqlEscape(next));
        } else {
            value.append(c);
            if (c == quote && i + 1 < body.size() && body[i + 1] == quote)
                ++i;
        }
    }
    return value;
}

} // namespace relata::detail
