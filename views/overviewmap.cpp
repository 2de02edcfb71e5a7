#include "overviewmap.h"

#include "diagramview.h"
#include "schemascene.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace relata {

namespace {
constexpr qreal kCornerRadius = 6;
/// A thumbnail is never drawn larger than this: a small diagram stays small and
/// the canvas dots (drawn only from 0.45 on) never show up in it.
constexpr qreal kMaxThumbnailScale = 0.25;
/// Room around the diagram inside the map, as a share of its larger side.
constexpr qreal kAreaMargin = 0.05;
constexpr qreal kThumbnailOpacity = 0.7;
constexpr int kVisibleFillAlpha = 22;
const QColor kBackground(255, 255, 255, 245);
} // namespace

OverviewMap::OverviewMap(DiagramView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    Q_ASSERT(view);
    setToolTip(tr("Overview: click or drag to move the view"));
    setAttribute(Qt::WA_TransparentForMouseEvents, true); // until there is a diagram
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(kRenderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &OverviewMap::renderThumbnail);
    // Listening to changed() makes Qt route the views' updates through that signal
    // too; a small price for a map that knows when it is out of date.
    connect(view->schemaScene(), &QGraphicsScene::changed, this, &OverviewMap::scheduleRender);
    connect(view->schemaScene(), &QGraphicsScene::sceneRectChanged, this,
            &OverviewMap::scheduleRender);
    connect(view, &DiagramView::visibleAreaChanged, this, qOverload<>(&QWidget::update));
}

/// Scene changes come in bursts (a drag moves a table many times a second): wait
/// until they stop. A hidden map is brought up to date when it is shown.
void OverviewMap::scheduleRender()
{
    m_stale = true;
    if (isVisible())
        m_renderTimer.start();
}

void OverviewMap::renderThumbnail()
{
    m_renderTimer.stop();
    m_stale = false;
    ++m_renderCount;
    SchemaScene *scene = m_view->schemaScene();
    const QRectF diagram = scene->diagramRect();
    const bool empty = diagram.isEmpty() || width() < 2 || height() < 2;
    setAttribute(Qt::WA_TransparentForMouseEvents, empty);
    if (empty) {
        m_thumbnail = QPixmap();
        m_sceneArea = QRectF();
        m_target = QRectF();
        update();
        return;
    }
    // The thumbnail fills the whole widget: widen the diagram's area to the
    // widget's shape, so that the canvas colour reaches every edge.
    m_target = QRectF(rect());
    const qreal margin = kAreaMargin * std::max(diagram.width(), diagram.height());
    const QRectF area = diagram.adjusted(-margin, -margin, margin, margin);
    const qreal scale = std::min({m_target.width() / area.width(),
                                  m_target.height() / area.height(), kMaxThumbnailScale});
    const QSizeF areaSize = m_target.size() / scale;
    m_sceneArea
            = QRectF(area.center() - QPointF(areaSize.width(), areaSize.height()) / 2, areaSize);

    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap((m_target.size() * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    scene->render(&painter, QRectF(QPointF(0, 0), m_target.size()), m_sceneArea,
                  Qt::IgnoreAspectRatio);
    painter.end();
    m_thumbnail = pixmap;
    update();
}

QPointF OverviewMap::toScene(QPointF widgetPos) const
{
    const qreal scale = m_target.width() / m_sceneArea.width();
    return m_sceneArea.topLeft() + (widgetPos - m_target.topLeft()) / scale;
}

QRectF OverviewMap::toWidget(const QRectF &sceneRect) const
{
    const qreal scale = m_target.width() / m_sceneArea.width();
    return QRectF(m_target.topLeft() + (sceneRect.topLeft() - m_sceneArea.topLeft()) * scale,
                  sceneRect.size() * scale);
}

void OverviewMap::paintEvent(QPaintEvent *)
{
    if (m_thumbnail.isNull())
        return; // an empty diagram: nothing to show
    const DiagramStyle &style = m_view->schemaScene()->diagramStyle();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // One pixel at the bottom is left for a hint of a shadow.
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -1.5);
    QPainterPath shape;
    shape.addRoundedRect(frame, kCornerRadius, kCornerRadius);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.boxShadow);
    painter.drawPath(shape.translated(0, 1));
    painter.setBrush(kBackground);
    painter.drawPath(shape);

    painter.save();
    painter.setClipPath(shape);
    // Paler than the canvas behind it, so that the map reads as a layer on top.
    painter.setOpacity(kThumbnailOpacity);
    painter.drawPixmap(m_target.topLeft(), m_thumbnail);
    painter.setOpacity(1);
    // The visible area, kept inside the frame so that its edge stays visible
    // when the whole diagram is on screen.
    const QRectF visible
            = toWidget(m_view->visibleSceneRect()).intersected(frame.adjusted(1, 1, -1, -1));
    if (!visible.isEmpty()) {
        QColor fill = style.header;
        fill.setAlpha(kVisibleFillAlpha);
        painter.setPen(QPen(style.header, 1.5));
        painter.setBrush(fill);
        painter.drawRoundedRect(visible, 2, 2);
    }
    painter.restore();

    painter.setPen(QPen(style.boxBorder.darker(115), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
}

void OverviewMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isVisible())
        renderThumbnail();
    else
        m_stale = true;
}

void OverviewMap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        renderThumbnail();
}

void OverviewMap::centreViewAt(QPointF widgetPos)
{
    if (m_sceneArea.isEmpty())
        return;
    m_view->centerOn(toScene(widgetPos));
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    centreViewAt(event->position());
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    event->accept();
    if (m_dragging)
        centreViewAt(event->position());
}

void OverviewMap::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    unsetCursor();
}

/// The map is too small to zoom or scroll in; the wheel does nothing here rather
/// than moving the canvas under a map that stays put.
void OverviewMap::wheelEvent(QWheelEvent *event)
{
    event->accept();
}

} // namespace relata
