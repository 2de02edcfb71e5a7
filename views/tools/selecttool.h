#pragma once

#include "core/ids.h"
#include "tool.h"

#include <QHash>
#include <QPointF>

class QGraphicsItem;

namespace relata {

/// Selects and moves. A click selects a table or relation (Ctrl or Shift adds or
/// removes it); a drag moves the selected tables, pushing MoveTablesCommands of one
/// drag id so that the whole drag is one undo step; a press on empty canvas is left
/// to the view, which draws a rubber band. A double click on a table asks to edit
/// it; on empty canvas it creates a table there.
class SelectTool final : public Tool
{
public:
    using Tool::Tool;

    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

    bool isDragging() const { return m_drag != 0; }

private:
    QGraphicsItem *selectableItemAt(QPointF scenePos) const;

    bool m_pressed = false;
    QPointF m_pressPos;
    QHash<TableId, QPointF> m_start; ///< where the selected tables were at the press
    int m_drag = 0;                  ///< the MoveTablesCommand drag id, 0 before moving
};

} // namespace relata
