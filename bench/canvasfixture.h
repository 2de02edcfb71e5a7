#pragma once

#include "core/schemadocument.h"

#include <QImage>
#include <QString>

#include <memory>

namespace relata {

class DiagramView;
class SchemaScene;

/// What a person has on screen after opening a file: the document, its scene and a
/// 1280×800 view on it, as the application builds them, but never shown on screen.
/// Frames are rendered into a QImage through the view's own paint path, so that the
/// items' caches and the scene index work as they do in the window.
class CanvasFixture final
{
public:
    static constexpr int kWidth = 1280;
    static constexpr int kHeight = 800;

    CanvasFixture();
    ~CanvasFixture();
    CanvasFixture(const CanvasFixture &) = delete;
    CanvasFixture &operator=(const CanvasFixture &) = delete;

    /// Loads the .relata file into the document; false with `error` set on failure.
    bool load(const QString &file, QString *error);
    /// Builds the scene on the loaded document.
    void buildScene();
    /// Creates the view, hidden but with its size, and fits the diagram into it.
    void buildView();
    /// Renders the viewport into frame(): one frame as the window would paint it.
    void renderFrame();

    /// Shows the whole diagram (never beyond 100 %).
    void fitToView();
    /// `zoom` with the diagram's centre in the middle of the view.
    void zoomOnCentre(qreal zoom);
    /// Marks the objects of every validation finding, as the application does.
    void showFindings();
    /// The table whose card is nearest the diagram's centre: the one a person would drag.
    TableId centralTable() const;
    /// Selects the central table and the first relation with findings, so that a
    /// snapshot shows the selected look next to the plain one.
    void selectSample();

    SchemaDocument &document() { return m_document; }
    SchemaScene *scene() const { return m_scene.get(); }
    DiagramView *view() const { return m_view.get(); }
    const QImage &frame() const { return m_frame; }

private:
    SchemaDocument m_document;
    std::unique_ptr<SchemaScene> m_scene;
    std::unique_ptr<DiagramView> m_view;
    QImage m_frame;
};

} // namespace relata
