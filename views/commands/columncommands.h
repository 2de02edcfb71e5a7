#pragma once

#include "core/schema.h"

#include <QList>
#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Adds a column at `index` (-1 = append); the id of the first redo is kept.
class AddColumnCommand final : public QUndoCommand
{
public:
    AddColumnCommand(SchemaDocument &document, TableId table, Column column, int index = -1,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    ColumnId columnId() const { return m_column.id; }

private:
    SchemaDocument *m_document;
    TableId m_table;
    Column m_column;
    int m_index;
};

/// Removes a column. Removing it also changes the primary key, indexes, the
/// soft-delete column and relations, so the whole table and the relations using the
/// column are kept and undo restores each of them exactly.
class RemoveColumnCommand final : public QUndoCommand
{
public:
    RemoveColumnCommand(SchemaDocument &document, TableId table, ColumnId column,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SchemaDocument *m_document;
    TableId m_table;
    ColumnId m_column;
    Table m_tableBefore;
    QList<QPair<int, Relation>> m_relations; ///< model index, value; ascending index
};

/// Replaces a column's properties (name, type, nullability, default...).
class ChangeColumnCommand final : public QUndoCommand
{
public:
    ChangeColumnCommand(SchemaDocument &document, TableId table, Column after,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SchemaDocument *m_document;
    TableId m_table;
    Column m_before;
    Column m_after;
};

class MoveColumnCommand final : public QUndoCommand
{
public:
    MoveColumnCommand(SchemaDocument &document, TableId table, ColumnId column, int newIndex,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SchemaDocument *m_document;
    TableId m_table;
    ColumnId m_column;
    int m_from = -1;
    int m_to;
};

} // namespace relata
