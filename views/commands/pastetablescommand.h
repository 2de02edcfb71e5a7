#pragma once

#include "core/schema.h"

#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Adds copied tables and the relations among them, shifted by `offset`. A name that
/// is taken gets a suffix (users → users_2); every id is fresh. The first redo keeps
/// the ids it got, so redo after undo brings back the same objects.
class PasteTablesCommand final : public QUndoCommand
{
public:
    PasteTablesCommand(SchemaDocument &document, const Schema &pasted, QPointF offset,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The pasted tables' ids in the document, valid after the first redo.
    QList<TableId> tableIds() const;

private:
    void firstRedo();

    SchemaDocument *m_document;
    Schema m_pasted;
    QPointF m_offset;
    bool m_done = false;
    QList<Table> m_tables;       ///< as added, with their ids
    QList<Relation> m_relations; ///< as added, with their ids
};

} // namespace relata
