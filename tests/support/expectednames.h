#pragma once

#include "core/schema.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace relatatest {

/// Where a name must be unique, for comparing names the way a database does.
enum class NameScope { Table, Column, Index };

/// `name` as `target` compares names in `scope`: exactly in PostgreSQL and for MySQL
/// tables (on Linux), ignoring case in SQLite, ignoring case and accents for MySQL columns
/// and indexes.
QString comparableName(const QString &name, relata::Dialect target, NameScope scope);

/// The names the DDL for `target` gives the tables and columns of a schema, by the rule the
/// DDL documents: the model's name made legal (SqlDialect::legalIdentifier: cut to the
/// length limit with a hash; in MySQL also without emoji and trailing spaces), and a name
/// that the target cannot tell from an earlier one (see comparableName()) with `_2`, `_3`...
/// appended. Hostile names — quotes, spaces, `;`, reserved words — stay exactly as they are.
class ExpectedNames
{
public:
    ExpectedNames(const relata::Schema &schema, relata::Dialect target);

    QString table(relata::TableId table) const { return m_tables.value(table); }
    QString column(relata::TableId table, relata::ColumnId column) const
    {
        return m_columns.value(table).value(column);
    }
    QStringList columns(relata::TableId table, const QList<relata::ColumnId> &columns) const;

private:
    QHash<relata::TableId, QString> m_tables;
    QHash<relata::TableId, QHash<relata::ColumnId, QString>> m_columns;
};

} // namespace relatatest
