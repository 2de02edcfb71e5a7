#pragma once

#include "core/schema.h"
#include "sql/ddlplan.h"
#include "sql/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace relatatest::detail {

/// Table and column names as the DDL for one dialect wrote them, quoted.
class QuotedNames
{
public:
    QuotedNames(const relata::Schema &schema, relata::Dialect dialect)
        : m_sql(relata::SqlDialect::get(dialect))
        , m_plan(relata::DdlPlan::build(schema, relata::DdlOptions{dialect}, m_sql))
    {}

    QString table(const relata::Table &table) const
    {
        return m_sql.quoteIdentifier(m_plan.tableName(table));
    }
    QString column(const relata::Table &table, relata::ColumnId column) const
    {
        return m_sql.quoteIdentifier(m_plan.columnName(table, *table.column(column)));
    }

private:
    const relata::SqlDialect &m_sql;
    relata::DdlPlan m_plan;
};

/// The driver's message and the statement, for an error a person reads.
inline QString queryError(const QSqlQuery &query, const QString &sql)
{
    return query.lastError().text() + QStringLiteral("\n  in: ") + sql;
}

/// The rows of a SELECT of `columnCount` key columns, each as its values.
inline std::optional<QList<QList<QVariant>>> readKeys(QSqlDatabase &db, const QString &sql,
                                                      int columnCount, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = queryError(query, sql);
        return std::nullopt;
    }
    QList<QList<QVariant>> keys;
    while (query.next()) {
        QList<QVariant> key;
        for (int i = 0; i < columnCount; ++i)
            key.append(query.value(i));
        keys.append(key);
    }
    return keys;
}

} // namespace relatatest::detail
