#pragma once

#include "core/ids.h"

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Moves several tables at once. Consecutive moves of one drag (same drag id, same
/// tables) merge, so a drag of many small moves is one undo step back to where it
/// started, while two drags of the same table stay two steps.
class MoveTablesCommand final : public QUndoCommand
{
public:
    /// `positions` are the new top-left positions; the current ones are kept for undo.
    /// `drag` names the drag the move belongs to (see nextDragId()); 0 never merges.
    MoveTablesCommand(SchemaDocument &document, const QHash<TableId, QPointF> &positions,
                      int drag = 0, QUndoCommand *parent = nullptr);

    /// A new id for the moves of one drag.
    static int nextDragId();

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SchemaDocument *m_document;
    QHash<TableId, QPointF> m_before;
    QHash<TableId, QPointF> m_after;
    int m_drag = 0;
};

} // namespace relata
