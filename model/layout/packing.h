#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace relata {

/// Top-left offsets that place pictures of `sizes`, `gap` apart, in an area about as wide
/// as a screen of `aspect` (width / height) would make the whole: disconnected groups end
/// up beside and below each other instead of strung out. Tallest first, each at the
/// highest free place of a skyline (so small groups fill the room beside a tall one),
/// leftmost on ties. Deterministic: equal sizes keep the input order.
QList<QPointF> packBoxes(const QList<QSizeF> &sizes, double gap, double aspect = 16.0 / 10.0);

} // namespace relata
