#pragma once

#include "dialect.h"

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

// Internal to SqlType::parse: the lexer for column type text.
namespace relata::detail {

/// What a piece of type text is. The grammar of a column type is small, so a hand-written
/// lexer is both clearer and faster than a set of regular expressions.
enum class TypeTokenKind : quint8 {
    Word,       ///< `varchar`, `unsigned`, `utf8mb4_bin`
    QuotedName, ///< `"char"`, `` `geometry` ``
    Number,     ///< `255`, `-2`
    String,     ///< `'a'` (and `"a"` in MySQL)
    LParen,
    RParen,
    Comma,
    Dot,
    LBracket,
    RBracket,
    Symbol,       ///< any other character
    Unterminated, ///< a quote that never closes; runs to the end of the text
};

/// A token as a range of the original text, so lexing allocates nothing.
struct TypeToken
{
    TypeTokenKind kind;
    qsizetype begin;
    qsizetype end; ///< one past the last character
};

using TypeTokens = QVarLengthArray<TypeToken, 16>;

/// Splits `text` into tokens. Quoting follows `dialect`: MySQL reads `"..."` as a string
/// and resolves backslash escapes; PostgreSQL and SQLite read `"..."` as a name.
TypeTokens tokenizeType(QStringView text, Dialect dialect);

/// The value of a String or QuotedName token: quotes removed, escapes resolved.
QString unquoteToken(QStringView token, Dialect dialect);

} // namespace relata::detail
