#include "toolbox.h"

#include "connecttool.h"
#include "createtabletool.h"
#include "diagramview.h"
#include "schemascene.h"
#include "selecttool.h"

namespace relata {

ToolBox::ToolBox(SchemaScene *scene, EditorDocument *editor, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_editor(editor)
    , m_select(std::make_unique<SelectTool>(this))
    , m_connect(std::make_unique<ConnectTool>(this))
    , m_create(std::make_unique<CreateTableTool>(this))
{
    m_scene->setTool(m_select.get());
}

ToolBox::~ToolBox()
{
    if (m_scene->tool() == tool(m_current))
        m_scene->setTool(nullptr);
}

Tool *ToolBox::tool(Kind kind) const
{
    switch (kind) {
    case Kind::Select:
        return m_select.get();
    case Kind::Connect:
        return m_connect.get();
    case Kind::CreateTable:
        return m_create.get();
    }
    return m_select.get();
}

void ToolBox::setCurrent(Kind kind)
{
    if (kind == m_current)
        return;
    m_current = kind;
    m_scene->setTool(tool(kind)); // cancels the previous tool
    // A crosshair says "this click will make something".
    const Qt::CursorShape shape = kind == Kind::Select ? Qt::ArrowCursor : Qt::CrossCursor;
    for (QGraphicsView *view : m_scene->views()) {
        if (auto *diagram = qobject_cast<DiagramView *>(view))
            diagram->setToolCursor(shape);
    }
    Q_EMIT currentChanged(kind);
}

void ToolBox::cancel()
{
    tool(m_current)->cancel();
    setCurrent(Kind::Select);
}

} // namespace relata
