#include "exportedrelations.h"

#include "core/schema.h"

namespace relata {

namespace {

int firstColumnRow(const Table *table, const QList<ColumnId> &columns)
{
    if (!table || columns.isEmpty())
        return -1;
    return table->columnIndex(columns.constFirst());
}

} // namespace

QList<const Relation *> exportedRelations(const Schema &schema, bool includeUnconfirmed)
{
    QList<const Relation *> result;
    for (const Relation &relation : schema.relations()) {
        if (!schema.table(relation.childTable) || !schema.table(relation.parentTable))
            continue;
        if (relation.decision == RelationDecision::Ignored)
            continue;
        if (relation.isUnconfirmed() && !includeUnconfirmed)
            continue;
        result.append(&relation);
    }
    return result;
}

QSet<ColumnId> foreignKeyColumns(const QList<const Relation *> &relations)
{
    QSet<ColumnId> columns;
    for (const Relation *relation : relations) {
        for (ColumnId id : relation->childColumns)
            columns.insert(id);
    }
    return columns;
}

bool parentIsOptional(const Schema &schema, const Relation &relation)
{
    const Table *child = schema.table(relation.childTable);
    if (!child)
        return false;
    for (ColumnId id : relation.childColumns) {
        const Column *column = child->column(id);
        if (column && column->nullable && !column->type.impliesNotNull
            && !child->primaryKey.contains(id))
            return true;
    }
    return false;
}

int childRow(const Schema &schema, const Relation &relation)
{
    return firstColumnRow(schema.table(relation.childTable), relation.childColumns);
}

int parentRow(const Schema &schema, const Relation &relation)
{
    return firstColumnRow(schema.table(relation.parentTable), relation.parentColumns);
}

} // namespace relata
