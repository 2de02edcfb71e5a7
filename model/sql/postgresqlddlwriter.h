#pragma once

#include "ddlwriter.h"

namespace relata {

/// PostgreSQL: double quotes, identity columns, CREATE INDEX after the table, and
/// comments as COMMENT ON TABLE / COLUMN statements, which pg_description keeps.
class PostgreSqlDdlWriter final : public DdlWriter
{
public:
    PostgreSqlDdlWriter();

protected:
    QString identityClause(const Table &table, const Column &column, const QString &type,
                           QString *note) const override;
    void addColumnComment(ColumnText &column, const QString &comment) const override;
    QString afterTable(const Table &table,
                       const QList<std::pair<QString, QString>> &columnComments) const override;
};

} // namespace relata
