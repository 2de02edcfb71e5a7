#include "deletesql.h"

#include "core/schema.h"
#include "ddlplan.h"
#include "deleteplan.h"
#include "deletesqlbuilder_p.h"
#include "sqldialect.h"
#include "typemapping.h"
#include "validate/typecompatibility.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

using Role = DeleteStatement::Role;

namespace deletesql {

/// The relations of the plan that have `parent` as their parent.
QList<const Relation *> relationsFrom(const DeletePlan &plan, TableId parent)
{
    QList<const Relation *> out;
    for (const DeleteTarget &target : plan.deletes) {
        for (const Relation *relation : target.reachedBy) {
            if (relation->parentTable == parent && !out.contains(relation))
                out.append(relation);
        }
    }
    for (const QList<const Relation *> &list : {plan.nulls, plan.checks}) {
        for (const Relation *relation : list) {
            if (relation->parentTable == parent && !out.contains(relation))
                out.append(relation);
        }
    }
    return out;
}

bool ScriptBuilder::planWorkTables(QString *error)
{
    int number = 0;
    for (const DeleteTarget &target : m_plan.deletes) {
        const Table &t = table(target.table);
        const QList<const Relation *> children = relationsFrom(m_plan, target.table);
        WorkTable work;
        work.key = t.primaryKey;
        if (work.key.isEmpty() && !children.isEmpty())
            work.key = children.first()->parentColumns;
        if (work.key.isEmpty()) {
            if (target.table == m_plan.root) {
                *error = u"%1 has no primary key: the rows to delete cannot be named"_s.arg(t.name);
                return false;
            }
            continue; // a leaf without a key: deleted through the relations that reach it
        }
        work.columns = work.key;
        for (const Relation *relation : children) {
            for (const ColumnId c : relation->parentColumns) {
                if (!work.columns.contains(c))
                    work.columns.append(c);
            }
        }
        work.name = m_sql.quoteIdentifier(u"relata_delete_%1"_s.arg(++number));
        m_work.insert(target.table, work);
    }
    return true;
}

QString ScriptBuilder::insertStatement(TableId id, const QString &with, const QString &select) const
{
    const WorkTable work = m_work.value(id);
    const QString target = work.name + u" ("_s + columns(id, work.columns) + u") "_s;
    const QString prefix = with.isEmpty() ? QString() : with + u' ';
    switch (m_dialect) {
    case Dialect::MySql:
        return u"INSERT IGNORE INTO "_s + target + prefix + select;
    case Dialect::PostgreSql:
        return prefix + u"INSERT INTO "_s + target + select + u" ON CONFLICT DO NOTHING"_s;
    case Dialect::Sqlite:
        break;
    }
    return prefix + u"INSERT OR IGNORE INTO "_s + target + select;
}

void ScriptBuilder::prepare()
{
    const QString create
            = m_dialect == Dialect::Sqlite ? u"CREATE TEMP TABLE "_s : u"CREATE TEMPORARY TABLE "_s;
    for (const DeleteTarget &target : m_plan.deletes) {
        const auto it = m_work.constFind(target.table);
        if (it == m_work.cend())
            continue;
        QStringList definitions;
        for (const ColumnId c : it->columns)
            definitions.append(column(target.table, c) + u' ' + columnType(target.table, c)
                               + (it->key.contains(c) ? u" NOT NULL"_s : QString()));
        definitions.append(u"PRIMARY KEY ("_s + columns(target.table, it->key) + u')');
        if (m_dialect == Dialect::MySql)
            add(Role::Prepare, u"DROP TEMPORARY TABLE IF EXISTS "_s + it->name,
                u"drop what an interrupted run may have left on this connection"_s);
        add(Role::Prepare, create + it->name + u" ("_s + definitions.join(u", "_s) + u')',
            u"the keys of the %1 rows to delete"_s.arg(table(target.table).name));
    }
}

/// The self-references of the target's table that cascade.
QList<const Relation *> selfCascades(const DeleteTarget &target)
{
    QList<const Relation *> out;
    for (const Relation *relation : target.reachedBy) {
        if (relation->parentTable == relation->childTable)
            out.append(relation);
    }
    return out;
}

/// One statement that adds the rows the `entries` SELECTs name and, recursively, the rows
/// of the same table that cascade from those: a self-reference followed to the bottom in
/// one statement, without reading the work table it fills (MySQL cannot open a temporary
/// table twice in one statement).
QString ScriptBuilder::recursiveCollect(TableId id, const QStringList &entries) const
{
    const WorkTable work = m_work.value(id);
    QStringList conditions;
    const DeleteTarget *target = nullptr;
    for (const DeleteTarget &t : m_plan.deletes) {
        if (t.table == id)
            target = &t;
    }
    for (const Relation *relation : selfCascades(*target))
        conditions.append(u'(' + joinCondition(*relation, u"c"_s, u"p"_s) + u')');
    const QString cte = u"relata_reached"_s;
    const QString with
            = u"WITH RECURSIVE %1 (%2) AS (%3 UNION SELECT %4 FROM %5 c JOIN %1 p ON %6)"_s.arg(
                    cte, columns(id, work.columns), entries.join(u" UNION "_s),
                    columns(id, work.columns, u"c"_s), tableName(id), conditions.join(u" OR "_s));
    return insertStatement(id, with, u"SELECT %1 FROM %2"_s.arg(columns(id, work.columns), cte));
}

void ScriptBuilder::seed()
{
    const WorkTable &work = m_work[m_plan.root];
    const DeleteTarget &root = m_plan.deletes.last();
    const QString note = u"the %1 rows named by :ids"_s.arg(table(m_plan.root).name);
    if (selfCascades(root).isEmpty())
        add(Role::Seed, insertStatement(m_plan.root, {}, seedSource(work)), note);
    else
        add(Role::Seed, recursiveCollect(m_plan.root, {seedSource(work)}),
            note + u", and the rows below them"_s);
}

/// Parents first (the reverse of the delete order); the tables of a loop of several
/// tables in one group that repeats until it finds no more rows.
void ScriptBuilder::collect()
{
    // With a loop through several tables (a cycle, R006), every collecting statement joins
    // one group that runs again until none of them finds a new row: rows found round the
    // loop reach the tables below it too. Without one, each runs once, parents first.
    const bool cycle = std::any_of(m_plan.loops.cbegin(), m_plan.loops.cend(),
                                   [](const QList<TableId> &loop) { return loop.size() > 1; });
    const int group = cycle ? 0 : -1;
    for (qsizetype i = m_plan.deletes.size() - 1; i >= 0; --i) {
        const DeleteTarget &target = m_plan.deletes.at(i);
        if (target.table != m_plan.root)
            collectInto(target, group);
    }
    // The root on a cycle: rows reached round the loop come back to it.
    const DeleteTarget &root = m_plan.deletes.last();
    if (!cycle || root.loop < 0)
        return;
    for (const Relation *relation : root.reachedBy) {
        if (relation->parentTable == relation->childTable)
            continue;
        add(Role::Collect,
            insertStatement(root.table, {},
                            u"SELECT %1 FROM %2 c JOIN %3 p ON %4"_s.arg(
                                    columns(root.table, m_work[root.table].columns, u"c"_s),
                                    tableName(root.table), m_work[relation->parentTable].name,
                                    joinCondition(*relation, u"c"_s, u"p"_s))),
            u"%1 rows reached round the loop"_s.arg(table(root.table).name), group);
    }
}

void ScriptBuilder::collectInto(const DeleteTarget &target, int group)
{
    if (!m_work.contains(target.table))
        return; // a leaf without a key: deleted straight through its relations
    const WorkTable &work = m_work[target.table];
    QStringList entries;
    for (const Relation *relation : target.reachedBy) {
        if (relation->parentTable == relation->childTable
            || !m_work.contains(relation->parentTable))
            continue;
        entries.append(u"SELECT %1 FROM %2 c JOIN %3 p ON %4"_s.arg(
                columns(target.table, work.columns, u"c"_s), tableName(target.table),
                m_work[relation->parentTable].name, joinCondition(*relation, u"c"_s, u"p"_s)));
    }
    if (entries.isEmpty())
        return;
    const QString note = u"the %1 rows a cascade reaches"_s.arg(table(target.table).name);
    if (!selfCascades(target).isEmpty()) {
        add(Role::Collect, recursiveCollect(target.table, entries), note, group);
        return;
    }
    for (const QString &entry : entries)
        add(Role::Collect, insertStatement(target.table, {}, entry), note, group);
}

/// A child row that is not itself deleted and refers to a deleted row refuses the delete.
void ScriptBuilder::check()
{
    for (const Relation *relation : m_plan.checks) {
        const TableId child = relation->childTable;
        const TableId parent = relation->parentTable;
        QString sql = u"SELECT 1 FROM %1 c JOIN %2 p ON %3"_s.arg(
                tableName(child), m_work[parent].name, joinCondition(*relation, u"c"_s, u"p"_s));
        if (m_work.contains(child)) {
            // Rows deleted themselves do not refuse. (For a table that refers to itself this
            // reads its work table twice, which MariaDB allows and MySQL 8 does not.)
            const WorkTable &work = m_work[child];
            sql += u" WHERE %1 NOT IN (SELECT %2 FROM %3)"_s.arg(
                    tuple(child, work.key, u"c"_s), columns(child, work.key), work.name);
        }
        add(Role::Check, sql + u" LIMIT 1"_s,
            u"%1: refused while a row refers to a deleted one"_s.arg(m_schema.describe(*relation)));
    }
}

/// `c.key = p.key AND ...` for the same columns on both sides.
QString ScriptBuilder::sameColumns(TableId id, const QList<ColumnId> &ids) const
{
    QStringList parts;
    for (const ColumnId c : ids)
        parts.append(u"c."_s + column(id, c) + u" = p."_s + column(id, c));
    return parts.join(u" AND "_s);
}

/// Deletes the rows of `id` matching a work table. MySQL and MariaDB get a multi-table
/// DELETE with a join, which looks the rows up by their index; for `x IN (SELECT ...)`
/// MariaDB scans the whole table.
QString ScriptBuilder::deleteJoined(TableId id, const QString &work, const QString &on,
                                    const QString &in) const
{
    if (m_dialect == Dialect::MySql)
        return u"DELETE c FROM %1 c JOIN %2 p ON %3"_s.arg(tableName(id), work, on);
    return u"DELETE FROM %1 WHERE %2"_s.arg(tableName(id), in);
}

void ScriptBuilder::deleteRows()
{
    for (const DeleteTarget &target : m_plan.deletes) {
        const QString note = u"delete the %1 rows"_s.arg(table(target.table).name);
        if (m_work.contains(target.table)) {
            const WorkTable &work = m_work[target.table];
            add(Role::Delete,
                deleteJoined(target.table, work.name, sameColumns(target.table, work.key),
                             u"%1 IN (SELECT %2 FROM %3)"_s.arg(tuple(target.table, work.key),
                                                                columns(target.table, work.key),
                                                                work.name)),
                note);
            continue;
        }
        for (const Relation *relation : target.reachedBy) {
            const QString parentWork = m_work[relation->parentTable].name;
            add(Role::Delete,
                deleteJoined(target.table, parentWork, joinCondition(*relation, u"c"_s, u"p"_s),
                             u"%1 IN (SELECT %2 FROM %3)"_s.arg(
                                     tuple(target.table, relation->childColumns),
                                     columns(relation->parentTable, relation->parentColumns),
                                     parentWork)),
                note + u" that refer to deleted "_s + table(relation->parentTable).name);
        }
    }
}

/// After the deletes, so that a child row deleted too is not updated first, and the work
/// table of the parent is the only one the statement reads.
void ScriptBuilder::setNull()
{
    for (const Relation *relation : m_plan.nulls) {
        const QString parentWork = m_work[relation->parentTable].name;
        QStringList assignments;
        for (const ColumnId c : relation->childColumns)
            assignments.append((m_dialect == Dialect::MySql ? u"c."_s : QString())
                               + column(relation->childTable, c) + u" = NULL"_s);
        // MySQL and MariaDB: a multi-table UPDATE, for the same reason as the deletes.
        const QString sql
                = m_dialect == Dialect::MySql
                          ? u"UPDATE %1 c JOIN %2 p ON %3 SET %4"_s.arg(
                                  tableName(relation->childTable), parentWork,
                                  joinCondition(*relation, u"c"_s, u"p"_s),
                                  assignments.join(u", "_s))
                          : u"UPDATE %1 SET %2 WHERE %3 IN (SELECT %4 FROM %5)"_s.arg(
                                  tableName(relation->childTable), assignments.join(u", "_s),
                                  tuple(relation->childTable, relation->childColumns),
                                  columns(relation->parentTable, relation->parentColumns),
                                  parentWork);
        add(Role::SetNull, sql, u"%1: set null"_s.arg(m_schema.describe(*relation)));
    }
}

void ScriptBuilder::finish()
{
    const QString drop
            = m_dialect == Dialect::MySql ? u"DROP TEMPORARY TABLE "_s : u"DROP TABLE "_s;
    for (const DeleteTarget &target : m_plan.deletes) {
        if (m_work.contains(target.table))
            add(Role::Finish, drop + m_work[target.table].name,
                u"the keys of the %1 rows"_s.arg(table(target.table).name));
    }
}

Result<DeleteScript> ScriptBuilder::build()
{
    QString error;
    if (m_plan.deletes.isEmpty() || !planWorkTables(&error))
        return Result<DeleteScript>::failure(error.isEmpty() ? u"nothing to delete"_s : error);
    prepare();
    seed();
    collect();
    check();
    deleteRows();
    setNull();
    finish();
    return m_script;
}

} // namespace deletesql

QString deleteStatementRoleName(DeleteStatement::Role role)
{
    switch (role) {
    case Role::Prepare:
        return u"prepare"_s;
    case Role::Seed:
        return u"seed"_s;
    case Role::Collect:
        return u"collect"_s;
    case Role::Check:
        return u"check"_s;
    case Role::SetNull:
        return u"set null"_s;
    case Role::Delete:
        return u"delete"_s;
    case Role::Finish:
        break;
    }
    return u"finish"_s;
}

DeleteScriptWriter::DeleteScriptWriter(const Schema &schema, Dialect dialect)
    : m_schema(schema)
    , m_dialect(dialect)
    , m_names(std::make_unique<DdlPlan>(
              DdlPlan::build(schema, DdlOptions{dialect}, SqlDialect::get(dialect))))
{}

DeleteScriptWriter::~DeleteScriptWriter() = default;

Result<DeleteScript> DeleteScriptWriter::script(const DeletePlan &plan,
                                                const DeleteSource &source) const
{
    const Table *root = m_schema.table(plan.root);
    if (source.kind == DeleteSource::Kind::Flagged
        && (!root || !root->column(root->softDeleteColumn)))
        return Result<DeleteScript>::failure(
                u"%1 has no soft-delete column to find flagged rows by"_s.arg(root ? root->name
                                                                                   : QString()));
    if (source.batch < 1)
        return Result<DeleteScript>::failure(u"the batch must be at least 1 row"_s);
    return deletesql::ScriptBuilder(m_schema, plan, m_dialect, source, *m_names).build();
}

Result<DeleteScript> deleteScript(const Schema &schema, const DeletePlan &plan, Dialect dialect,
                                  const DeleteSource &source)
{
    return DeleteScriptWriter(schema, dialect).script(plan, source);
}

Result<DeleteScript> inlineDeleteScript(const Schema &schema, const DeletePlan &plan,
                                        Dialect dialect)
{
    return deleteScript(schema, plan, dialect, {});
}

} // namespace relata
