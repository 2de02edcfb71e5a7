#pragma once

#include "core/schema.h"

#include <QList>
#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Sets the ordered primary key columns; an empty list removes the key.
class SetPrimaryKeyCommand final : public QUndoCommand
{
public:
    SetPrimaryKeyCommand(SchemaDocument &document, TableId table, const QList<ColumnId> &columns,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SchemaDocument *m_document;
    TableId m_table;
    QList<ColumnId> m_before;
    QList<ColumnId> m_after;
};

/// Adds an index at `position` (-1 = append); the id of the first redo is kept.
class AddIndexCommand final : public QUndoCommand
{
public:
    AddIndexCommand(SchemaDocument &document, TableId table, Index index, int position = -1,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    IndexId indexId() const { return m_index.id; }

private:
    SchemaDocument *m_document;
    TableId m_table;
    Index m_index;
    int m_position;
};

/// Removes an index; undo puts it back with its id at its position.
class RemoveIndexCommand final : public QUndoCommand
{
public:
    RemoveIndexCommand(SchemaDocument &document, TableId table, IndexId index,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SchemaDocument *m_document;
    TableId m_table;
    Index m_index;
    int m_position = -1;
};

} // namespace relata
