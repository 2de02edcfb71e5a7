// The relations of a PostgreSQL import: FOREIGN KEY constraints first, then Relata's own
// markers in column comments (docs/ddl.md, "Relation markers"). Part of
// PostgresSchemaBuilder.
#include "markerrelation.h"
#include "postgresschemabuilder.h"

using namespace Qt::StringLiterals;

namespace relata {

ReferentialAction PostgresSchemaBuilder::action(QChar code, const QString &what,
                                                const QString &fkName, const QString &table)
{
    switch (code.unicode()) {
    case u'r':
        return ReferentialAction::Restrict;
    case u'c':
        return ReferentialAction::Cascade;
    case u'n':
        return ReferentialAction::SetNull;
    case u'd':
        m_summary.notModelled.append(
                u"%1 set default of foreign key %2 on %3, kept as no action"_s.arg(what, fkName,
                                                                                   table));
        break;
    default:
        break;
    }
    return ReferentialAction::NoAction;
}

void PostgresSchemaBuilder::addForeignKeyRelation(const PendingForeignKey &fk)
{
    const PendingTable &child = m_tables.at(m_tableIndex.value(fk.childOid));
    const auto parentIt = m_tableIndex.constFind(fk.parentOid);
    if (parentIt == m_tableIndex.cend()) {
        m_summary.notModelled.append(
                u"foreign key %1 on %2 references %3, which is not in the imported schemas"_s.arg(
                        fk.name, child.table.name, fk.parentName));
        return;
    }
    const PendingTable &parent = m_tables.at(*parentIt);
    Relation relation;
    relation.childTable = m_tableIds.value(fk.childOid);
    relation.parentTable = m_tableIds.value(fk.parentOid);
    QString error;
    if (!columnIds(child, fk.childAttnums, &relation.childColumns, &error)
        || !columnIds(parent, fk.parentAttnums, &relation.parentColumns, &error)) {
        m_summary.notModelled.append(
                u"foreign key %1 on %2: %3"_s.arg(fk.name, child.table.name, error));
        return;
    }
    relation.onDelete = action(fk.onDelete, u"on delete"_s, fk.name, child.table.name);
    relation.onUpdate = action(fk.onUpdate, u"on update"_s, fk.name, child.table.name);
    relation.origin = RelationOrigin::Constraint;
    m_schema.addRelation(std::move(relation));
    ++m_summary.constraintRelations;
}

/// A marker names its parent as the database does: plain with one schema; with several,
/// qualified, or plain for a parent in the child's own schema.
const Table *PostgresSchemaBuilder::markerParent(const QString &name,
                                                 const QString &childSchema) const
{
    if (const Table *table = m_schema.tableByName(name))
        return table;
    if (m_qualified)
        return m_schema.tableByName(childSchema + u'.' + name);
    return nullptr;
}

/// A marker that repeats a FOREIGN KEY (DDL written with constraints carries both) only
/// adds the relation's names to it.
void PostgresSchemaBuilder::addMarkerRelation(const PendingMarker &pending)
{
    const RelationMarker &marker = pending.marker;
    const Table *child = m_schema.table(m_tableIds.value(pending.tableOid));
    const Column *column = child->column(pending.column);
    const QString where = child->name + u'.' + column->name;
    const Table *parent = markerParent(marker.parentTable, m_schemaOf.value(pending.tableOid));
    Relation relation;
    const QStringList childNames
            = marker.childColumns.isEmpty() ? QStringList{column->name} : marker.childColumns;
    if (parent) {
        relation.childColumns = child->columnIdsByName(childNames);
        relation.parentColumns = parent->columnIdsByName(marker.parentColumns);
    }
    if (!parent || relation.childColumns.isEmpty() || relation.parentColumns.isEmpty()
        || relation.childColumns.size() != relation.parentColumns.size()) {
        m_summary.notModelled.append(
                u"relation marker on %1 names columns or a table that do not exist: %2"_s.arg(
                        where, formatRelationMarker(marker)));
        return;
    }
    relation.childTable = child->id;
    relation.parentTable = parent->id;
    if (relata::addMarkerRelation(m_schema, std::move(relation), marker))
        ++m_summary.commentRelations;
}

} // namespace relata
