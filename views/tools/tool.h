#pragma once

class QGraphicsSceneMouseEvent;

namespace relata {

class EditorDocument;
class SchemaScene;
class ToolBox;

/// One way of using the mouse on the diagram: selecting and moving, connecting
/// columns, placing tables. The scene hands its mouse events to the current tool, so
/// that items stay thin and each interaction lives in one small class.
///
/// A tool changes the model only by pushing undo commands on the EditorDocument, and
/// reports to the window through its ToolBox.
class Tool
{
public:
    explicit Tool(ToolBox *box)
        : m_box(box)
    {}
    virtual ~Tool() = default;
    Tool(const Tool &) = delete;
    Tool &operator=(const Tool &) = delete;

    /// An event the tool leaves unaccepted goes on to the view (rubber band, panning).
    virtual void mousePressEvent(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseMoveEvent(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event);
    /// Escape, or another tool was chosen: drop whatever is half done.
    virtual void cancel() {}

protected:
    ToolBox *box() const { return m_box; }
    SchemaScene *scene() const;
    EditorDocument *editor() const;

private:
    ToolBox *m_box;
};

} // namespace relata
