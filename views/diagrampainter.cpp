#include "diagrampainter.h"

#include "diagramstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QStaticText>

#include <algorithm>
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

/// A rectangle with its top corners rounded: a card's header band, drawn without
/// clipping to the card (a clip path costs more than the band).
QPainterPath topRoundedRect(const QRectF &rect, qreal radius)
{
    QPainterPath path;
    path.moveTo(rect.bottomLeft());
    path.lineTo(rect.left(), rect.top() + radius);
    path.arcTo(QRectF(rect.left(), rect.top(), 2 * radius, 2 * radius), 180, -90);
    path.lineTo(rect.right() - radius, rect.top());
    path.arcTo(QRectF(rect.right() - 2 * radius, rect.top(), 2 * radius, 2 * radius), 90, -90);
    path.lineTo(rect.bottomRight());
    path.closeSubpath();
    return path;
}

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

void DiagramPainter::drawCard(const QRectF &box, qreal headerHeight, bool selected,
                              const QColor &accent) const
{
    PainterSaver saver(m_painter);
    const qreal r = m_style.cornerRadius;
    m_painter->setPen(Qt::NoPen);
    // A cheap soft shadow: a few translucent rings, each a little larger. Rings, not
    // whole boxes: the card covers the inside anyway, and filling it three more times
    // was most of the cost of drawing a card.
    for (int i = 3; i >= 1; --i) {
        QColor shadow = m_style.boxShadow;
        shadow.setAlphaF(shadow.alphaF() / i);
        m_painter->setBrush(shadow);
        const qreal grow = i * 0.8;
        QPainterPath ring;
        ring.addRoundedRect(box.adjusted(-grow, -grow + m_style.shadowOffset, grow,
                                         grow + m_style.shadowOffset),
                            r + grow, r + grow);
        ring.addRoundedRect(box.adjusted(1, 1, -1, -1), r, r);
        m_painter->drawPath(ring); // odd-even fill: only the ring
    }
    m_painter->setBrush(m_style.boxFill);
    m_painter->drawRoundedRect(box, r, r);
    m_painter->setBrush(m_style.header);
    m_painter->drawPath(
            topRoundedRect(QRectF(box.topLeft(), QSizeF(box.width(), headerHeight)), r));

    // The plain border is one device pixel at any zoom: wider pens take a much slower
    // way through the raster engine.
    m_painter->setBrush(Qt::NoBrush);
    QPen border(m_style.boxBorder, 1);
    border.setCosmetic(true);
    m_painter->setPen(accent.isValid() ? QPen(accent, 1.6) : border);
    m_painter->drawRoundedRect(box, r, r);
    if (selected) {
        m_painter->setPen(QPen(m_style.selection, 2.2));
        m_painter->drawRoundedRect(box.adjusted(-3, -3, 3, 3), r + 3, r + 3);
    }
}

void DiagramPainter::drawPlainCard(const QRectF &box, qreal headerHeight, bool selected,
                                   const QColor &accent, qreal pixel) const
{
    PainterSaver saver(m_painter);
    const qreal r = m_style.cornerRadius;
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(m_style.boxFill);
    m_painter->drawRoundedRect(box, r, r);
    m_painter->setBrush(m_style.header);
    m_painter->drawPath(
            topRoundedRect(QRectF(box.topLeft(), QSizeF(box.width(), headerHeight)), r));

    // Lines stay inside the box: the item's cache pixmap ends a few units outside it,
    // which is less than a pixel this far out. The selection is the outer line.
    m_painter->setBrush(Qt::NoBrush);
    qreal inset = 0;
    if (selected) {
        const qreal width = std::max(2.2, 2.5 * pixel);
        m_painter->setPen(QPen(m_style.selection, width));
        m_painter->drawRoundedRect(box.adjusted(width / 2, width / 2, -width / 2, -width / 2), r,
                                   r);
        inset = width;
    }
    const qreal width = accent.isValid() ? std::max(1.6, 1.2 * pixel) : std::max(1.0, 0.8 * pixel);
    m_painter->setPen(QPen(accent.isValid() ? accent : m_style.boxBorder.darker(110), width));
    const qreal at = inset + width / 2;
    m_painter->drawRoundedRect(box.adjusted(at, at, -at, -at), r, r);
}

void DiagramPainter::drawBadge(QPointF center, qreal radius, const QColor &color,
                               const QStaticText &label) const
{
    PainterSaver saver(m_painter);
    // A thin light ring separates the badge from the header band or the line under it.
    m_painter->setPen(QPen(m_style.boxFill, radius * 0.2));
    m_painter->setBrush(color);
    m_painter->drawEllipse(center, radius, radius);
    if (label.text().isEmpty())
        return;
    const QSizeF size = label.size();
    // The count grows with the badge (zoomed out) but always fits inside it.
    const qreal scale
            = std::min(radius / m_style.badgeRadius, 1.5 * radius / std::max(size.width(), 1.0));
    m_painter->translate(center);
    m_painter->scale(scale, scale);
    m_painter->setFont(m_style.badgeFont);
    m_painter->setPen(m_style.badgeText);
    // A count of a few digits, drawn as plain text: a QStaticText drawn straight into an
    // image under a scaled painter (relata-cli export png --scale 2) came out scaled
    // twice and off centre, while its size, measured once, still centres the text.
    m_painter->drawText(QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height()),
                        Qt::AlignCenter, label.text());
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

QColor DiagramPainter::relationColor(const RelationLook &look) const
{
    if (look.accent.isValid())
        return look.accent;
    if (look.selected)
        return m_style.selectedRelation;
    return look.unconfirmed ? m_style.unconfirmedRelation : m_style.relation;
}

void DiagramPainter::drawRelationLine(const QPainterPath &path, const RelationLook &look) const
{
    PainterSaver saver(m_painter);
    const bool cosmetic = look.pixelWidth > 0;
    const qreal width = cosmetic ? look.pixelWidth : m_style.relationWidth;
    m_painter->setBrush(Qt::NoBrush);
    if (look.selected && look.accent.isValid()) {
        QColor halo = m_style.selection;
        halo.setAlphaF(0.45);
        QPen pen(halo, cosmetic ? width + 2 : width + 4);
        pen.setCosmetic(cosmetic);
        pen.setCapStyle(Qt::RoundCap);
        m_painter->setPen(pen);
        m_painter->drawPath(path);
    }
    QPen pen(relationColor(look), look.selected ? width + 0.8 : width);
    pen.setCosmetic(cosmetic);
    if (look.unconfirmed)
        pen.setDashPattern({4, 3});
    m_painter->setPen(pen);
    m_painter->drawPath(path);
}

void DiagramPainter::drawManyEnd(QPointF end, QPointF outward, const RelationLook &look) const
{
    PainterSaver saver(m_painter);
    m_painter->setPen(QPen(relationColor(look), m_style.relationMarkWidth));
    const QPointF apex = end + outward * kCrowLength;
    const QPointF side = perpendicular(outward) * kCrowSpread;
    m_painter->drawLine(apex, end + side);
    m_painter->drawLine(apex, end);
    m_painter->drawLine(apex, end - side);
}

void DiagramPainter::drawOneBar(QPointF end, QPointF outward, qreal distance,
                                const RelationLook &look) const
{
    PainterSaver saver(m_painter);
    m_painter->setPen(QPen(relationColor(look), m_style.relationMarkWidth));
    const QPointF at = end + outward * distance;
    const QPointF side = perpendicular(outward) * kBarHalf;
    m_painter->drawLine(at + side, at - side);
}

void DiagramPainter::drawRing(QPointF end, QPointF outward, qreal distance,
                              const RelationLook &look) const
{
    PainterSaver saver(m_painter);
    m_painter->setPen(QPen(relationColor(look), m_style.relationMarkWidth));
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
