#include "keycolumncommand.h"

#include "core/schemadocument.h"

using namespace Qt::StringLiterals;

namespace relata {

AddKeyColumnCommand::AddKeyColumnCommand(SchemaDocument &document, TableId table, Column column,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
    , m_column(std::move(column))
{
    const Table *t = document.schema().table(table);
    setText(u"Add primary key %1.%2"_s.arg(t ? t->name : QString(), m_column.name));
}

void AddKeyColumnCommand::redo()
{
    const Table *t = m_document->schema().table(m_table);
    if (!t) {
        setObsolete(true);
        return;
    }
    m_keyBefore = t->primaryKey;
    const ColumnId id = m_document->addColumn(m_table, m_column, 0);
    if (!id.isValid()) {
        setObsolete(true);
        return;
    }
    m_column.id = id; // the next redo brings back the same id
    m_document->setPrimaryKey(m_table, {id});
}

void AddKeyColumnCommand::undo()
{
    m_document->setPrimaryKey(m_table, m_keyBefore);
    m_document->removeColumn(m_table, m_column.id);
}

} // namespace relata
