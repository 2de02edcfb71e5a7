#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

namespace relata {

class SchemaScene;

/// The picture formats of the diagram, all drawn by the scene's own items and painter.
enum class PictureFormat { Svg, Png, Pdf };

/// What is behind the tables: the canvas as on screen, or plain white for print.
enum class PictureBackground { Canvas, White };

struct PictureOptions
{
    /// Pixels per scene unit in a PNG (2 for high-DPI screens); SVG and PDF are vector
    /// pictures at the diagram's own size and ignore it.
    qreal scale = 1.0;
    /// Space around the diagram, in scene units.
    qreal margin = 24;
    PictureBackground background = PictureBackground::Canvas;
};

/// "svg", "png", "pdf" (any case) → the format; std::nullopt for anything else.
std::optional<PictureFormat> pictureFormatFromName(const QString &name);

/// The size of the picture in pixels (PNG) or in scene units (SVG, PDF): the diagram
/// plus the margin, times the scale for PNG.
QSize pictureSize(const SchemaScene &scene, PictureFormat format, const PictureOptions &options);

/// Draws the scene's diagram (SchemaScene::diagramRect() plus the margin) as the file's
/// bytes, exactly as on screen: QGraphicsScene::render with the same items, so the
/// picture cannot drift from what people see. Selection and the far-view
/// simplification are switched off while drawing and restored afterwards, and item
/// caches are bypassed so that SVG and PDF keep their text as text. Fails with a message
/// on an empty diagram or a PNG too large to hold in memory.
Result<QByteArray> renderDiagram(SchemaScene &scene, PictureFormat format,
                                 const PictureOptions &options = {});

/// renderDiagram(), written to `path` atomically. False and `errorString` on failure.
bool writeDiagram(SchemaScene &scene, PictureFormat format, const QString &path,
                  const PictureOptions &options = {}, QString *errorString = nullptr);

} // namespace relata
