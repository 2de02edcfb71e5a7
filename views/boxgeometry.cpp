#include "boxgeometry.h"

#include "core/schemadocument.h"
#include "schemascene.h"
#include "tableitem.h"

namespace relata {

QHash<TableId, BoxGeometry> measureBoxes(const Schema &schema)
{
    SchemaDocument document;
    document.setSchema(schema);
    const SchemaScene scene(&document);
    QHash<TableId, BoxGeometry> boxes;
    boxes.reserve(schema.tables().size());
    for (const Table &table : schema.tables()) {
        const TableItem *item = scene.tableItem(table.id);
        if (!item)
            continue;
        BoxGeometry box;
        box.size = item->boxRect().size();
        box.rowCenters.reserve(table.columns.size());
        for (const Column &column : table.columns)
            box.rowCenters.append(item->rowSceneRect(column.id).center().y() - item->pos().y());
        boxes.insert(table.id, box);
    }
    return boxes;
}

} // namespace relata
