#include "tableitem.h"

#include "core/schemadocument.h"
#include "diagrampainter.h"
#include "diagramstyle.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr qreal kMaxNameWidth = 260;
constexpr qreal kMaxTypeWidth = 170;
constexpr qreal kMaxTitleWidth = 360;
constexpr qreal kShadowMargin = 9; ///< room for the shadow and the selection ring
constexpr qreal kBadgeGap = 6;     ///< between the title and the badge
/// Below this level of detail (device pixels per item unit) row text is too small to
/// read (a 9 pt font under 5 pixels), so the card is drawn simplified.
constexpr qreal kDetailLevel = 0.4;
/// Zoomed out, the name is drawn at about this share of its size at 100 %, as far as
/// the card has room for it: at the largest of these scales that suits the zoom, fits
/// the card's height and keeps enough of the name. A few fixed scales, so that names
/// are elided once in advance and cards next to each other show names of equal size.
constexpr qreal kSimplifiedNameScale = 0.65;
constexpr std::array<qreal, 5> kTitleScales = {1.0, 1.5, 2.25, 3.4, 5.0};
/// A scaled title must keep this many characters of the name (or all of a shorter one).
constexpr qsizetype kMinTitleCharacters = 6;
/// Text smaller than this on screen (pixels) is drawn as a bar, not as glyphs.
constexpr qreal kMinTextPixels = 4;
/// Rows thinner than this on screen (pixels) are left out of the simplified card.
constexpr qreal kMinRowPixels = 4;

QStaticText plainStaticText(const QString &text)
{
    QStaticText result(text);
    result.setTextFormat(Qt::PlainText);
    return result;
}

QSet<ColumnId> referencingColumns(const Schema &schema, TableId table)
{
    QSet<ColumnId> columns;
    for (const Relation &r : schema.relations()) {
        if (r.childTable == table) {
            for (ColumnId c : r.childColumns)
                columns.insert(c);
        }
    }
    return columns;
}

TableItem::Row makeRow(const Table &table, const Column &column, const QSet<ColumnId> &references)
{
    TableItem::Row row;
    row.column = column.id;
    row.name = column.name;
    row.type = column.type.text;
    row.nullable = column.nullable;
    row.primaryKey = table.primaryKey.contains(column.id);
    for (const Index &index : table.indexes) {
        if (index.columns.contains(column.id)) {
            row.indexed = true;
            row.unique = row.unique || index.unique;
        }
    }
    row.referencing = references.contains(column.id);
    return row;
}

/// `text` elided to `width` when its `advance` does not fit; measuring once in
/// layoutRows() spares most rows the elision.
QString fitted(const QString &text, qreal advance, qreal width, const QFontMetricsF &metrics)
{
    return advance <= width ? text : metrics.elidedText(text, Qt::ElideRight, width);
}

} // namespace

TableItem::TableItem(const SchemaDocument *document, TableId table, const DiagramStyle *style)
    : m_document(document)
    , m_table(table)
    , m_style(style)
{
    // Moving goes through the document (a later tool pushes a command); the item
    // only follows Table::position.
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
    // The card is drawn once per zoom level into a device-resolution pixmap, and then
    // only copied while the view pans or other items change: re-drawing ~20 rows of
    // text, markers and the shadow costs several times more (see relata-bench-canvas).
    // Not ItemCoordinateCache: that pixmap is at 100 % and would blur when zoomed in
    // and lose the simplified drawing when zoomed out.
    setCacheMode(DeviceCoordinateCache);
}

void TableItem::syncFromModel()
{
    const Schema &schema = m_document->schema();
    const Table *table = schema.table(m_table);
    if (!table)
        return;
    m_name = table->name;
    m_comment = table->comment;
    const QSet<ColumnId> references = referencingColumns(schema, m_table);
    m_rows.clear();
    m_rows.reserve(table->columns.size());
    for (const Column &column : table->columns)
        m_rows.append(makeRow(*table, column, references));
    prepareGeometryChange();
    layoutRows();
    setToolTip(headerToolTip());
    setPos(table->position);
    update();
}

void TableItem::layoutRows()
{
    const QFontMetricsF rowMetrics(m_style->rowFont);
    const QFontMetricsF keyMetrics(m_style->keyFont);
    const QFontMetricsF typeMetrics(m_style->typeFont);
    QList<qreal> nameAdvances;
    QList<qreal> typeAdvances;
    nameAdvances.reserve(m_rows.size());
    typeAdvances.reserve(m_rows.size());
    qreal nameWidth = 0;
    m_typeWidth = 0;
    m_markerSlots = 1;
    for (const Row &row : std::as_const(m_rows)) {
        const QFontMetricsF &metrics = row.primaryKey ? keyMetrics : rowMetrics;
        nameAdvances.append(metrics.horizontalAdvance(row.name));
        typeAdvances.append(typeMetrics.horizontalAdvance(row.type));
        nameWidth = std::max(nameWidth, nameAdvances.last());
        m_typeWidth = std::max(m_typeWidth, typeAdvances.last() + m_style->typeMarkWidth);
        if (row.referencing)
            m_markerSlots = 2;
    }
    nameWidth = std::min(nameWidth, kMaxNameWidth);
    m_typeWidth = std::min(m_typeWidth, kMaxTypeWidth);
    m_fullNameWidth = QFontMetricsF(m_style->headerFont).horizontalAdvance(m_name);
    const qreal pad = m_style->horizontalPadding;
    const qreal rowsWidth = nameLeft() + nameWidth + m_style->columnGap + m_typeWidth + pad;
    const qreal headerWidth = 2 * pad + std::min(m_fullNameWidth, kMaxTitleWidth);
    m_width = std::ceil(std::max({m_style->minimumBoxWidth, rowsWidth, headerWidth}));
    const qsizetype rowCount = std::max<qsizetype>(m_rows.size(), 1);
    m_height = m_style->headerHeight + rowCount * m_style->rowHeight + 2;
    layoutRowTexts(nameLeft(), m_width - pad - m_typeWidth, nameAdvances, typeAdvances);
    layoutTitle();
    layoutScaledTitles();
}

void TableItem::layoutRowTexts(qreal nameLeft, qreal typeLeft, const QList<qreal> &nameAdvances,
                               const QList<qreal> &typeAdvances)
{
    const QFontMetricsF rowMetrics(m_style->rowFont);
    const QFontMetricsF keyMetrics(m_style->keyFont);
    const QFontMetricsF typeMetrics(m_style->typeFont);
    const qreal nameRoom = typeLeft - m_style->columnGap - nameLeft;
    const qreal typeRoom = m_typeWidth - m_style->typeMarkWidth;
    m_rowTexts.clear();
    m_rowTexts.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QFontMetricsF &metrics = row.primaryKey ? keyMetrics : rowMetrics;
        RowText text;
        const QString name = fitted(row.name, nameAdvances.at(i), nameRoom, metrics);
        text.name = plainStaticText(name);
        text.nameWidth = name.size() == row.name.size() ? nameAdvances.at(i)
                                                        : metrics.horizontalAdvance(name);
        const QString type = fitted(row.type, typeAdvances.at(i), typeRoom, typeMetrics);
        text.type = plainStaticText(type);
        const qreal typeWidth = type.size() == row.type.size()
                                        ? typeAdvances.at(i)
                                        : typeMetrics.horizontalAdvance(type);
        text.typeLeft = typeLeft + typeRoom - typeWidth;
        m_rowTexts.append(text);
    }
}

/// The title leaves room for the badge; laid out again when findings come and go.
void TableItem::layoutTitle()
{
    const qreal pad = m_style->horizontalPadding;
    const qreal badge = m_findings.isEmpty() ? 0 : 2 * m_style->badgeRadius + kBadgeGap;
    const QFontMetricsF metrics(m_style->headerFont);
    m_title = plainStaticText(fitted(m_name, m_fullNameWidth, m_width - 2 * pad - badge, metrics));
}

void TableItem::layoutScaledTitles()
{
    const qreal pad = m_style->horizontalPadding;
    const QFontMetricsF metrics(m_style->headerFont);
    m_scaledTitles.clear();
    for (const qreal scale : kTitleScales) {
        // In the header font's units; the simplified card has its badge below the band.
        const qreal room = (m_width - 2 * pad) / scale;
        const QString text = fitted(m_name, m_fullNameWidth, room, metrics);
        const qsizetype kept = text == m_name ? text.size() : text.size() - 1; // less "…"
        const bool tooShort = kept < std::min(m_name.size(), kMinTitleCharacters);
        const bool tooHigh = scale * m_style->headerHeight > 0.8 * m_height;
        if (!m_scaledTitles.isEmpty() && (tooShort || tooHigh))
            break;
        const qreal width
                = text.size() == m_name.size() ? m_fullNameWidth : metrics.horizontalAdvance(text);
        m_scaledTitles.append({scale, plainStaticText(text), width});
    }
}

qreal TableItem::nameLeft() const
{
    return m_style->horizontalPadding + m_markerSlots * m_style->markerWidth + 4;
}

qreal TableItem::rowCenterY(ColumnId column) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).column == column)
            return pos().y() + m_style->headerHeight + (i + 0.5) * m_style->rowHeight;
    }
    return pos().y() + m_style->headerHeight / 2;
}

std::optional<ColumnId> TableItem::columnAt(QPointF scenePos) const
{
    const QPointF local = mapFromScene(scenePos);
    if (!boxRect().contains(local))
        return std::nullopt;
    const qreal y = local.y() - m_style->headerHeight;
    if (y < 0)
        return std::nullopt;
    const auto i = qsizetype(y / m_style->rowHeight);
    if (i >= m_rows.size())
        return std::nullopt;
    return m_rows.at(i).column;
}

QRectF TableItem::rowSceneRect(ColumnId column) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).column == column)
            return QRectF(0, m_style->headerHeight + i * m_style->rowHeight, m_width,
                          m_style->rowHeight)
                    .translated(pos());
    }
    return {};
}

void TableItem::setFindings(const QList<Finding> &findings)
{
    if (findings == m_findings)
        return;
    const bool hadFindings = !m_findings.isEmpty();
    m_findings = findings;
    m_findingColor = m_style->findingColor(m_findings);
    m_badgeLabel = plainStaticText(m_findings.isEmpty() ? QString()
                                                        : QString::number(m_findings.size()));
    // Lay the count out now, in the font it is drawn in, so that paint() only draws.
    m_badgeLabel.prepare(QTransform(), m_style->badgeFont);
    if (hadFindings != !m_findings.isEmpty())
        layoutTitle();
    setToolTip(headerToolTip());
    update();
}

QRectF TableItem::boundingRect() const
{
    return boxRect().adjusted(-kShadowMargin, -kShadowMargin, kShadowMargin,
                              kShadowMargin + m_style->shadowOffset);
}

void TableItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kDetailLevel)
        paintSimplified(painter, lod);
    else
        paintDetailed(painter);
}

void TableItem::paintDetailed(QPainter *painter) const
{
    const DiagramPainter diagram(painter, *m_style);
    diagram.drawCard(boxRect(), m_style->headerHeight, isSelected(), m_findingColor);
    const qreal pad = m_style->horizontalPadding;
    painter->setFont(m_style->headerFont);
    painter->setPen(m_style->headerText);
    painter->drawStaticText(QPointF(pad, m_style->headerTextTop), m_title);
    if (!m_findings.isEmpty()) {
        const qreal r = m_style->badgeRadius;
        diagram.drawBadge(QPointF(m_width - pad - r + 2, m_style->headerHeight / 2), r,
                          m_findingColor, m_badgeLabel);
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const qreal top = m_style->headerHeight + i * m_style->rowHeight;
        if (i > 0)
            diagram.drawRowSeparator(QRectF(1, top, m_width - 2, m_style->rowHeight));
        paintRowMarkers(painter, m_rows.at(i), top);
    }
    paintRowTexts(painter);
}

void TableItem::paintRowMarkers(QPainter *painter, const Row &row, qreal top) const
{
    const DiagramPainter diagram(painter, *m_style);
    const qreal slot = m_style->markerWidth;
    const QRectF marker(m_style->horizontalPadding, top, slot, m_style->rowHeight);
    if (row.primaryKey)
        diagram.drawKeyMarker(marker);
    else if (row.indexed)
        diagram.drawIndexMarker(marker, row.unique);
    if (row.referencing)
        diagram.drawReferenceMarker(marker.translated(slot, 0));
}

/// Texts grouped by font: a QStaticText is laid out again when the painter's font
/// differs from the one it was last drawn with, and changing fonts costs as well.
void TableItem::paintRowTexts(QPainter *painter) const
{
    const qreal left = nameLeft();
    const qreal rowHeight = m_style->rowHeight;
    const qreal top = m_style->headerHeight;
    painter->setPen(m_style->rowText);
    for (const bool keys : {false, true}) {
        painter->setFont(keys ? m_style->keyFont : m_style->rowFont);
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).primaryKey == keys)
                painter->drawStaticText(QPointF(left, top + i * rowHeight + m_style->rowTextTop),
                                        m_rowTexts.at(i).name);
        }
    }
    painter->setFont(m_style->typeFont);
    painter->setPen(m_style->typeText);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const qreal y = top + i * rowHeight + m_style->typeTextTop;
        painter->drawStaticText(QPointF(m_rowTexts.at(i).typeLeft, y), m_rowTexts.at(i).type);
    }
    // A faint "?" after the type marks a nullable column.
    painter->setPen(m_style->faintText);
    const qreal markLeft = m_width - m_style->horizontalPadding - m_style->nullableMarkWidth;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).nullable)
            painter->drawStaticText(QPointF(markLeft, top + i * rowHeight + m_style->typeTextTop),
                                    m_style->nullableMark);
    }
}

/// Zoomed out: the card, the name as large as suits the zoom and the card, the badge
/// scaled with it, the rows as faint bars while they are a few pixels high.
void TableItem::paintSimplified(QPainter *painter, qreal levelOfDetail) const
{
    const qreal pixel = 1 / std::max(levelOfDetail, 0.001); // one device pixel
    const ScaledTitle &title = scaledTitle(levelOfDetail);
    const qreal band = title.scale * m_style->headerHeight;
    const DiagramPainter diagram(painter, *m_style);
    diagram.drawPlainCard(boxRect(), band, isSelected(), m_findingColor, pixel);
    paintScaledTitle(painter, title, pixel);
    if (!m_findings.isEmpty()) {
        // Below the band's right end, so that it takes no room from the name.
        const qreal body = m_height - band;
        const qreal radius
                = std::min(std::max(title.scale * m_style->badgeRadius, 2.5 * pixel), 0.45 * body);
        const qreal margin = std::min(0.5 * m_style->horizontalPadding * title.scale, radius);
        const QPointF center(m_width - margin - radius,
                             band + std::min(margin, 0.05 * body) + radius);
        diagram.drawBadge(center, radius, m_findingColor,
                          radius >= 4.5 * pixel ? m_badgeLabel : QStaticText());
    }
    if (m_style->rowHeight >= kMinRowPixels * pixel)
        paintRowBars(painter, band);
}

const TableItem::ScaledTitle &TableItem::scaledTitle(qreal levelOfDetail) const
{
    const qreal wanted = kSimplifiedNameScale / std::max(levelOfDetail, 0.001);
    qsizetype chosen = 0;
    while (chosen + 1 < m_scaledTitles.size() && m_scaledTitles.at(chosen + 1).scale <= wanted)
        ++chosen;
    return m_scaledTitles.at(chosen);
}

/// The title in the header font scaled up; a bar where it would be under a few pixels.
void TableItem::paintScaledTitle(QPainter *painter, const ScaledTitle &title, qreal pixel) const
{
    const qreal s = title.scale;
    const qreal textHeight = (m_style->headerHeight - 2 * m_style->headerTextTop) * s;
    const QPointF at(m_style->horizontalPadding, m_style->headerTextTop * s);
    if (textHeight < kMinTextPixels * pixel) {
        QColor bar = m_style->headerText;
        bar.setAlphaF(0.6);
        painter->fillRect(
                QRectF(at.x(), at.y() + textHeight * 0.25, title.width * s, textHeight * 0.5), bar);
        return;
    }
    painter->save();
    painter->translate(at);
    painter->scale(s, s);
    painter->setFont(m_style->headerFont);
    painter->setPen(m_style->headerText);
    painter->drawStaticText(QPointF(0, 0), title.text);
    painter->restore();
}

/// Each row below `top` as a faint bar as long as its name: the card's shape and
/// fill stay recognisable where the text would be unreadable.
void TableItem::paintRowBars(QPainter *painter, qreal top) const
{
    QColor bar = m_style->faintText;
    bar.setAlphaF(0.45);
    const qreal left = nameLeft();
    const qreal rowHeight = m_style->rowHeight;
    for (qsizetype i = 0; i < m_rowTexts.size(); ++i) {
        const qreal y = m_style->headerHeight + i * rowHeight;
        if (y < top)
            continue;
        painter->fillRect(
                QRectF(left, y + rowHeight * 0.3, m_rowTexts.at(i).nameWidth, rowHeight * 0.4),
                bar);
    }
}

void TableItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const qreal y = event->pos().y() - m_style->headerHeight;
    const qsizetype i = y < 0 ? -1 : qsizetype(y / m_style->rowHeight);
    if (i >= 0 && i < m_rows.size())
        setToolTip(rowToolTip(m_rows.at(i)));
    else
        setToolTip(headerToolTip());
    QGraphicsItem::hoverMoveEvent(event);
}

QString TableItem::headerToolTip() const
{
    if (m_findings.isEmpty())
        return m_comment;
    const QString findings = findingsToolTip(m_findings);
    return m_comment.isEmpty() ? findings : m_comment + u"\n\n"_s + findings;
}

QString TableItem::rowToolTip(const Row &row) const
{
    QStringList lines;
    lines.append(
            u"%1 %2%3"_s.arg(row.name, row.type, row.nullable ? u" (nullable)"_s : u" not null"_s));
    if (row.primaryKey)
        lines.append(u"primary key"_s);
    const Schema &schema = m_document->schema();
    for (const Relation &r : schema.relations()) {
        if (r.childTable == m_table && r.childColumns.contains(row.column))
            lines.append(u"references "_s + schema.describe(r));
    }
    if (const Table *table = schema.table(m_table)) {
        if (const Column *column = table->column(row.column); column && !column->comment.isEmpty())
            lines.append(column->comment);
    }
    QList<Finding> about;
    for (const Finding &finding : m_findings) {
        if (finding.columns.contains(row.column))
            about.append(finding);
    }
    if (!about.isEmpty())
        lines.append(u"\n"_s + findingsToolTip(about));
    return lines.join(u'\n');
}

} // namespace relata
