#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace relata {

class DiagramView;

/// A thumbnail of the whole diagram with the view's visible area marked on it;
/// clicking or dragging in it centres the view there.
///
/// The thumbnail is a cached pixmap. Rendering a large scene is far too slow for
/// every paint, so it is redrawn only after the scene changed and then stayed
/// quiet for a moment; painting the widget only blits it and draws the frame.
class OverviewMap final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewMap(DiagramView *view, QWidget *parent = nullptr);

    /// The cached thumbnail (null for an empty diagram).
    const QPixmap &thumbnail() const { return m_thumbnail; }
    /// How often the thumbnail was rendered; lets tests tell a repaint from a render.
    int renderCount() const { return m_renderCount; }
    /// Where the diagram's scene area is drawn, in widget coordinates.
    QRectF thumbnailRect() const { return m_target; }

    /// Scene changes are collected this long before the thumbnail is redrawn.
    static constexpr int kRenderDelayMs = 200;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void scheduleRender();
    void renderThumbnail();
    QPointF toScene(QPointF widgetPos) const;
    QRectF toWidget(const QRectF &sceneRect) const;
    void centreViewAt(QPointF widgetPos);

    DiagramView *m_view;
    QTimer m_renderTimer;
    QPixmap m_thumbnail;
    QRectF m_sceneArea; ///< the scene rectangle the thumbnail shows
    QRectF m_target;    ///< where it is drawn, in widget coordinates
    int m_renderCount = 0;
    bool m_stale = true; ///< the scene changed since the last render
    bool m_dragging = false;
};

} // namespace relata
