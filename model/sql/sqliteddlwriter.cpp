#include "sqliteddlwriter.h"

#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// SQLite counts up only a column that is the whole primary key and declared INTEGER.
bool isRowidKey(const Table &table, const Column &column)
{
    return column.autoIncrement && table.primaryKey.size() == 1
           && table.primaryKey.constFirst() == column.id;
}

} // namespace

SqliteDdlWriter::SqliteDdlWriter()
    : DdlWriter(SqlDialect::get(Dialect::Sqlite))
{}

QString SqliteDdlWriter::columnType(const Table &table, const Column &column,
                                    const QString &mappedType, QString *) const
{
    return isRowidKey(table, column) ? u"INTEGER"_s : mappedType;
}

QString SqliteDdlWriter::identityClause(const Table &table, const Column &column, const QString &,
                                        QString *note) const
{
    if (isRowidKey(table, column))
        return u" PRIMARY KEY AUTOINCREMENT"_s;
    if (column.autoIncrement) {
        if (!note->isEmpty())
            *note += u"; "_s;
        *note += u"auto-increment dropped: SQLite counts up only an INTEGER PRIMARY KEY"_s;
    }
    return QString();
}

void SqliteDdlWriter::addColumnComment(ColumnText &column, const QString &comment) const
{
    column.commentLines = commentLines(comment).split(u'\n', Qt::SkipEmptyParts);
}

bool SqliteDdlWriter::separatePrimaryKey(const Table &table) const
{
    if (table.primaryKey.size() == 1) {
        const Column *key = table.column(table.primaryKey.constFirst());
        if (key && isRowidKey(table, *key))
            return false;
    }
    return DdlWriter::separatePrimaryKey(table);
}

QString SqliteDdlWriter::beforeColumns(const Table &table) const
{
    return table.comment.isEmpty() ? QString() : u'\n' + commentLines(table.comment);
}

} // namespace relata
