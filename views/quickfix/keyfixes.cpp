// Fixes that add keys: the index a relation needs (R007) and a primary key (R008).
#include "quickfixproviders_p.h"

#include "commands/columncommands.h"
#include "commands/keycolumncommand.h"
#include "commands/keycommands.h"
#include "sql/relationindex.h"
#include "sql/sqldialect.h"
#include "tools/newtable.h"

#include <QUndoCommand>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata::quickfix {

namespace {

bool hasIndexNamed(const Table &table, const QString &name)
{
    return std::any_of(table.indexes.cbegin(), table.indexes.cend(), [&](const Index &index) {
        return index.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

/// The name R007 suggests, or — when the table already has an index of that name on other
/// columns — the same with `_2`, `_3`…
QString freeIndexName(const SqlDialect &dialect, const Table &table, const QStringList &columns)
{
    const QString base = relationIndexName(dialect, table.name, columns);
    QString name = base;
    for (int n = 2; hasIndexNamed(table, name); ++n)
        name = dialect.fitIdentifier(u"%1_%2"_s.arg(base).arg(n));
    return name;
}

/// An existing column that already identifies rows: an auto-increment one, else `id`.
const Column *existingKeyColumn(const Table &table)
{
    for (const Column &c : table.columns) {
        if (c.autoIncrement)
            return &c;
    }
    return table.columnByName(u"id"_s);
}

QuickFix promoteIndexFix(const Table &table, const Index &index)
{
    const QString columns = table.columnNames(index.columns).join(u", "_s);
    return {Text::tr("Make (%1) the primary key instead of unique index %2")
                    .arg(columns, index.name),
            [table = table.id, index = index](SchemaDocument &document, QUndoCommand *step) {
                new SetPrimaryKeyCommand(document, table, index.columns, step);
                new RemoveIndexCommand(document, table, index.id, step);
            }};
}

QuickFix existingColumnFix(const Table &table, const Column &column)
{
    Column notNull = column;
    notNull.nullable = false;
    const bool wasNullable = column.nullable;
    return {Text::tr("Make %1 the primary key").arg(column.name),
            [table = table.id, notNull, wasNullable](SchemaDocument &document, QUndoCommand *step) {
                if (wasNullable)
                    new ChangeColumnCommand(document, table, notNull, step);
                new SetPrimaryKeyCommand(document, table, {notNull.id}, step);
            }};
}

QuickFix newColumnFix(const Schema &schema, const Table &table)
{
    // The key column "add table" gives a new table: `id`, the dialect's auto-increment
    // integer, NOT NULL. Its id is a placeholder; the document assigns a fresh one.
    Column key = newTable(schema, {}).columns.first();
    key.id = {};
    return {Text::tr("Add primary key %1").arg(key.name),
            [table = table.id, key](SchemaDocument &document, QUndoCommand *step) {
                new AddKeyColumnCommand(document, table, key, step);
            }};
}

} // namespace

QList<QuickFix> missingIndexFixes(const Schema &schema, const Finding &finding)
{
    const Relation *relation = subjectRelation(schema, finding);
    const Table *child = relation ? schema.table(relation->childTable) : nullptr;
    if (!child || relation->childColumns.isEmpty() || child->isIndexed(relation->childColumns))
        return {};
    const QStringList columns = child->columnNames(relation->childColumns);
    if (columns.contains(QString()))
        return {};
    Index index;
    index.name = freeIndexName(SqlDialect::get(schema.dialect), *child, columns);
    index.columns = relation->childColumns;
    const QString label = Text::tr("Add index %1 on %2 (%3)")
                                  .arg(index.name, child->name, columns.join(u", "_s));
    return {{label, [table = child->id, index](SchemaDocument &document, QUndoCommand *step) {
                 new AddIndexCommand(document, table, index, -1, step);
             }}};
}

QList<QuickFix> missingPrimaryKeyFixes(const Schema &schema, const Finding &finding)
{
    const Table *table
            = finding.tables.size() == 1 ? schema.table(finding.tables.first()) : nullptr;
    if (!table || !table->primaryKey.isEmpty())
        return {};
    if (const Index *index = table->promotableUniqueIndex())
        return {promoteIndexFix(*table, *index)};
    if (const Column *column = existingKeyColumn(*table))
        return {existingColumnFix(*table, *column)};
    return {newColumnFix(schema, *table)};
}

} // namespace relata::quickfix
