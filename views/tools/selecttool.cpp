#include "selecttool.h"

#include "commands/editordocument.h"
#include "commands/movetablescommand.h"
#include "commands/tablecommands.h"
#include "newtable.h"
#include "relationitem.h"
#include "schemascene.h"
#include "tableitem.h"
#include "toolbox.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>

#include <cmath>

namespace relata {

namespace {

bool extendsSelection(const QGraphicsSceneMouseEvent *event)
{
    return event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
}

} // namespace

QGraphicsItem *SelectTool::selectableItemAt(QPointF scenePos) const
{
    if (TableItem *table = scene()->tableItemAt(scenePos))
        return table;
    return scene()->relationItemAt(scenePos);
}

void SelectTool::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    QGraphicsItem *hit = selectableItemAt(event->scenePos());
    if (!hit) {
        event->ignore(); // the view starts a rubber band
        return;
    }
    event->accept();
    if (extendsSelection(event)) {
        hit->setSelected(!hit->isSelected());
        return;
    }
    if (!hit->isSelected()) {
        if (auto *table = qgraphicsitem_cast<TableItem *>(hit))
            scene()->setSelection({table->tableId()});
        else if (auto *relation = qgraphicsitem_cast<RelationItem *>(hit))
            scene()->setSelection({}, {relation->relationId()});
    }
    m_pressed = true;
    m_pressPos = event->scenePos();
    m_start.clear();
    m_drag = 0;
    const Schema &schema = editor()->schema();
    for (TableId id : scene()->selectedTables()) {
        if (const Table *table = schema.table(id))
            m_start.insert(id, table->position);
    }
}

void SelectTool::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton) || m_start.isEmpty()) {
        event->ignore();
        return;
    }
    event->accept();
    const QPoint travelled = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
    if (m_drag == 0 && travelled.manhattanLength() < QApplication::startDragDistance())
        return;
    if (m_drag == 0)
        m_drag = MoveTablesCommand::nextDragId();
    const QPointF delta = event->scenePos() - m_pressPos;
    QHash<TableId, QPointF> positions;
    for (auto it = m_start.cbegin(); it != m_start.cend(); ++it) {
        const QPointF p = it.value() + delta;
        // Whole pixels keep the file tidy and the boxes crisp.
        positions.insert(it.key(), QPointF(std::round(p.x()), std::round(p.y())));
    }
    editor()->push(new MoveTablesCommand(editor()->schemaDocument(), positions, m_drag));
}

void SelectTool::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_pressed) {
        event->ignore();
        return;
    }
    event->accept();
    m_pressed = false;
    m_drag = 0;
    m_start.clear();
}

void SelectTool::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    event->accept();
    if (QGraphicsItem *hit = selectableItemAt(event->scenePos())) {
        if (auto *table = qgraphicsitem_cast<TableItem *>(hit))
            box()->requestEdit(table->tableId());
        return;
    }
    const Table table = newTable(editor()->schema(), event->scenePos());
    editor()->push(new AddTablesCommand(editor()->schemaDocument(), {table}));
    if (const Table *added = editor()->schema().tableByName(table.name)) {
        scene()->setSelection({added->id});
        box()->reportTableCreated(added->id);
    }
}

void SelectTool::cancel()
{
    // A drag cut short (Escape, another tool) keeps what it moved: it is already one
    // undo step.
    m_pressed = false;
    m_drag = 0;
    m_start.clear();
}

} // namespace relata
