#include "createtabletool.h"

#include "commands/editordocument.h"
#include "commands/tablecommands.h"
#include "newtable.h"
#include "schemascene.h"
#include "toolbox.h"

#include <QGraphicsSceneMouseEvent>

namespace relata {

void CreateTableTool::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    event->accept();
    const Table table = newTable(editor()->schema(), event->scenePos());
    editor()->push(new AddTablesCommand(editor()->schemaDocument(), {table}));
    const Table *added = editor()->schema().tableByName(table.name);
    box()->setCurrent(ToolBox::Kind::Select);
    if (added) {
        scene()->setSelection({added->id});
        box()->reportTableCreated(added->id);
    }
}

void CreateTableTool::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    event->ignore();
}

void CreateTableTool::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    event->ignore();
}

} // namespace relata
