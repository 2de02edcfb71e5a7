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
#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr qreal kMaxNameWidth = 260;
constexpr qreal kMaxTypeWidth = 170;
constexpr qreal kShadowMargin = 6;

/// Primary-key column names are drawn a little bolder.
QFont keyFont(QFont font)
{
    font.setWeight(QFont::DemiBold);
    return font;
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
    setCacheMode(DeviceCoordinateCache);
}

void TableItem::syncFromModel()
{
    const Schema &schema = m_document->schema();
    const Table *table = schema.table(m_table);
    if (!table)
        return;
    m_name = table->name;
    const QSet<ColumnId> references = referencingColumns(schema, m_table);
    m_rows.clear();
    m_rows.reserve(table->columns.size());
    for (const Column &column : table->columns)
        m_rows.append(makeRow(*table, column, references));
    prepareGeometryChange();
    layoutRows();
    setToolTip(table->comment);
    setPos(table->position);
    update();
}

void TableItem::layoutRows()
{
    const QFontMetricsF rowMetrics(m_style->rowFont);
    const QFontMetricsF keyMetrics(keyFont(m_style->rowFont));
    const QFontMetricsF typeMetrics(m_style->typeFont);
    const QFontMetricsF headerMetrics(m_style->headerFont);
    qreal nameWidth = 0;
    m_typeWidth = 0;
    m_markerSlots = 1;
    for (const Row &row : std::as_const(m_rows)) {
        const QFontMetricsF &metrics = row.primaryKey ? keyMetrics : rowMetrics;
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.name));
        m_typeWidth = std::max(m_typeWidth, typeMetrics.horizontalAdvance(row.type + u" ?"_s));
        if (row.referencing)
            m_markerSlots = 2;
    }
    nameWidth = std::min(nameWidth, kMaxNameWidth);
    m_typeWidth = std::min(m_typeWidth, kMaxTypeWidth);
    const qreal pad = m_style->horizontalPadding;
    const qreal rowsWidth = pad + m_markerSlots * m_style->markerWidth + 4 + nameWidth
                            + m_style->columnGap + m_typeWidth + pad;
    const qreal headerWidth = 2 * pad + std::min(headerMetrics.horizontalAdvance(m_name), 360.0);
    m_width = std::ceil(std::max({m_style->minimumBoxWidth, rowsWidth, headerWidth}));
    const qsizetype rowCount = std::max<qsizetype>(m_rows.size(), 1);
    m_height = m_style->headerHeight + rowCount * m_style->rowHeight + 2;
}

qreal TableItem::rowCenterY(ColumnId column) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).column == column)
            return pos().y() + m_style->headerHeight + (i + 0.5) * m_style->rowHeight;
    }
    return pos().y() + m_style->headerHeight / 2;
}

QRectF TableItem::boundingRect() const
{
    return boxRect().adjusted(-kShadowMargin, -kShadowMargin, kShadowMargin,
                              kShadowMargin + m_style->shadowOffset);
}

void TableItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const DiagramPainter diagram(painter, *m_style);
    diagram.drawCard(boxRect(), m_style->headerHeight, isSelected());

    const qreal pad = m_style->horizontalPadding;
    if (lod > 0.2) {
        const QRectF header(pad, 0, m_width - 2 * pad, m_style->headerHeight);
        painter->setFont(m_style->headerFont);
        painter->setPen(m_style->headerText);
        const QString title = QFontMetricsF(m_style->headerFont)
                                      .elidedText(m_name, Qt::ElideRight, header.width());
        painter->drawText(header, Qt::AlignVCenter | Qt::AlignLeft, title);
    }
    const bool detailed = lod > 0.35;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QRectF rect(0, m_style->headerHeight + i * m_style->rowHeight, m_width,
                          m_style->rowHeight);
        if (i > 0)
            diagram.drawRowSeparator(rect.adjusted(1, 0, -1, 0));
        paintRow(painter, m_rows.at(i), rect, detailed);
    }
}

void TableItem::paintRow(QPainter *painter, const Row &row, const QRectF &rect, bool detailed) const
{
    const DiagramPainter diagram(painter, *m_style);
    const qreal pad = m_style->horizontalPadding;
    const qreal slot = m_style->markerWidth;
    QRectF marker(pad, rect.top(), slot, rect.height());
    if (row.primaryKey)
        diagram.drawKeyMarker(marker);
    else if (row.indexed)
        diagram.drawIndexMarker(marker, row.unique);
    if (row.referencing)
        diagram.drawReferenceMarker(marker.translated(slot, 0));
    if (!detailed)
        return;

    const qreal nameLeft = pad + m_markerSlots * slot + 4;
    const qreal typeLeft = m_width - pad - m_typeWidth;
    const QRectF nameRect(nameLeft, rect.top(), typeLeft - m_style->columnGap - nameLeft,
                          rect.height());
    const QFont nameFont = row.primaryKey ? keyFont(m_style->rowFont) : m_style->rowFont;
    painter->setFont(nameFont);
    painter->setPen(m_style->rowText);
    painter->drawText(
            nameRect, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetricsF(nameFont).elidedText(row.name, Qt::ElideRight, nameRect.width()));

    // The type, right-aligned; a faint "?" after it marks a nullable column.
    const QFontMetricsF typeMetrics(m_style->typeFont);
    const qreal markWidth = typeMetrics.horizontalAdvance(u" ?"_s);
    const QRectF typeRect(typeLeft, rect.top(), m_typeWidth - markWidth, rect.height());
    painter->setFont(m_style->typeFont);
    painter->setPen(m_style->typeText);
    painter->drawText(typeRect, Qt::AlignVCenter | Qt::AlignRight,
                      typeMetrics.elidedText(row.type, Qt::ElideRight, typeRect.width()));
    if (row.nullable) {
        painter->setPen(m_style->faintText);
        painter->drawText(QRectF(typeRect.right(), rect.top(), markWidth, rect.height()),
                          Qt::AlignVCenter | Qt::AlignRight, u"?"_s);
    }
}

void TableItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const qreal y = event->pos().y() - m_style->headerHeight;
    const qsizetype i = y < 0 ? -1 : qsizetype(y / m_style->rowHeight);
    if (i >= 0 && i < m_rows.size()) {
        setToolTip(rowToolTip(m_rows.at(i)));
    } else if (const Table *table = m_document->schema().table(m_table)) {
        setToolTip(table->comment);
    }
    QGraphicsItem::hoverMoveEvent(event);
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
    return lines.join(u'\n');
}

} // namespace relata
