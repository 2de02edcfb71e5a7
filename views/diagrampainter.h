#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>

class QPainter;
class QPainterPath;

namespace relata {

struct DiagramStyle;

/// Draws the pieces of the diagram (cards, markers, relation ends, canvas) with a
/// DiagramStyle, so that items only decide *where* things go and the look lives here.
///
/// A DiagramPainter is a short-lived helper made inside paint(); it leaves the
/// painter's state as it found it.
class DiagramPainter final
{
public:
    DiagramPainter(QPainter *painter, const DiagramStyle &style);

    /// White box with a soft shadow, a colored header band and a border.
    void drawCard(const QRectF &box, qreal headerHeight, bool selected) const;
    void drawRowSeparator(const QRectF &row) const;
    /// Primary-key column.
    void drawKeyMarker(const QRectF &slot) const;
    /// Column that is part of an index; filled when the index is unique.
    void drawIndexMarker(const QRectF &slot, bool unique) const;
    /// Column that references another table (the child side of a relation).
    void drawReferenceMarker(const QRectF &slot) const;

    /// The relation's line; dashed while the relation is unconfirmed.
    void drawRelationLine(const QPainterPath &path, bool unconfirmed, bool selected) const;
    /// Crow's foot: the "many" end, drawn where the line meets a box. `outward` points
    /// from the box along the line (unit vector).
    void drawManyEnd(QPointF end, QPointF outward, bool unconfirmed, bool selected) const;
    /// A bar across the line `distance` away from the box: "one".
    void drawOneBar(QPointF end, QPointF outward, qreal distance, bool unconfirmed,
                    bool selected) const;
    /// A ring on the line `distance` away from the box: "zero" (optional).
    void drawRing(QPointF end, QPointF outward, qreal distance, bool unconfirmed,
                  bool selected) const;

    /// Canvas color and a dot grid; the dots fade out when zoomed far out.
    void drawCanvas(const QRectF &exposed, qreal levelOfDetail) const;

private:
    QColor relationColor(bool unconfirmed, bool selected) const;

    QPainter *m_painter;
    const DiagramStyle &m_style;
};

} // namespace relata
