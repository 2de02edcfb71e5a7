#include "layoutquality.h"

#include "layoutgraph.h"
#include "overlapremoval.h"

#include <algorithm>

namespace relata {

namespace {

struct Segment
{
    QPointF a;
    QPointF b;
};

QPointF portPoint(const LayoutNode &node, const QRectF &box, int row, const QRectF &other)
{
    const double x = other.center().x() >= box.center().x() ? box.right() : box.left();
    const double y = row >= 0 ? box.top() + node.rowCenters.at(row) : box.center().y();
    return QPointF(x, y);
}

/// Sign of the turn a → b → c.
int turn(QPointF a, QPointF b, QPointF c)
{
    const double cross = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    return cross > 1e-9 ? 1 : cross < -1e-9 ? -1 : 0;
}

/// A proper crossing: each segment has the other's ends strictly on both sides.
bool cross(const Segment &s, const Segment &t)
{
    return turn(s.a, s.b, t.a) * turn(s.a, s.b, t.b) < 0
           && turn(t.a, t.b, s.a) * turn(t.a, t.b, s.b) < 0;
}

} // namespace

QList<QRectF> placedBoxes(const LayoutInput &input, const QHash<TableId, QPointF> &positions)
{
    QList<QRectF> boxes;
    boxes.reserve(input.nodes.size());
    for (const LayoutNode &node : input.nodes) {
        const QPointF topLeft
                = node.fixed ? node.position : positions.value(node.table, node.position);
        boxes.append(QRectF(topLeft, node.size));
    }
    return boxes;
}

qsizetype countBoxOverlaps(const QList<QRectF> &boxes, double gap)
{
    return countOverlaps(boxes, gap);
}

qsizetype countEdgeCrossings(const LayoutInput &input, const QList<QRectF> &boxes)
{
    QList<Segment> segments;
    for (const IndexedEdge &e : wholeGraph(input).edges) {
        const QRectF &child = boxes.at(e.child);
        const QRectF &parent = boxes.at(e.parent);
        segments.append({portPoint(input.nodes.at(e.child), child, e.childRow, parent),
                         portPoint(input.nodes.at(e.parent), parent, e.parentRow, child)});
    }
    const auto minX = [](const Segment &s) {
        return std::min(s.a.x(), s.b.x());
    };
    std::sort(segments.begin(), segments.end(),
              [&](const Segment &s, const Segment &t) { return minX(s) < minX(t); });
    qsizetype count = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments.at(i);
        const double maxX = std::max(s.a.x(), s.b.x());
        for (qsizetype j = i + 1; j < segments.size() && minX(segments.at(j)) <= maxX; ++j) {
            const Segment &t = segments.at(j);
            if (cross(s, t))
                ++count;
        }
    }
    return count;
}

} // namespace relata
