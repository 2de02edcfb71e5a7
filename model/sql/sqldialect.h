#pragma once

#include "core/dialect.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace relata {

/// What Relata must know about a target database to write names that it accepts:
/// quoting, the length limit of identifiers and the reserved words. Validation (R007, R009,
/// R010) and the DDL writers share it, so that a name a rule suggests is one the DDL can
/// write. One immutable instance per dialect; type mapping will join it.
class SqlDialect
{
public:
    Q_DISABLE_COPY_MOVE(SqlDialect)

    static const SqlDialect &get(Dialect dialect);

    Dialect dialect() const { return m_dialect; }
    /// "MySQL", "PostgreSQL", "SQLite": how messages name the database.
    QString displayName() const { return m_displayName; }

    /// Always quotes (backticks for MySQL, double quotes otherwise), doubling embedded quote
    /// characters, so that any name at all — spaces, quotes, non-ASCII — survives.
    QString quoteIdentifier(const QString &name) const;
    /// A string literal (comments, string defaults) the dialect reads back as `text`: quotes
    /// doubled everywhere; in MySQL also backslashes (they escape by default) and line breaks
    /// as `\n`; in PostgreSQL an `E'...'` literal when the text has control characters, so
    /// that each statement stays on one line. NUL characters, which no server keeps in text,
    /// are left out.
    QString quoteString(const QString &text) const;
    /// Quotes only when the name would not survive unquoted: not a plain
    /// `[A-Za-z_][A-Za-z0-9_]*` identifier, a reserved word, or — in PostgreSQL, which folds
    /// unquoted names to lower case — a name with upper-case letters. Keeps suggested
    /// statements (fixes) readable.
    QString quoteIfNeeded(const QString &name) const;

    /// The longest name the database keeps (MySQL 64, PostgreSQL 63); 0 = no limit (SQLite).
    int maxIdentifierLength() const { return m_maxIdentifierLength; }
    /// The length the limit is measured in: characters in MySQL and SQLite, UTF-8 bytes in
    /// PostgreSQL (its limit is NAMEDATALEN - 1 bytes).
    int identifierLength(const QString &name) const;
    /// `name` if it fits the limit, else a deterministic shortening: cut, then `_` and eight
    /// hex digits of a hash of the whole name, so that two long names that share a prefix
    /// stay distinct and the same schema always gives the same DDL.
    QString fitIdentifier(const QString &name) const;

    /// A name the database accepts, as fitIdentifier(), and in MySQL also without what its
    /// data dictionary refuses even quoted: characters beyond U+FFFF (emoji) become `_` and
    /// trailing spaces are cut, with `_` and eight hex digits of a hash of the original
    /// appended so that distinct names stay distinct. DDL writes every name through it.
    QString legalIdentifier(const QString &name) const;

    /// True when the word cannot be used as an unquoted table or column name (any case).
    /// Allocates nothing: validation asks it for every name of a schema.
    bool isReserved(const QString &word) const;

private:
    SqlDialect(Dialect dialect, const QString &displayName, QChar quote, int maxIdentifierLength,
               const QStringList &reservedWords);

    Dialect m_dialect;
    QString m_displayName;
    QChar m_quote;
    int m_maxIdentifierLength;
    std::vector<std::string> m_reservedWords;        ///< lower-case ASCII
    std::unordered_set<std::string_view> m_reserved; ///< views of m_reservedWords
    qsizetype m_longestReserved = 0;
};

} // namespace relata
