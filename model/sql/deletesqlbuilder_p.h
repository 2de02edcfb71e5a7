#pragma once

// The builder behind deletesql.h, shared by its source files. Not for other code.
#include "core/schema.h"
#include "ddlplan.h"
#include "deleteplan.h"
#include "deletesql.h"
#include "sqldialect.h"
#include "typemapping.h"
#include "validate/typecompatibility.h"

#include <QHash>

namespace relata::deletesql {

using namespace Qt::StringLiterals;
using Role = DeleteStatement::Role;

/// The keys of the rows to delete from one table, kept in a temporary table.
struct WorkTable
{
    QString name;            ///< quoted
    QList<ColumnId> key;     ///< identifies a row: the primary key, or referenced columns
    QList<ColumnId> columns; ///< the key, then every column a child refers to
};

class ScriptBuilder
{
public:
    /// `names`: DdlPlan::build() of the schema for `dialect`.
    ScriptBuilder(const Schema &schema, const DeletePlan &plan, Dialect dialect,
                  const DeleteSource &source, const DdlPlan &names)
        : m_schema(schema)
        , m_plan(plan)
        , m_dialect(dialect)
        , m_source(source)
        , m_sql(SqlDialect::get(dialect))
        , m_names(names)
    {}

    Result<DeleteScript> build();

private:
    const Table &table(TableId id) const { return *m_schema.table(id); }
    QString tableName(TableId id) const
    {
        return m_sql.quoteIdentifier(m_names.tableName(table(id)));
    }
    QString column(TableId id, ColumnId column) const
    {
        const Table &t = table(id);
        return m_sql.quoteIdentifier(m_names.columnName(t, *t.column(column)));
    }
    /// "alias.`a`, alias.`b`" (no alias: bare names).
    QString columns(TableId id, const QList<ColumnId> &ids, const QString &alias = {}) const
    {
        QStringList out;
        for (const ColumnId c : ids)
            out.append((alias.isEmpty() ? QString() : alias + u'.') + column(id, c));
        return out.join(u", "_s);
    }
    /// "(a, b)" for several columns, "a" for one: the left side of an IN.
    QString tuple(TableId id, const QList<ColumnId> &ids, const QString &alias = {}) const
    {
        const QString list = columns(id, ids, alias);
        return ids.size() == 1 ? list : u'(' + list + u')';
    }
    /// "c.`user_id` = p.`id` AND ...": a relation's child columns against its parent's.
    QString joinCondition(const Relation &relation, const QString &child,
                          const QString &parent) const
    {
        QStringList parts;
        for (qsizetype i = 0; i < relation.childColumns.size(); ++i)
            parts.append(child + u'.' + column(relation.childTable, relation.childColumns.at(i))
                         + u" = "_s + parent + u'.'
                         + column(relation.parentTable, relation.parentColumns.at(i)));
        return parts.join(u" AND "_s);
    }
    QString columnType(TableId id, ColumnId c) const
    {
        const Column &col = *table(id).column(c);
        const QString mapped = mapType(col.type, m_schema.dialect, m_dialect).text;
        return resolvedTypeText(SqlType::parse(mapped, m_dialect), m_dialect);
    }

    bool planWorkTables(QString *error);
    void add(Role role, const QString &sql, const QString &note, int group = -1)
    {
        m_script.statements.append({role, sql, group, note});
    }
    QString insertStatement(TableId id, const QString &with, const QString &select) const;
    QString recursiveCollect(TableId id, const QStringList &entries) const;
    QString seedSource(const WorkTable &work) const;
    QString idsSource(const WorkTable &work) const;
    QString flaggedSource(const WorkTable &work) const;
    void prepare();
    void seed();
    void collect();
    void collectInto(const DeleteTarget &target, int group);
    void check();
    QString sameColumns(TableId id, const QList<ColumnId> &ids) const;
    QString deleteJoined(TableId id, const QString &work, const QString &on,
                         const QString &in) const;
    void deleteRows();
    void setNull();
    void finish();

    const Schema &m_schema;
    const DeletePlan &m_plan;
    Dialect m_dialect;
    DeleteSource m_source;
    const SqlDialect &m_sql;
    const DdlPlan &m_names;
    QHash<TableId, WorkTable> m_work;
    DeleteScript m_script;
};

} // namespace relata::deletesql
