#include "diagramview.h"

#include "schemascene.h"

#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace relata {

namespace {
constexpr qreal kZoomStep = 1.2;
constexpr qreal kFitMargin = 24; ///< pixels left free around a fitted diagram
} // namespace

DiagramView::DiagramView(SchemaScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_schemaScene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    // A canvas, not a document: panning is by dragging or the wheel.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(qreal zoom)
{
    const qreal clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(clamped, this->zoom()))
        return;
    setTransform(QTransform::fromScale(clamped, clamped));
    Q_EMIT zoomChanged(clamped);
}

void DiagramView::scaleBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(kZoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(1 / kZoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::fitToView()
{
    if (!isVisible() || viewport()->width() <= 1) {
        m_fitPending = true;
        return;
    }
    applyFit();
}

void DiagramView::applyFit()
{
    m_fitPending = false;
    const QRectF diagram = m_schemaScene->diagramRect();
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * kFitMargin, 2 * kFitMargin);
    if (diagram.isEmpty() || room.width() <= 0 || room.height() <= 0) {
        setZoom(1);
        return;
    }
    const qreal scale
            = std::min({room.width() / diagram.width(), room.height() / diagram.height(), 1.0});
    setZoom(scale);
    centerOn(diagram.center());
}

void DiagramView::centerOnTable(const QRectF &sceneRect)
{
    centerOn(sceneRect.center());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        scaleBy(std::pow(kZoomStep, steps));
    event->accept();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending && isVisible())
        applyFit();
}

void DiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        applyFit();
}

} // namespace relata
