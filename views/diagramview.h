#pragma once

#include <QGraphicsView>
#include <QPoint>
#include <QPointer>

class QMenu;

namespace relata {

class EditorDocument;
class OverviewMap;
class SchemaScene;

/// The view on a SchemaScene.
///
/// Left-dragging on empty canvas draws a rubber band (the scene leaves such presses
/// unaccepted); panning is a middle-button drag, a left drag while Space is held,
/// or the wheel (Shift for horizontal). Ctrl+wheel zooms under the mouse. The
/// scroll bars are hidden but drive all panning, so the view's scene rect is kept
/// a little larger than the scene's: a small diagram can still be moved around.
/// Right-clicking a table or relation offers the quick fixes of its findings.
class DiagramView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(SchemaScene *scene, QWidget *parent = nullptr);

    SchemaScene *schemaScene() const { return m_schemaScene; }

    /// The document that the context menu's quick fixes change; null offers none.
    void setEditorDocument(EditorDocument *editor);
    EditorDocument *editorDocument() const;
    /// The context menu for the table or relation at `viewPos` (viewport coordinates),
    /// owned by `parent`: the quick fixes of its findings, and accept / ignore for an
    /// inferred relation. Null when there is no object there or no editor document.
    QMenu *createContextMenu(QPoint viewPos, QWidget *parent);

    /// Current scale: 1.0 shows the diagram at its natural size.
    qreal zoom() const;
    void setZoom(qreal zoom);

    /// The cursor of the current tool, shown whenever the view is not panning.
    void setToolCursor(Qt::CursorShape shape);
    Qt::CursorShape toolCursor() const { return m_toolCursor; }

    /// The part of the scene the viewport shows, in scene coordinates.
    QRectF visibleSceneRect() const;

    /// Shows a thumbnail of the diagram in the bottom-right corner of the canvas.
    void setOverviewVisible(bool visible);
    bool isOverviewVisible() const;
    /// The overview overlay, or null when it has never been shown.
    OverviewMap *overviewMap() const { return m_overview; }

    static constexpr qreal kMinZoom = 0.05;
    static constexpr qreal kMaxZoom = 4.0;
    /// zoomToSelection never magnifies beyond this: a single small table should
    /// not fill the screen.
    static constexpr qreal kMaxSelectionZoom = 1.5;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Shows the whole diagram, never enlarged beyond 100 %. Before the view is
    /// shown the fit is remembered and done once the viewport has its size.
    void fitToView();
    /// Fits the selected items; does nothing without a selection.
    void zoomToSelection();
    /// Back to 100 %, keeping the point in the middle of the view where it is.
    void resetZoom();
    /// Scrolls so that the table is in the middle, keeping the zoom.
    void centerOnTable(const QRectF &sceneRect);

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    /// The visible scene area moved or changed size (scroll, zoom, resize).
    void visibleAreaChanged(const QRectF &sceneRect);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void scaleBy(qreal factor);
    void applyFit();
    void fitRect(const QRectF &rect, qreal maxZoom);
    void updatePanRect(qreal forZoom);
    void notifyVisibleArea();
    void placeOverview();
    void scrollByPixels(QPoint delta);
    bool spaceKeyIsOurs() const;
    void setSpaceHeld(bool held);
    void endPan();

    SchemaScene *m_schemaScene;
    QPointer<EditorDocument> m_editor;
    OverviewMap *m_overview = nullptr; ///< a child of the view
    QRectF m_lastVisible;
    QPoint m_lastPanPos;
    Qt::MouseButton m_panButton = Qt::NoButton;
    bool m_spaceHeld = false;
    Qt::CursorShape m_toolCursor = Qt::ArrowCursor;
    bool m_fitPending = false;
};

} // namespace relata
