#pragma once

#include "ddlwriter.h"

namespace relata {

/// SQLite: double quotes, `INTEGER PRIMARY KEY AUTOINCREMENT` for a counting key, CREATE
/// INDEX after the table, and comments as `--` lines inside CREATE TABLE, whose text
/// sqlite_schema keeps verbatim: the lines just above a column are its comment, lines
/// between the table name and "(" the table's.
class SqliteDdlWriter final : public DdlWriter
{
public:
    SqliteDdlWriter();

protected:
    QString columnType(const Table &table, const Column &column, const QString &mappedType,
                       QString *note) const override;
    QString identityClause(const Table &table, const Column &column, const QString &type,
                           QString *note) const override;
    void addColumnComment(ColumnText &column, const QString &comment) const override;
    bool separatePrimaryKey(const Table &table) const override;
    QString beforeColumns(const Table &table) const override;
};

} // namespace relata
