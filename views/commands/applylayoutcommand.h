#pragma once

#include "core/ids.h"

#include <QHash>
#include <QPointF>
#include <QString>
#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Puts tables where an automatic layout placed them, as one undo step. Unlike a
/// drag it never merges: two layouts are two steps.
class ApplyLayoutCommand final : public QUndoCommand
{
public:
    /// `positions` are new top-left positions; tables that no longer exist are left out.
    ApplyLayoutCommand(SchemaDocument &document, const QHash<TableId, QPointF> &positions,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// How many tables the layout moves.
    qsizetype tableCount() const { return m_after.size(); }

private:
    SchemaDocument *m_document;
    QHash<TableId, QPointF> m_before;
    QHash<TableId, QPointF> m_after;
};

} // namespace relata
