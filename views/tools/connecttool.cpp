#include "connecttool.h"

#include "commands/editordocument.h"
#include "commands/relationcommands.h"
#include "schemascene.h"
#include "tableitem.h"
#include "toolbox.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr qreal kFeedbackZ = 10; ///< above tables and relations

QString columnLabel(const Schema &schema, TableId table, ColumnId column)
{
    const Table *t = schema.table(table);
    const Column *c = t ? t->column(column) : nullptr;
    return t && c ? t->name + u'.' + c->name : QString();
}

} // namespace

ConnectTool::ConnectTool(ToolBox *box)
    : Tool(box)
{}

ConnectTool::~ConnectTool()
{
    removeFeedback();
}

std::optional<ConnectTool::End> ConnectTool::endAt(QPointF scenePos) const
{
    const TableItem *item = scene()->tableItemAt(scenePos);
    if (!item)
        return std::nullopt;
    const std::optional<ColumnId> column = item->columnAt(scenePos);
    if (!column)
        return std::nullopt;
    return End{item->tableId(), *column};
}

void ConnectTool::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_from = endAt(event->scenePos());
    if (!m_from) {
        box()->tell(QObject::tr("Drag from the referencing column to the column it references."));
        event->ignore();
        return;
    }
    event->accept();
    const DiagramStyle &style = scene()->diagramStyle();
    m_source = scene()->addRect(
            scene()->tableItem(m_from->table)->rowSceneRect(m_from->column), Qt::NoPen,
            QColor(style.selection.red(), style.selection.green(), style.selection.blue(), 50));
    m_source->setZValue(kFeedbackZ);
    QPen pen(style.selection, 2, Qt::DashLine);
    pen.setCosmetic(true);
    m_line = scene()->addPath(QPainterPath(), pen);
    m_line->setZValue(kFeedbackZ);
    updateFeedback(event->scenePos());
}

void ConnectTool::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_from) {
        event->ignore();
        return;
    }
    event->accept();
    updateFeedback(event->scenePos());
}

void ConnectTool::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_from) {
        event->ignore();
        return;
    }
    event->accept();
    const End from = *m_from;
    const std::optional<End> to = endAt(event->scenePos());
    removeFeedback();
    m_from.reset();
    if (!to) {
        box()->tell(QObject::tr("No relation: release the mouse over a column."));
        return;
    }
    if (const QString why = refusal(from, *to); !why.isEmpty()) {
        box()->tell(why);
        return;
    }
    connect(from, *to);
}

QString ConnectTool::refusal(const End &from, const End &to) const
{
    if (from.table == to.table && from.column == to.column)
        return QObject::tr("A column cannot reference itself.");
    for (const Relation &r : editor()->schema().relations()) {
        if (r.childTable == from.table && r.parentTable == to.table
            && r.childColumns == QList<ColumnId>{from.column}
            && r.parentColumns == QList<ColumnId>{to.column})
            return QObject::tr("%1 already references %2.")
                    .arg(columnLabel(editor()->schema(), from.table, from.column),
                         columnLabel(editor()->schema(), to.table, to.column));
    }
    return {};
}

void ConnectTool::connect(const End &from, const End &to)
{
    Relation relation;
    relation.childTable = from.table;
    relation.childColumns = {from.column};
    relation.parentTable = to.table;
    relation.parentColumns = {to.column};
    relation.origin = RelationOrigin::Drawn;
    editor()->push(new AddRelationCommand(editor()->schemaDocument(), relation));
    // The new relation is the last one; select it so that its properties show.
    const QList<Relation> &relations = editor()->schema().relations();
    if (relations.isEmpty() || relations.last().childColumns != relation.childColumns
        || relations.last().parentColumns != relation.parentColumns)
        return;
    const RelationId id = relations.last().id;
    scene()->setSelection({}, {id});
    box()->tell(
            QObject::tr("Added relation %1.").arg(editor()->schema().describe(relations.last())));
}

void ConnectTool::updateFeedback(QPointF scenePos)
{
    if (!m_from || !m_line)
        return;
    const TableItem *source = scene()->tableItem(m_from->table);
    if (!source) {
        cancel();
        return;
    }
    const QRectF row = source->rowSceneRect(m_from->column);
    // Leave the row on the side facing the pointer, as the finished edge will.
    const QPointF start(scenePos.x() < row.center().x() ? row.left() : row.right(),
                        row.center().y());
    QPainterPath path(start);
    path.lineTo(scenePos);
    m_line->setPath(path);

    const std::optional<End> to = endAt(scenePos);
    if (!to) {
        delete m_target;
        m_target = nullptr;
        return;
    }
    const bool ok = refusal(*m_from, *to).isEmpty();
    const QColor color = ok ? QColor(46, 160, 67, 60) : QColor(207, 34, 46, 60);
    const QRectF target = scene()->tableItem(to->table)->rowSceneRect(to->column);
    if (!m_target) {
        m_target = scene()->addRect(target, Qt::NoPen, color);
        m_target->setZValue(kFeedbackZ);
    }
    m_target->setRect(target);
    m_target->setBrush(color);
}

void ConnectTool::removeFeedback()
{
    delete m_line;
    m_line = nullptr;
    delete m_source;
    m_source = nullptr;
    delete m_target;
    m_target = nullptr;
}

void ConnectTool::cancel()
{
    removeFeedback();
    m_from.reset();
}

} // namespace relata
