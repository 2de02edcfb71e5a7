#include "mysqlddlwriter.h"

#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// MySQL keeps at most this many characters of a column comment, and of a table comment.
constexpr qsizetype kMaxColumnComment = 1024;
constexpr qsizetype kMaxTableComment = 2048;

} // namespace

MySqlDdlWriter::MySqlDdlWriter()
    : DdlWriter(SqlDialect::get(Dialect::MySql))
{}

QString MySqlDdlWriter::preamble() const
{
    // Names and comments may hold any character, emoji included.
    return u"SET NAMES utf8mb4;\n"_s;
}

QString MySqlDdlWriter::columnType(const Table &table, const Column &column,
                                   const QString &mappedType, QString *) const
{
    // SERIAL adds a UNIQUE index of its own; on the primary key that index would only
    // repeat the key, so the key gets what SERIAL stands for without it (AUTO_INCREMENT
    // comes from identityClause()).
    const bool serial = mappedType.trimmed().compare(u"serial"_s, Qt::CaseInsensitive) == 0;
    if (serial && table.primaryKey == QList<ColumnId>{column.id})
        return u"bigint unsigned"_s;
    // Without an explicit NULL, servers running with explicit_defaults_for_timestamp off
    // make a timestamp column NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE ...
    const bool timestamp = mappedType.startsWith(u"timestamp"_s, Qt::CaseInsensitive);
    return timestamp && column.nullable ? mappedType + u" NULL"_s : mappedType;
}

QString MySqlDdlWriter::identityClause(const Table &, const Column &column, const QString &type,
                                       QString *) const
{
    // SERIAL already says AUTO_INCREMENT, and saying it twice is a syntax error.
    const bool serial = type.trimmed().compare(u"serial"_s, Qt::CaseInsensitive) == 0;
    return column.autoIncrement && !serial ? u" AUTO_INCREMENT"_s : QString();
}

void MySqlDdlWriter::addColumnComment(ColumnText &column, const QString &comment) const
{
    if (comment.size() > kMaxColumnComment)
        column.note += u"comment longer than MySQL's 1024 characters; the server may refuse it"_s;
    column.definition += u" COMMENT "_s + dialect().quoteString(comment);
}

QString MySqlDdlWriter::tableOptions(const Table &table) const
{
    if (table.comment.isEmpty())
        return QString();
    Q_UNUSED(kMaxTableComment);
    return u" COMMENT="_s + dialect().quoteString(table.comment);
}

} // namespace relata
