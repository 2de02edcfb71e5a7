#include "pastetablescommand.h"

#include "core/schemadocument.h"
#include "tools/newtable.h"

using namespace Qt::StringLiterals;

namespace relata {

PasteTablesCommand::PasteTablesCommand(SchemaDocument &document, const Schema &pasted,
                                       QPointF offset, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_pasted(pasted)
    , m_offset(offset)
{
    const qsizetype n = pasted.tables().size();
    setText(n == 1 ? u"Paste table %1"_s.arg(pasted.tables().first().name)
                   : u"Paste %1 tables"_s.arg(n));
}

QList<TableId> PasteTablesCommand::tableIds() const
{
    QList<TableId> ids;
    for (const Table &t : m_tables)
        ids.append(t.id);
    return ids;
}

void PasteTablesCommand::firstRedo()
{
    QHash<TableId, TableId> tables;
    QHash<TableId, QHash<ColumnId, ColumnId>> columns;
    for (Table table : m_pasted.tables()) {
        const TableId from = table.id;
        table.name = unusedTableName(m_document->schema(), table.name);
        table.position += m_offset;
        QHash<ColumnId, ColumnId> map;
        const TableId id = m_document->addTableWithFreshIds(table, -1, &map);
        if (!id.isValid())
            continue; // cannot happen with a free name; skip rather than half-paste
        tables.insert(from, id);
        columns.insert(from, map);
        m_tables.append(*m_document->schema().table(id));
    }
    const auto remap = [](const QHash<ColumnId, ColumnId> &map, QList<ColumnId> &ids) {
        for (ColumnId &c : ids)
            c = map.value(c);
    };
    for (Relation relation : m_pasted.relations()) {
        if (!tables.contains(relation.childTable) || !tables.contains(relation.parentTable))
            continue;
        remap(columns.value(relation.childTable), relation.childColumns);
        remap(columns.value(relation.parentTable), relation.parentColumns);
        relation.childTable = tables.value(relation.childTable);
        relation.parentTable = tables.value(relation.parentTable);
        relation.id = RelationId();
        const RelationId id = m_document->addRelation(relation);
        m_relations.append(*m_document->schema().relation(id));
    }
    m_done = true;
    setObsolete(m_tables.isEmpty());
}

void PasteTablesCommand::redo()
{
    if (!m_done) {
        firstRedo();
        return;
    }
    for (const Table &table : std::as_const(m_tables))
        m_document->addTable(table);
    for (const Relation &relation : std::as_const(m_relations))
        m_document->addRelation(relation);
}

void PasteTablesCommand::undo()
{
    for (auto it = m_relations.crbegin(); it != m_relations.crend(); ++it)
        m_document->removeRelation(it->id);
    for (auto it = m_tables.crbegin(); it != m_tables.crend(); ++it)
        m_document->removeTable(it->id);
}

} // namespace relata
