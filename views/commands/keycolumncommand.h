#pragma once

#include "core/schema.h"

#include <QList>
#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Adds a column as the table's first and makes it the primary key. One command rather
/// than an AddColumnCommand and a SetPrimaryKeyCommand, because the key needs the id the
/// new column only gets when it is added. The id of the first redo is kept.
class AddKeyColumnCommand final : public QUndoCommand
{
public:
    AddKeyColumnCommand(SchemaDocument &document, TableId table, Column column,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    ColumnId columnId() const { return m_column.id; }

private:
    SchemaDocument *m_document;
    TableId m_table;
    Column m_column;
    QList<ColumnId> m_keyBefore;
};

} // namespace relata
