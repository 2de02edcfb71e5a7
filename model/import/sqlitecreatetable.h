#pragma once

#include <QList>
#include <QString>

namespace relata {

/// What only the text of a `CREATE TABLE` statement holds about one column: SQLite's
/// catalog has no column comments and no AUTOINCREMENT flag, but `sqlite_schema.sql`
/// keeps the statement as written.
struct SqliteColumnText
{
    QString name;               ///< unquoted
    QString comment;            ///< the `--` lines just above the column, joined with line breaks
    bool autoIncrement = false; ///< `PRIMARY KEY AUTOINCREMENT` on this column
};

struct SqliteTableText
{
    QString comment; ///< the `--` lines between the table's name and `(`
    QList<SqliteColumnText> columns;
};

/// Reads the comments and AUTOINCREMENT keywords of a `CREATE TABLE` statement, the way
/// Relata's SQLite DDL writes them (docs/ddl.md): a `--` comment that starts its own line
/// belongs to the next column definition; a `--` note after something else on the same
/// line (the type mapping's notes) belongs to nothing. Never fails: text it does not
/// understand gives fewer columns, and the caller matches columns by name.
SqliteTableText readSqliteCreateTable(const QString &sql);

/// `"a""b"`, `[a b]`, `` `a` `` and `'a'` without their quotes; other text unchanged.
QString unquoteSqliteName(const QString &token);

} // namespace relata
