#pragma once

#include <QList>
#include <QRectF>

namespace relata {

/// Pairs of boxes less than `gap` apart both horizontally and vertically (with gap 0:
/// boxes that overlap; touching edges do not count).
qsizetype countOverlaps(const QList<QRectF> &boxes, double gap);

/// Moves the movable boxes until no two boxes are less than `gap` apart, the last resort
/// after every layout strategy. Boxes that are not movable stay. Each movable box, taken
/// top to bottom, slides down past whatever it meets; it only ever moves down, so the
/// result is deterministic and always reached.
void removeOverlaps(QList<QRectF> &boxes, const QList<bool> &movable, double gap);

} // namespace relata
