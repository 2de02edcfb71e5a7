#include "relationitem.h"

#include "core/naming.h"
#include "core/schemadocument.h"
#include "diagrampainter.h"
#include "diagramstyle.h"
#include "tableitem.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr qreal kMarkMargin = 10; ///< room for the end marks around the path
constexpr qreal kLoopBulge = 28;

bool anyNullable(const Table *table, const QList<ColumnId> &columns)
{
    if (!table)
        return false;
    return std::any_of(columns.cbegin(), columns.cend(), [table](ColumnId id) {
        const Column *c = table->column(id);
        return c && c->nullable;
    });
}

QString relationToolTip(const Schema &schema, const Relation &relation)
{
    QString text = schema.describe(relation);
    text += u"\non delete "_s + referentialActionName(relation.onDelete);
    text += u", on update "_s + referentialActionName(relation.onUpdate);
    if (relation.isUnconfirmed())
        text += u"\ninferred (confidence %1), not yet confirmed"_s.arg(relation.confidence, 0, 'f',
                                                                       2);
    return text;
}

} // namespace

RelationItem::RelationItem(const SchemaDocument *document, RelationId relation,
                           const DiagramStyle *style)
    : m_document(document)
    , m_relation(relation)
    , m_style(style)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
}

void RelationItem::syncFromModel(const TableItem *child, const TableItem *parent)
{
    const Schema &schema = m_document->schema();
    const Relation *relation = schema.relation(m_relation);
    prepareGeometryChange();
    m_path = QPainterPath();
    if (relation) {
        m_childTable = relation->childTable;
        m_parentTable = relation->parentTable;
    }
    if (!relation || !child || !parent) {
        setVisible(false);
        return;
    }
    m_unconfirmed = relation->isUnconfirmed();
    m_optional = anyNullable(schema.table(relation->childTable), relation->childColumns);
    m_oneToOne = relationKind(schema, *relation) == RelationKind::OneToOne;
    route(*child, relation->childColumns.value(0), *parent, relation->parentColumns.value(0));
    setToolTip(relationToolTip(schema, *relation));
    setVisible(true);
    update();
}

void RelationItem::route(const TableItem &child, ColumnId childColumn, const TableItem &parent,
                         ColumnId parentColumn)
{
    const QRectF c = child.sceneBoxRect();
    const QRectF p = parent.sceneBoxRect();
    const qreal stub = m_style->relationStub;
    bool childRight = true;
    bool parentRight = true; // self-references and stacked boxes loop on the right
    if (&child != &parent) {
        if (p.left() >= c.right() + 2 * stub) {
            parentRight = false;
        } else if (p.right() <= c.left() - 2 * stub) {
            childRight = false;
        }
    }
    m_childEnd = QPointF(childRight ? c.right() : c.left(), child.rowCenterY(childColumn));
    m_childOutward = QPointF(childRight ? 1 : -1, 0);
    m_parentEnd = QPointF(parentRight ? p.right() : p.left(), parent.rowCenterY(parentColumn));
    m_parentOutward = QPointF(parentRight ? 1 : -1, 0);

    const QPointF childStub = m_childEnd + m_childOutward * stub;
    const QPointF parentStub = m_parentEnd + m_parentOutward * stub;
    if (childRight == parentRight) {
        // Both ends on one side: bulge outwards, more for rows far apart.
        const qreal spread = std::min(std::abs(childStub.y() - parentStub.y()) * 0.15, 48.0);
        const qreal outer = childRight
                                    ? std::max(childStub.x(), parentStub.x()) + kLoopBulge + spread
                                    : std::min(childStub.x(), parentStub.x()) - kLoopBulge - spread;
        buildPath(QPointF(outer, childStub.y()), QPointF(outer, parentStub.y()));
        return;
    }
    const qreal pull = std::max(std::abs(parentStub.x() - childStub.x()) / 2, 30.0);
    buildPath(childStub + m_childOutward * pull, parentStub + m_parentOutward * pull);
}

void RelationItem::buildPath(QPointF childControl, QPointF parentControl)
{
    const qreal stub = m_style->relationStub;
    m_path = QPainterPath(m_childEnd);
    m_path.lineTo(m_childEnd + m_childOutward * stub);
    m_path.cubicTo(childControl, parentControl, m_parentEnd + m_parentOutward * stub);
    m_path.lineTo(m_parentEnd);
}

QRectF RelationItem::boundingRect() const
{
    if (m_path.isEmpty())
        return {};
    return m_path.boundingRect().adjusted(-kMarkMargin, -kMarkMargin, kMarkMargin, kMarkMargin);
}

QPainterPath RelationItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void RelationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_path.isEmpty())
        return;
    const bool selected = isSelected();
    const DiagramPainter diagram(painter, *m_style);
    diagram.drawRelationLine(m_path, m_unconfirmed, selected);
    if (m_oneToOne)
        diagram.drawOneBar(m_childEnd, m_childOutward, 9, m_unconfirmed, selected);
    else
        diagram.drawManyEnd(m_childEnd, m_childOutward, m_unconfirmed, selected);
    diagram.drawOneBar(m_parentEnd, m_parentOutward, 7, m_unconfirmed, selected);
    if (m_optional)
        diagram.drawRing(m_parentEnd, m_parentOutward, 11, m_unconfirmed, selected);
    else
        diagram.drawOneBar(m_parentEnd, m_parentOutward, 12, m_unconfirmed, selected);
}

} // namespace relata
