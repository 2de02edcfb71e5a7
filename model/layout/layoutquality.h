#pragma once

#include "layoutengine.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace relata {

/// The box of every input node after a layout: fixed nodes where they are, the others at
/// their new position (or where they were, when `positions` lacks them). In input order.
QList<QRectF> placedBoxes(const LayoutInput &input, const QHash<TableId, QPointF> &positions);

/// Pairs of boxes less than `gap` apart (0: pairs that overlap). A layout's promise is 0.
qsizetype countBoxOverlaps(const QList<QRectF> &boxes, double gap = 0);

/// How many pairs of edges cross, each edge drawn as a straight segment from its child
/// row to its parent row, on the side of each box that faces the other box. The measure
/// of readability the benchmark reports next to Graphviz's own.
qsizetype countEdgeCrossings(const LayoutInput &input, const QList<QRectF> &boxes);

} // namespace relata
