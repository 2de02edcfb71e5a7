#pragma once

#include "core/ids.h"

#include <QList>
#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Deletes what is selected on the canvas, as one undo step: the relations first
/// (those of deleted tables go with their tables), then the tables.
class DeleteSelectionCommand final : public QUndoCommand
{
public:
    DeleteSelectionCommand(SchemaDocument &document, const QList<TableId> &tables,
                           const QList<RelationId> &relations, QUndoCommand *parent = nullptr);

    /// False when nothing listed exists: do not push the command.
    bool isEmpty() const { return childCount() == 0; }
};

} // namespace relata
