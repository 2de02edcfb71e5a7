#include "columncommands.h"

#include "core/schemadocument.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// "users.id", or the bare column name when the table is unknown.
QString columnLabel(const SchemaDocument &document, TableId table, ColumnId column)
{
    const Table *t = document.schema().table(table);
    const Column *c = t ? t->column(column) : nullptr;
    if (!c)
        return {};
    return u"%1.%2"_s.arg(t->name, c->name);
}

} // namespace

// ---- AddColumnCommand ---------------------------------------------------

AddColumnCommand::AddColumnCommand(SchemaDocument &document, TableId table, Column column,
                                   int index, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
    , m_column(std::move(column))
    , m_index(index)
{
    const Table *t = document.schema().table(table);
    setText(u"Add column %1.%2"_s.arg(t ? t->name : QString(), m_column.name));
}

void AddColumnCommand::redo()
{
    const ColumnId id = m_document->addColumn(m_table, m_column, m_index);
    if (!id.isValid()) {
        setObsolete(true);
        return;
    }
    m_column.id = id; // the next redo brings back the same id
}

void AddColumnCommand::undo()
{
    m_document->removeColumn(m_table, m_column.id);
}

// ---- RemoveColumnCommand ------------------------------------------------

RemoveColumnCommand::RemoveColumnCommand(SchemaDocument &document, TableId table, ColumnId column,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
    , m_column(column)
{
    setText(u"Remove column %1"_s.arg(columnLabel(document, table, column)));
}

void RemoveColumnCommand::redo()
{
    const Schema &schema = m_document->schema();
    const Table *t = schema.table(m_table);
    if (!t || !t->column(m_column)) {
        setObsolete(true);
        return;
    }
    m_tableBefore = *t;
    m_relations.clear();
    for (const Relation &r : schema.relations()) { // model order, so ascending index
        if ((r.childTable == m_table && r.childColumns.contains(m_column))
            || (r.parentTable == m_table && r.parentColumns.contains(m_column)))
            m_relations.append({schema.relationIndex(r.id), r});
    }
    m_document->removeColumn(m_table, m_column);
}

void RemoveColumnCommand::undo()
{
    const Table &before = m_tableBefore;
    const int columnIndex = before.columnIndex(m_column);
    m_document->addColumn(m_table, before.columns.at(columnIndex), columnIndex);
    m_document->setPrimaryKey(m_table, before.primaryKey);
    // Indexes left empty were removed, the others lost the column: ascending order
    // re-inserts the removed ones at their original positions.
    for (qsizetype i = 0; i < before.indexes.size(); ++i) {
        const Index &index = before.indexes.at(i);
        const Table *now = m_document->schema().table(m_table);
        if (now->index(index.id))
            m_document->changeIndex(m_table, index);
        else
            m_document->addIndex(m_table, index, int(i));
    }
    m_document->setSoftDeleteColumn(m_table, before.softDeleteColumn);
    for (const auto &[index, relation] : std::as_const(m_relations))
        m_document->addRelation(relation, index);
}

// ---- ChangeColumnCommand ------------------------------------------------

ChangeColumnCommand::ChangeColumnCommand(SchemaDocument &document, TableId table, Column after,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
    , m_after(std::move(after))
{
    // Compare like with like: the document stores the type parsed for its dialect.
    m_after.type = SqlType::parse(m_after.type.text, document.schema().dialect);
    const Table *t = document.schema().table(table);
    if (const Column *c = t ? t->column(m_after.id) : nullptr)
        m_before = *c;
    Column renamedOnly = m_before;
    renamedOnly.name = m_after.name;
    const QString label = columnLabel(document, table, m_after.id);
    if (m_before.name != m_after.name && renamedOnly == m_after)
        setText(u"Rename column %1 to %2"_s.arg(label, m_after.name));
    else
        setText(u"Change column %1"_s.arg(label));
}

void ChangeColumnCommand::redo()
{
    // An edit that changes nothing is no step in the history.
    if (m_after == m_before || !m_document->changeColumn(m_table, m_after))
        setObsolete(true);
}

void ChangeColumnCommand::undo()
{
    m_document->changeColumn(m_table, m_before);
}

// ---- MoveColumnCommand --------------------------------------------------

MoveColumnCommand::MoveColumnCommand(SchemaDocument &document, TableId table, ColumnId column,
                                     int newIndex, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
    , m_column(column)
    , m_to(newIndex)
{
    if (const Table *t = document.schema().table(table))
        m_from = t->columnIndex(column);
    setText(u"Move column %1"_s.arg(columnLabel(document, table, column)));
}

void MoveColumnCommand::redo()
{
    if (m_from < 0 || !m_document->moveColumn(m_table, m_column, m_to))
        setObsolete(true);
}

void MoveColumnCommand::undo()
{
    m_document->moveColumn(m_table, m_column, m_from);
}

} // namespace relata
