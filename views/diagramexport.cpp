#include "diagramexport.h"

#include "io/atomicfile.h"
#include "schemascene.h"

#include <QBuffer>
#include <QFontInfo>
#include <QGraphicsItem>
#include <QGraphicsRectItem>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Screen pixels per inch: one scene unit is one pixel at 100 %, so vector pictures keep
/// the size the diagram has on screen.
constexpr int kScreenDpi = 96;
/// A larger PNG (512 MiB of pixels, 2,000 tables at scale 1) takes seconds and memory a
/// shared machine may not have; SVG and PDF have no such limit.
constexpr qint64 kMaxPngPixels = qint64(128) * 1024 * 1024;
/// 200 inches, the largest page Acrobat and most readers open.
constexpr qreal kMaxPdfPoints = 14400;
constexpr qreal kMinScale = 0.05;
constexpr qreal kMaxScale = 16;

/// Puts the scene in its "as printed" state for the duration of one rendering and
/// back afterwards: nothing selected, every relation drawn by its own item, item caches
/// bypassed for vector output (a cached pixmap would turn text into an image), and an
/// optional white sheet below all items.
class RenderState final
{
public:
    RenderState(SchemaScene &scene, bool vector)
        : m_scene(scene)
        , m_tables(scene.selectedTables())
        , m_relations(scene.selectedRelations())
        , m_farView(scene.isFarView())
    {
        m_scene.clearSelection();
        m_scene.setFarView(false);
        if (!vector)
            return;
        const QList<QGraphicsItem *> items = m_scene.items();
        for (QGraphicsItem *item : items) {
            if (item->cacheMode() == QGraphicsItem::NoCache)
                continue;
            m_cached.append({item, item->cacheMode()});
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }

    ~RenderState()
    {
        m_sheet.reset();
        for (const auto &[item, mode] : std::as_const(m_cached))
            item->setCacheMode(mode);
        m_scene.setFarView(m_farView);
        m_scene.setSelection(m_tables, m_relations);
    }

    RenderState(const RenderState &) = delete;
    RenderState &operator=(const RenderState &) = delete;

    /// A white rectangle under every item: the scene's own background (the canvas)
    /// cannot be switched off, so it is covered instead.
    void coverCanvas(const QRectF &rect)
    {
        m_sheet = std::make_unique<QGraphicsRectItem>(rect);
        m_sheet->setPen(Qt::NoPen);
        m_sheet->setBrush(Qt::white);
        m_sheet->setZValue(-1e9);
        m_scene.addItem(m_sheet.get());
    }

private:
    SchemaScene &m_scene;
    QList<TableId> m_tables;
    QList<RelationId> m_relations;
    bool m_farView;
    QList<std::pair<QGraphicsItem *, QGraphicsItem::CacheMode>> m_cached;
    std::unique_ptr<QGraphicsRectItem> m_sheet;
};

QRectF sourceRect(const SchemaScene &scene, const PictureOptions &options)
{
    const qreal margin = std::max<qreal>(0, options.margin);
    return scene.diagramRect().adjusted(-margin, -margin, margin, margin);
}

void renderInto(SchemaScene &scene, QPainter &painter, const QRectF &target, const QRectF &source)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
}

/// QSvgGenerator writes the family the style asked for, often Qt's alias "Sans Serif",
/// which browsers do not know and replace with a serif font of other widths. Name the
/// family the text was really measured and drawn with, and a generic fallback.
QByteArray withResolvedFonts(QByteArray svg, const DiagramStyle &style)
{
    QStringList done;
    for (const QFont &font :
         {style.headerFont, style.rowFont, style.keyFont, style.typeFont, style.badgeFont}) {
        const QString asked = font.family();
        if (done.contains(asked))
            continue;
        done.append(asked);
        const QString used = QFontInfo(font).family();
        svg.replace(u"font-family=\"%1\""_s.arg(asked.toHtmlEscaped()).toUtf8(),
                    u"font-family=\"%1, sans-serif\""_s.arg(used.toHtmlEscaped()).toUtf8());
    }
    return svg;
}

Result<QByteArray> renderSvg(SchemaScene &scene, const QRectF &source)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize size = source.size().toSize();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(kScreenDpi);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(scene.document()->schema().name);
    generator.setDescription(u"Diagram drawn by Relata"_s);
    QPainter painter;
    if (!painter.begin(&generator))
        return Result<QByteArray>::failure(u"cannot start the SVG picture"_s);
    renderInto(scene, painter, QRectF(QPointF(0, 0), size), source);
    painter.end();
    return withResolvedFonts(buffer.data(), scene.diagramStyle());
}

Result<QByteArray> renderPng(SchemaScene &scene, const QRectF &source,
                             const PictureOptions &options)
{
    const QSize size = pictureSize(scene, PictureFormat::Png, options);
    if (qint64(size.width()) * size.height() > kMaxPngPixels)
        return Result<QByteArray>::failure(
                u"the diagram is too large for a PNG at this scale (%1 × %2 pixels); use a "
                u"smaller scale, SVG or PDF"_s.arg(size.width())
                        .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Result<QByteArray>::failure(
                u"not enough memory for a %1 × %2 pixel picture"_s.arg(size.width())
                        .arg(size.height()));
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(kScreenDpi * options.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    renderInto(scene, painter, QRectF(QPointF(0, 0), size), source);
    painter.end();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Result<QByteArray>::failure(u"cannot encode the PNG picture"_s);
    return buffer.data();
}

Result<QByteArray> renderPdf(SchemaScene &scene, const QRectF &source)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kScreenDpi);
        writer.setTitle(scene.document()->schema().name);
        writer.setCreator(u"Relata"_s);
        QSizeF points = source.size() * 72.0 / kScreenDpi;
        const qreal longest = std::max(points.width(), points.height());
        if (longest > kMaxPdfPoints) // readers refuse larger pages: shrink, still vector
            points *= kMaxPdfPoints / longest;
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return Result<QByteArray>::failure(u"cannot start the PDF document"_s);
        renderInto(scene, painter, QRectF(0, 0, writer.width(), writer.height()), source);
        painter.end();
    }
    return buffer.data();
}

} // namespace

std::optional<PictureFormat> pictureFormatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"svg")
        return PictureFormat::Svg;
    if (lower == u"png")
        return PictureFormat::Png;
    if (lower == u"pdf")
        return PictureFormat::Pdf;
    return std::nullopt;
}

QSize pictureSize(const SchemaScene &scene, PictureFormat format, const PictureOptions &options)
{
    const QSizeF size = sourceRect(scene, options).size();
    const qreal scale = format == PictureFormat::Png ? options.scale : 1.0;
    return QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale)));
}

Result<QByteArray> renderDiagram(SchemaScene &scene, PictureFormat format,
                                 const PictureOptions &options)
{
    if (!(options.scale >= kMinScale && options.scale <= kMaxScale))
        return Result<QByteArray>::failure(
                u"the scale must be between %1 and %2"_s.arg(kMinScale).arg(kMaxScale));
    RenderState state(scene, format != PictureFormat::Png);
    if (scene.diagramRect().isEmpty())
        return Result<QByteArray>::failure(u"the diagram is empty: there is nothing to draw"_s);
    const QRectF source = sourceRect(scene, options);
    if (options.background == PictureBackground::White)
        state.coverCanvas(source);
    switch (format) {
    case PictureFormat::Svg:
        return renderSvg(scene, source);
    case PictureFormat::Png:
        return renderPng(scene, source, options);
    case PictureFormat::Pdf:
        return renderPdf(scene, source);
    }
    return Result<QByteArray>::failure(u"unknown picture format"_s);
}

bool writeDiagram(SchemaScene &scene, PictureFormat format, const QString &path,
                  const PictureOptions &options, QString *errorString)
{
    const Result<QByteArray> picture = renderDiagram(scene, format, options);
    if (!picture) {
        if (errorString)
            *errorString = picture.errorString();
        return false;
    }
    return writeFileAtomically(path, picture.value(), errorString);
}

} // namespace relata
