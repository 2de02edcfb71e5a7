#pragma once

#include "tool.h"

namespace relata {

/// Places a new table where the user clicks, then hands back to the select tool.
class CreateTableTool final : public Tool
{
public:
    using Tool::Tool;

    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
};

} // namespace relata
