#pragma once

#include <QGraphicsView>

namespace relata {

class SchemaScene;

/// The view on a SchemaScene: antialiased, zoomable (Ctrl+wheel, zoomIn/zoomOut),
/// pannable by dragging the canvas, and able to fit the whole diagram.
class DiagramView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(SchemaScene *scene, QWidget *parent = nullptr);

    /// Current scale: 1.0 shows the diagram at its natural size.
    qreal zoom() const;
    void setZoom(qreal zoom);

    static constexpr qreal kMinZoom = 0.05;
    static constexpr qreal kMaxZoom = 4.0;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Shows the whole diagram, never enlarged beyond 100 %. Before the view is
    /// shown the fit is remembered and done once the viewport has its size.
    void fitToView();
    /// Scrolls so that the table is in the middle, keeping the zoom.
    void centerOnTable(const QRectF &sceneRect);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scaleBy(qreal factor);
    void applyFit();

    SchemaScene *m_schemaScene;
    bool m_fitPending = false;
};

} // namespace relata
