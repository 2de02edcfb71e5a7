#include "gridplacement.h"

#include "schemascene.h"
#include "tableitem.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace relata {

namespace {
constexpr qreal kOrigin = 40;
constexpr qreal kColumnGap = 110; ///< wide enough for crow's feet and curves
constexpr qreal kRowGap = 60;
} // namespace

bool needsInitialPlacement(const Schema &schema)
{
    const QList<Table> &tables = schema.tables();
    return !tables.isEmpty() && std::all_of(tables.cbegin(), tables.cend(), [](const Table &t) {
        return t.position.isNull();
    });
}

QHash<TableId, QPointF> gridPlacement(const Schema &schema, const SchemaScene &scene)
{
    const QList<Table> &tables = schema.tables();
    const qsizetype count = tables.size();
    // A little wider than tall, like a screen.
    const qsizetype columns = std::max<qsizetype>(1, qsizetype(std::ceil(std::sqrt(count * 1.6))));
    const qsizetype rows = (count + columns - 1) / columns;

    QList<qreal> columnWidth(columns, 0);
    QList<qreal> rowHeight(rows, 0);
    for (qsizetype i = 0; i < count; ++i) {
        const TableItem *item = scene.tableItem(tables.at(i).id);
        const QSizeF size = item ? item->boxRect().size() : QSizeF();
        columnWidth[i % columns] = std::max(columnWidth.at(i % columns), size.width());
        rowHeight[i / columns] = std::max(rowHeight.at(i / columns), size.height());
    }

    QHash<TableId, QPointF> positions;
    qreal y = kOrigin;
    for (qsizetype row = 0; row < rows; ++row) {
        qreal x = kOrigin;
        for (qsizetype column = 0; column < columns; ++column) {
            const qsizetype i = row * columns + column;
            if (i >= count)
                break;
            positions.insert(tables.at(i).id, QPointF(x, y));
            x += columnWidth.at(column) + kColumnGap;
        }
        y += rowHeight.at(row) + kRowGap;
    }
    return positions;
}

} // namespace relata
