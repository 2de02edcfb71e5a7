#include "relationitem.h"

#include "core/naming.h"
#include "core/schemadocument.h"
#include "diagrampainter.h"
#include "diagramstyle.h"
#include "tableitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr qreal kMarkMargin = 10; ///< room for the end marks and the badge around the path
constexpr qreal kLoopBulge = 28;
constexpr qreal kPieceLength = 160;
constexpr qreal kHitWidth = 8; ///< how wide a relation is for the mouse

qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t
            = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + ab * t);
    return std::sqrt(QPointF::dotProduct(d, d));
}

/// Lines thinner than this many device pixels are drawn one pixel wide.
constexpr qreal kPixelLineUpTo = 1.25;

bool anyNullable(const Table *table, const QList<ColumnId> &columns)
{
    if (!table)
        return false;
    return std::any_of(columns.cbegin(), columns.cend(), [table](ColumnId id) {
        const Column *c = table->column(id);
        return c && c->nullable;
    });
}

/// Appends the cubic from the path's current point in pieces of about kPieceLength, so
/// that the pieces off screen can be left out (see RelationItem::visiblePart()).
void appendCubic(QPainterPath *path, QPointF c1, QPointF c2, QPointF end)
{
    QPointF p0 = path->currentPosition();
    const qreal chord
            = QLineF(p0, c1).length() + QLineF(c1, c2).length() + QLineF(c2, end).length();
    const int pieces = std::clamp(int(std::ceil(chord / kPieceLength)), 1, 32);
    // De Casteljau: split off the first 1/(pieces - i) of the remaining curve.
    for (int i = 0; i < pieces - 1; ++i) {
        const qreal t = 1.0 / (pieces - i);
        const QPointF a = p0 + (c1 - p0) * t;
        const QPointF b = c1 + (c2 - c1) * t;
        const QPointF c = c2 + (end - c2) * t;
        const QPointF ab = a + (b - a) * t;
        const QPointF bc = b + (c - b) * t;
        const QPointF at = ab + (bc - ab) * t;
        path->cubicTo(a, ab, at);
        p0 = at;
        c1 = bc;
        c2 = c;
    }
    path->cubicTo(c1, c2, end);
}

/// The pieces of `path` (lines and cubics) whose control points reach into `area`.
QPainterPath piecesIn(const QPainterPath &path, const QRectF &area)
{
    QPainterPath visible;
    bool open = false; // whether `visible` ends where the next piece starts
    QPointF from = path.elementAt(0);
    for (int i = 1; i < path.elementCount();) {
        const QPainterPath::Element &e = path.elementAt(i);
        const bool curve = e.isCurveTo();
        const QPointF c1 = e;
        const QPointF c2 = curve ? QPointF(path.elementAt(i + 1)) : c1;
        const QPointF to = curve ? QPointF(path.elementAt(i + 2)) : c1;
        const QRectF bounds = QRectF(from, to).normalized().united(QRectF(c1, c2).normalized());
        const bool inside = bounds.adjusted(-1, -1, 1, 1).intersects(area);
        if (inside && !open)
            visible.moveTo(from);
        if (inside && curve)
            visible.cubicTo(c1, c2, to);
        else if (inside)
            visible.lineTo(to);
        open = inside;
        from = to;
        i += curve ? 3 : 1;
    }
    return visible;
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
    // The extended option carries the exposed area, which paint() uses to leave out
    // the parts of long relations that are off screen.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(0);
}

void RelationItem::setFindings(const QList<Finding> &findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    m_findingColor = m_style->findingColor(m_findings);
    m_badgeLabel
            = QStaticText(m_findings.isEmpty() ? QString() : QString::number(m_findings.size()));
    m_badgeLabel.setTextFormat(Qt::PlainText);
    // Lay the count out now, in the font it is drawn in, so that paint() only draws.
    m_badgeLabel.prepare(QTransform(), m_style->badgeFont);
    setToolTip(toolTipText());
    update();
}

QString RelationItem::toolTipText() const
{
    if (m_findings.isEmpty())
        return m_description;
    return m_description + u"\n\n"_s + findingsToolTip(m_findings);
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
    m_description = relationToolTip(schema, *relation);
    setToolTip(toolTipText());
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
    m_middle = m_path.pointAtPercent(0.5);
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
    stroker.setWidth(kHitWidth);
    return stroker.createStroke(m_path);
}

/// What shape() contains, without building the stroke's outline: hit tests ask every
/// relation whose bounding rect holds the point, and on a large diagram long relations
/// cross everywhere.
bool RelationItem::contains(const QPointF &point) const
{
    if (!boundingRect().contains(point))
        return false;
    const qreal reach = kHitWidth / 2;
    const QList<QPolygonF> lines = m_path.toSubpathPolygons();
    for (const QPolygonF &line : lines) {
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (distanceToSegment(point, line.at(i - 1), line.at(i)) <= reach)
                return true;
        }
    }
    return false;
}

void RelationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_path.isEmpty())
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    DiagramPainter::RelationLook look;
    look.unconfirmed = m_unconfirmed;
    look.selected = isSelected();
    look.accent = m_findingColor;
    const DiagramPainter diagram(painter, *m_style);
    if (lod < kMarksLevel) {
        look.pixelWidth = m_findingColor.isValid() ? kFarFindingLineWidth : kFarLineWidth;
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, antialiased && lod >= kAliasedLevel);
        diagram.drawRelationLine(m_path, look);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }
    // Up to about 100 %, one device pixel: the raster engine's fast way for thin lines.
    if (lod * m_style->relationWidth <= kPixelLineUpTo)
        look.pixelWidth = 1;
    // A dashed line is drawn whole: cut, its dashes would shift as pieces come and go.
    if (m_unconfirmed)
        diagram.drawRelationLine(m_path, look);
    else
        diagram.drawRelationLine(visiblePart(option->exposedRect.adjusted(-8, -8, 8, 8)), look);
    if (m_oneToOne)
        diagram.drawOneBar(m_childEnd, m_childOutward, 9, look);
    else
        diagram.drawManyEnd(m_childEnd, m_childOutward, look);
    diagram.drawOneBar(m_parentEnd, m_parentOutward, 7, look);
    if (m_optional)
        diagram.drawRing(m_parentEnd, m_parentOutward, 11, look);
    else
        diagram.drawOneBar(m_parentEnd, m_parentOutward, 12, look);
    if (m_findingColor.isValid())
        diagram.drawBadge(m_middle, m_style->relationBadgeRadius, m_findingColor, m_badgeLabel);
}

QPainterPath RelationItem::visiblePart(const QRectF &area) const
{
    if (area.contains(m_path.controlPointRect()))
        return m_path;
    QPainterPath pieces(m_path.elementAt(0));
    for (int i = 1; i < m_path.elementCount(); ++i) {
        const QPainterPath::Element &e = m_path.elementAt(i);
        if (e.isCurveTo()) {
            appendCubic(&pieces, e, m_path.elementAt(i + 1), m_path.elementAt(i + 2));
            i += 2;
        } else {
            pieces.lineTo(e);
        }
    }
    return piecesIn(pieces, area);
}

} // namespace relata
