#include "tool.h"

#include "toolbox.h"

namespace relata {

SchemaScene *Tool::scene() const
{
    return m_box->scene();
}

EditorDocument *Tool::editor() const
{
    return m_box->editor();
}

void Tool::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    // By default a double click is a second press.
    mousePressEvent(event);
}

} // namespace relata
