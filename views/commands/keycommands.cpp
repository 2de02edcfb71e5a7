#include "keycommands.h"

#include "core/schemadocument.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString tableName(const SchemaDocument &document, TableId table)
{
    const Table *t = document.schema().table(table);
    return t ? t->name : QString();
}

} // namespace

// ---- SetPrimaryKeyCommand -----------------------------------------------

SetPrimaryKeyCommand::SetPrimaryKeyCommand(SchemaDocument &document, TableId table,
                                           const QList<ColumnId> &columns, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
    , m_after(columns)
{
    if (const Table *t = document.schema().table(table))
        m_before = t->primaryKey;
    const QString name = tableName(document, table);
    setText(columns.isEmpty() ? u"Remove primary key of %1"_s.arg(name)
                              : u"Set primary key of %1"_s.arg(name));
}

void SetPrimaryKeyCommand::redo()
{
    if (!m_document->setPrimaryKey(m_table, m_after))
        setObsolete(true);
}

void SetPrimaryKeyCommand::undo()
{
    m_document->setPrimaryKey(m_table, m_before);
}

// ---- AddIndexCommand ----------------------------------------------------

AddIndexCommand::AddIndexCommand(SchemaDocument &document, TableId table, Index index, int position,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
    , m_index(std::move(index))
    , m_position(position)
{
    setText(u"Add index %1 on %2"_s.arg(m_index.name, tableName(document, table)));
}

void AddIndexCommand::redo()
{
    const IndexId id = m_document->addIndex(m_table, m_index, m_position);
    if (!id.isValid()) {
        setObsolete(true);
        return;
    }
    m_index.id = id; // the next redo brings back the same id
}

void AddIndexCommand::undo()
{
    m_document->removeIndex(m_table, m_index.id);
}

// ---- RemoveIndexCommand -------------------------------------------------

RemoveIndexCommand::RemoveIndexCommand(SchemaDocument &document, TableId table, IndexId index,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
{
    if (const Table *t = document.schema().table(table)) {
        m_position = t->indexIndex(index);
        if (m_position >= 0)
            m_index = t->indexes.at(m_position);
    }
    setText(u"Remove index %1 from %2"_s.arg(m_index.name, tableName(document, table)));
}

void RemoveIndexCommand::redo()
{
    if (m_position < 0 || !m_document->removeIndex(m_table, m_index.id))
        setObsolete(true);
}

void RemoveIndexCommand::undo()
{
    m_document->addIndex(m_table, m_index, m_position);
}

} // namespace relata
