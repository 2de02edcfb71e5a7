#pragma once

#include "core/ids.h"

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Moves several tables at once. Consecutive moves of the same set of tables merge,
/// so a drag (many small moves) is one undo step back to where it started.
class MoveTablesCommand final : public QUndoCommand
{
public:
    /// `positions` are the new top-left positions; the current ones are kept for undo.
    MoveTablesCommand(SchemaDocument &document, const QHash<TableId, QPointF> &positions,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SchemaDocument *m_document;
    QHash<TableId, QPointF> m_before;
    QHash<TableId, QPointF> m_after;
};

} // namespace relata
