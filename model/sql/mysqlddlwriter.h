#pragma once

#include "ddlwriter.h"

namespace relata {

/// MySQL, MariaDB and Vitess: backticks, AUTO_INCREMENT, indexes inside CREATE TABLE (so
/// that IF NOT EXISTS covers them; MySQL has no CREATE INDEX IF NOT EXISTS), and comments
/// as COMMENT '...' on the column and the table, where information_schema keeps them.
class MySqlDdlWriter final : public DdlWriter
{
public:
    MySqlDdlWriter();

protected:
    QString preamble() const override;
    QString columnType(const Table &table, const Column &column, const QString &mappedType,
                       QString *note) const override;
    QString identityClause(const Table &table, const Column &column, const QString &type,
                           QString *note) const override;
    void addColumnComment(ColumnText &column, const QString &comment) const override;
    bool inlineIndexes() const override { return true; }
    QString tableOptions(const Table &table) const override;
};

} // namespace relata
