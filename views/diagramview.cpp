#include "diagramview.h"

#include "commands/editordocument.h"
#include "overviewmap.h"
#include "quickfix/quickfixmenu.h"
#include "relationitem.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {
constexpr qreal kZoomStep = 1.2;
constexpr qreal kFitMargin = 24;    ///< pixels left free around a fitted diagram
constexpr int kPixelsPerLine = 20;  ///< one wheel "line" of scrolling
constexpr int kOverviewMargin = 12; ///< between the overview and the viewport's edges
constexpr QSize kOverviewSize(220, 150);
} // namespace

DiagramView::DiagramView(SchemaScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_schemaScene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    // The scene leaves presses on empty canvas unaccepted, so a left drag there
    // selects with a rubber band (Ctrl extends the selection).
    setDragMode(RubberBandDrag);
    // Zooming from menus and keys keeps the middle; the wheel anchors itself.
    setTransformationAnchor(AnchorViewCenter);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    // A canvas, not a document: the bars are hidden but still do all the panning.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        updatePanRect(zoom());
        notifyVisibleArea();
    });
    updatePanRect(zoom());
    setOverviewVisible(true);
}

EditorDocument *DiagramView::editorDocument() const
{
    return m_editor;
}

void DiagramView::setEditorDocument(EditorDocument *editor)
{
    m_editor = editor;
}

QMenu *DiagramView::createContextMenu(QPoint viewPos, QWidget *parent)
{
    if (!m_editor)
        return nullptr;
    const QPointF scenePos = mapToScene(viewPos);
    QList<Finding> findings;
    QList<RelationId> relations;
    QGraphicsItem *hit = nullptr;
    if (TableItem *table = m_schemaScene->tableItemAt(scenePos)) {
        hit = table;
        findings = table->findings();
    } else if (RelationItem *relation = m_schemaScene->relationItemAt(scenePos)) {
        hit = relation;
        findings = relation->findings();
        relations = {relation->relationId()};
    }
    if (!hit)
        return nullptr;
    // As with a left click, the menu is about the selection: make the object selected.
    if (!hit->isSelected()) {
        if (auto *table = qgraphicsitem_cast<TableItem *>(hit))
            m_schemaScene->setSelection({table->tableId()});
        else if (auto *relation = qgraphicsitem_cast<RelationItem *>(hit))
            m_schemaScene->setSelection({}, {relation->relationId()});
    }
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"diagramContextMenu"_s);
    menu->setToolTipsVisible(true);
    if (addQuickFixActions(menu, m_editor, findings, relations) == 0)
        menu->addAction(tr("No quick fixes"))->setEnabled(false);
    return menu;
}

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos(), this);
    if (!menu) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    event->accept();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
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
    // Make room for the larger of the old and new visible areas first, so that
    // the anchor can keep its point where it is.
    updatePanRect(std::min(clamped, this->zoom()));
    m_schemaScene->setFarView(clamped < RelationItem::kMarksLevel);
    setTransform(QTransform::fromScale(clamped, clamped));
    updatePanRect(clamped);
    notifyVisibleArea();
    Q_EMIT zoomChanged(clamped);
}

QRectF DiagramView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void DiagramView::scaleBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::zoomIn()
{
    scaleBy(kZoomStep);
}

void DiagramView::zoomOut()
{
    scaleBy(1 / kZoomStep);
}

void DiagramView::resetZoom()
{
    setZoom(1);
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
    if (diagram.isEmpty()) {
        setZoom(1);
        return;
    }
    fitRect(diagram, 1.0);
}

void DiagramView::zoomToSelection()
{
    QRectF selection;
    for (const QGraphicsItem *item : m_schemaScene->selectedItems())
        selection |= item->sceneBoundingRect();
    if (selection.isNull())
        return;
    fitRect(selection, kMaxSelectionZoom);
}

/// Zooms so that `rect` fits with a margin (never beyond `maxZoom`) and centres it.
void DiagramView::fitRect(const QRectF &rect, qreal maxZoom)
{
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * kFitMargin, 2 * kFitMargin);
    if (room.width() <= 0 || room.height() <= 0) {
        centerOn(rect.center());
        return;
    }
    const qreal scale = std::min({room.width() / std::max(rect.width(), 1.0),
                                  room.height() / std::max(rect.height(), 1.0), maxZoom});
    setZoom(scale);
    centerOn(rect.center());
}

void DiagramView::centerOnTable(const QRectF &sceneRect)
{
    centerOn(sceneRect.center());
}

/// The view's scene rect is the scene's plus half a viewport on every side, so
/// that any point of the diagram can be scrolled to the middle and a diagram
/// smaller than the window can still be panned. It always contains what is
/// visible now, so changing it never makes the view jump.
void DiagramView::updatePanRect(qreal forZoom)
{
    const QSizeF pad = QSizeF(viewport()->size()) / (2 * forZoom);
    QRectF rect = m_schemaScene->sceneRect().adjusted(-pad.width(), -pad.height(), pad.width(),
                                                      pad.height());
    if (isVisible())
        rect |= visibleSceneRect();
    if (rect != sceneRect())
        setSceneRect(rect);
}

void DiagramView::notifyVisibleArea()
{
    const QRectF visible = visibleSceneRect();
    if (visible == m_lastVisible)
        return;
    m_lastVisible = visible;
    Q_EMIT visibleAreaChanged(visible);
}

void DiagramView::scrollByPixels(QPoint delta)
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    notifyVisibleArea();
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    event->accept();
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps == 0)
            return;
        // Keep the scene point under the mouse where it is; done here rather than
        // through AnchorUnderMouse, which reads the global cursor position.
        const QPointF mouse = event->position();
        const QPointF scenePoint = mapToScene(mouse.toPoint());
        scaleBy(std::pow(kZoomStep, steps));
        scrollByPixels((mouse - mapFromScene(scenePoint)).toPoint());
        return;
    }
    QPoint delta = event->pixelDelta();
    if (delta.isNull())
        delta = event->angleDelta() * QApplication::wheelScrollLines() * kPixelsPerLine / 120;
    // A plain wheel only turns vertically; Shift makes it scroll sideways (some
    // platforms have already swapped the axes).
    if ((event->modifiers() & Qt::ShiftModifier) && delta.x() == 0)
        delta = QPoint(delta.y(), 0);
    scrollByPixels(delta);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (m_panButton == Qt::NoButton
        && (event->button() == Qt::MiddleButton
            || (event->button() == Qt::LeftButton && m_spaceHeld))) {
        m_panButton = event->button();
        m_lastPanPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_panButton != Qt::NoButton) { // other buttons during a pan do nothing
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panButton != Qt::NoButton) {
        const QPoint pos = event->position().toPoint();
        scrollByPixels(pos - m_lastPanPos);
        m_lastPanPos = pos;
        event->accept();
        return;
    }
    // While Space is held the canvas is a hand: no hover feedback, no item cursors.
    // A drag that began before Space was pressed goes on as it started.
    if (m_spaceHeld && event->buttons() == Qt::NoButton) {
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panButton != Qt::NoButton) {
        if (event->button() == m_panButton)
            endPan();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The second press of a quick double click arrives as this event.
    if (m_panButton != Qt::NoButton || event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        mousePressEvent(event);
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DiagramView::endPan()
{
    m_panButton = Qt::NoButton;
    viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : m_toolCursor);
}

/// Space belongs to an item being edited in place (it has the scene's focus);
/// otherwise it turns the canvas into a hand.
bool DiagramView::spaceKeyIsOurs() const
{
    return !m_schemaScene->focusItem();
}

void DiagramView::setSpaceHeld(bool held)
{
    if (held == m_spaceHeld)
        return;
    m_spaceHeld = held;
    if (m_panButton != Qt::NoButton)
        return; // the closed hand stays until the button is released
    viewport()->setCursor(held ? Qt::OpenHandCursor : m_toolCursor);
}

void DiagramView::setToolCursor(Qt::CursorShape shape)
{
    m_toolCursor = shape;
    if (m_panButton == Qt::NoButton && !m_spaceHeld)
        viewport()->setCursor(shape);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier && spaceKeyIsOurs()) {
        if (!event->isAutoRepeat()) // a held key repeats; only the first press counts
            setSpaceHeld(true);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && m_spaceHeld) {
        if (!event->isAutoRepeat())
            setSpaceHeld(false);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::focusOutEvent(QFocusEvent *event)
{
    // The release of Space would go to another widget: do not stay a hand.
    setSpaceHeld(false);
    QGraphicsView::focusOutEvent(event);
}

void DiagramView::setOverviewVisible(bool visible)
{
    if (visible && !m_overview) {
        // A child of the view, not of the viewport: scrolling moves the viewport's
        // children along with its pixels, and the map must stay in its corner.
        m_overview = new OverviewMap(this, this);
        m_overview->resize(kOverviewSize);
    }
    if (!m_overview)
        return;
    m_overview->setVisible(visible);
    if (visible) {
        m_overview->raise();
        placeOverview();
    }
}

bool DiagramView::isOverviewVisible() const
{
    return m_overview && !m_overview->isHidden();
}

void DiagramView::placeOverview()
{
    if (!m_overview)
        return;
    const QRect area = viewport()->geometry();
    m_overview->move(area.right() + 1 - m_overview->width() - kOverviewMargin,
                     area.bottom() + 1 - m_overview->height() - kOverviewMargin);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updatePanRect(zoom());
    placeOverview();
    if (m_fitPending && isVisible())
        applyFit();
    notifyVisibleArea();
}

void DiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    updatePanRect(zoom());
    if (m_fitPending)
        applyFit();
    notifyVisibleArea();
}

} // namespace relata
