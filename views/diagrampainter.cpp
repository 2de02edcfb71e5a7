#include "diagrampainter.h"

#include "diagramstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace relata {

namespace {

/// Saves and restores the painter's state for the scope of one drawing call.
class PainterSaver
{
public:
    explicit PainterSaver(QPainter *painter)
        : m_painter(painter)
    {
        m_painter->save();
    }
    ~PainterSaver() { m_painter->restore(); }
    PainterSaver(const PainterSaver &) = delete;
    PainterSaver &operator=(const PainterSaver &) = delete;

private:
    QPainter *m_painter;
};

QPointF perpendicular(QPointF v)
{
    return {-v.y(), v.x()};
}

constexpr qreal kCrowLength = 13;
constexpr qreal kCrowSpread = 6.5;
constexpr qreal kBarHalf = 6.5;
constexpr qreal kRingRadius = 4;

} // namespace

DiagramPainter::DiagramPainter(QPainter *painter, const DiagramStyle &style)
    : m_painter(painter)
    , m_style(style)
{}

void DiagramPainter::drawCard(const QRectF &box, qreal headerHeight, bool selected) const
{
    PainterSaver saver(m_painter);
    const qreal r = m_style.cornerRadius;
    m_painter->setPen(Qt::NoPen);
    // A cheap soft shadow: a few translucent layers, each a little larger.
    for (int i = 3; i >= 1; --i) {
        QColor shadow = m_style.boxShadow;
        shadow.setAlphaF(shadow.alphaF() / i);
        m_painter->setBrush(shadow);
        const qreal grow = i * 0.8;
        m_painter->drawRoundedRect(box.adjusted(-grow, -grow + m_style.shadowOffset, grow,
                                                grow + m_style.shadowOffset),
                                   r + grow, r + grow);
    }
    QPainterPath outline;
    outline.addRoundedRect(box, r, r);
    m_painter->setBrush(m_style.boxFill);
    m_painter->drawPath(outline);

    m_painter->setClipPath(outline);
    m_painter->fillRect(QRectF(box.left(), box.top(), box.width(), headerHeight), m_style.header);
    m_painter->setClipping(false);

    m_painter->setBrush(Qt::NoBrush);
    m_painter->setPen(selected ? QPen(m_style.selection, 2.5) : QPen(m_style.boxBorder, 1));
    m_painter->drawPath(outline);
}

void DiagramPainter::drawRowSeparator(const QRectF &row) const
{
    PainterSaver saver(m_painter);
    m_painter->setPen(QPen(m_style.rowSeparator, 1));
    m_painter->drawLine(QPointF(row.left(), row.top()), QPointF(row.right(), row.top()));
}

void DiagramPainter::drawKeyMarker(const QRectF &slot) const
{
    PainterSaver saver(m_painter);
    const QPointF c = slot.center();
    QPen pen(m_style.keyMarker, 1.6);
    pen.setCapStyle(Qt::RoundCap);
    m_painter->setPen(pen);
    m_painter->setBrush(Qt::NoBrush);
    const QPointF bow(c.x() - 2.5, c.y());
    m_painter->drawEllipse(bow, 2.6, 2.6);
    const qreal x0 = bow.x() + 2.6;
    const qreal x1 = c.x() + 5;
    m_painter->drawLine(QPointF(x0, c.y()), QPointF(x1, c.y()));
    m_painter->drawLine(QPointF(x1, c.y()), QPointF(x1, c.y() + 2.8));
    m_painter->drawLine(QPointF(x1 - 2.6, c.y()), QPointF(x1 - 2.6, c.y() + 2.2));
}

void DiagramPainter::drawIndexMarker(const QRectF &slot, bool unique) const
{
    PainterSaver saver(m_painter);
    const QPointF c = slot.center();
    const qreal s = 3.6;
    const QPolygonF diamond({QPointF(c.x(), c.y() - s), QPointF(c.x() + s, c.y()),
                             QPointF(c.x(), c.y() + s), QPointF(c.x() - s, c.y())});
    m_painter->setPen(QPen(m_style.indexMarker, 1.3));
    m_painter->setBrush(unique ? QBrush(m_style.indexMarker) : QBrush(Qt::white));
    m_painter->drawPolygon(diamond);
}

void DiagramPainter::drawReferenceMarker(const QRectF &slot) const
{
    PainterSaver saver(m_painter);
    const QPointF c = slot.center();
    QPen pen(m_style.referenceMarker, 1.6);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    m_painter->setPen(pen);
    m_painter->drawLine(QPointF(c.x() - 4, c.y()), QPointF(c.x() + 4, c.y()));
    m_painter->drawPolyline(QPolygonF({QPointF(c.x() + 1, c.y() - 3), QPointF(c.x() + 4, c.y()),
                                       QPointF(c.x() + 1, c.y() + 3)}));
}

QColor DiagramPainter::relationColor(bool unconfirmed, bool selected) const
{
    if (selected)
        return m_style.selectedRelation;
    return unconfirmed ? m_style.unconfirmedRelation : m_style.relation;
}

void DiagramPainter::drawRelationLine(const QPainterPath &path, bool unconfirmed,
                                      bool selected) const
{
    PainterSaver saver(m_painter);
    QPen pen(relationColor(unconfirmed, selected),
             selected ? m_style.relationWidth + 0.8 : m_style.relationWidth);
    if (unconfirmed)
        pen.setDashPattern({4, 3});
    m_painter->setPen(pen);
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawPath(path);
}

void DiagramPainter::drawManyEnd(QPointF end, QPointF outward, bool unconfirmed,
                                 bool selected) const
{
    PainterSaver saver(m_painter);
    m_painter->setPen(QPen(relationColor(unconfirmed, selected), m_style.relationWidth));
    const QPointF apex = end + outward * kCrowLength;
    const QPointF side = perpendicular(outward) * kCrowSpread;
    m_painter->drawLine(apex, end + side);
    m_painter->drawLine(apex, end);
    m_painter->drawLine(apex, end - side);
}

void DiagramPainter::drawOneBar(QPointF end, QPointF outward, qreal distance, bool unconfirmed,
                                bool selected) const
{
    PainterSaver saver(m_painter);
    m_painter->setPen(QPen(relationColor(unconfirmed, selected), m_style.relationWidth));
    const QPointF at = end + outward * distance;
    const QPointF side = perpendicular(outward) * kBarHalf;
    m_painter->drawLine(at + side, at - side);
}

void DiagramPainter::drawRing(QPointF end, QPointF outward, qreal distance, bool unconfirmed,
                              bool selected) const
{
    PainterSaver saver(m_painter);
    m_painter->setPen(QPen(relationColor(unconfirmed, selected), m_style.relationWidth));
    m_painter->setBrush(m_style.canvas);
    m_painter->drawEllipse(end + outward * (distance + kRingRadius), kRingRadius, kRingRadius);
}

void DiagramPainter::drawCanvas(const QRectF &exposed, qreal levelOfDetail) const
{
    PainterSaver saver(m_painter);
    m_painter->fillRect(exposed, m_style.canvas);
    if (levelOfDetail < 0.45)
        return;
    const qreal step = 24;
    const qreal left = std::floor(exposed.left() / step) * step;
    const qreal top = std::floor(exposed.top() / step) * step;
    QList<QPointF> dots;
    for (qreal y = top; y <= exposed.bottom(); y += step) {
        for (qreal x = left; x <= exposed.right(); x += step)
            dots.append(QPointF(x, y));
    }
    QPen pen(m_style.canvasDots, 1.6 / levelOfDetail);
    pen.setCapStyle(Qt::RoundCap);
    m_painter->setPen(pen);
    m_painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace relata
