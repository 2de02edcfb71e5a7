#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>

class QPainter;
class QPainterPath;
class QStaticText;

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

    /// White box with a soft shadow, a colored header band and a border, drawn in
    /// `accent` when that is valid (the worst finding's color). A selected card gets a
    /// ring outside the border, so that selection and findings show together.
    void drawCard(const QRectF &box, qreal headerHeight, bool selected,
                  const QColor &accent = {}) const;
    /// The card far zoomed out: no shadow, and lines at least `pixel` wide (one device
    /// pixel in item units) so that border, accent and selection stay visible.
    void drawPlainCard(const QRectF &box, qreal headerHeight, bool selected, const QColor &accent,
                       qreal pixel) const;
    /// A round mark in `color` with `label` (the findings count) in the middle; `label`
    /// is drawn in the style's badge font and must have been laid out in it.
    void drawBadge(QPointF center, qreal radius, const QColor &color,
                   const QStaticText &label) const;
    void drawRowSeparator(const QRectF &row) const;
    /// Primary-key column.
    void drawKeyMarker(const QRectF &slot) const;
    /// Column that is part of an index; filled when the index is unique.
    void drawIndexMarker(const QRectF &slot, bool unique) const;
    /// Column that references another table (the child side of a relation).
    void drawReferenceMarker(const QRectF &slot) const;

    /// How a relation is stroked: its state, and `accent` (the worst finding's color)
    /// when valid. A `pixelWidth` above 0 draws the line that many device pixels wide
    /// whatever the zoom, so that it stays visible (and within its item) zoomed far out.
    struct RelationLook
    {
        bool unconfirmed = false;
        bool selected = false;
        QColor accent;
        qreal pixelWidth = 0;
    };

    /// The relation's line; dashed while the relation is unconfirmed. A selected
    /// relation with findings keeps its finding color over a halo in the selection color.
    void drawRelationLine(const QPainterPath &path, const RelationLook &look) const;
    /// Crow's foot: the "many" end, drawn where the line meets a box. `outward` points
    /// from the box along the line (unit vector).
    void drawManyEnd(QPointF end, QPointF outward, const RelationLook &look) const;
    /// A bar across the line `distance` away from the box: "one".
    void drawOneBar(QPointF end, QPointF outward, qreal distance, const RelationLook &look) const;
    /// A ring on the line `distance` away from the box: "zero" (optional).
    void drawRing(QPointF end, QPointF outward, qreal distance, const RelationLook &look) const;

    /// Canvas color and a dot grid; the dots fade out when zoomed far out.
    void drawCanvas(const QRectF &exposed, qreal levelOfDetail) const;

private:
    QColor relationColor(const RelationLook &look) const;

    QPainter *m_painter;
    const DiagramStyle &m_style;
};

} // namespace relata
