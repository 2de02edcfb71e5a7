#include "estimatedinput.h"

#include "core/schema.h"

namespace relata {

namespace {

int rowOf(const Table *table, const QList<ColumnId> &columns)
{
    return table && !columns.isEmpty() ? table->columnIndex(columns.first()) : -1;
}

} // namespace

LayoutInput estimatedLayoutInput(const Schema &schema, const EstimatedBoxMetrics &metrics)
{
    LayoutInput input;
    input.nodes.reserve(schema.tables().size());
    for (const Table &table : schema.tables()) {
        LayoutNode node;
        node.table = table.id;
        const qsizetype rows = table.columns.size();
        node.size = QSizeF(metrics.width, metrics.header + metrics.row * double(rows));
        for (qsizetype r = 0; r < rows; ++r)
            node.rowCenters.append(metrics.header + metrics.row * (double(r) + 0.5));
        node.fixed = table.pinned;
        node.position = table.position;
        input.nodes.append(node);
    }
    for (const Relation &relation : schema.relations()) {
        LayoutEdge edge;
        edge.child = relation.childTable;
        edge.childRow = rowOf(schema.table(relation.childTable), relation.childColumns);
        edge.parent = relation.parentTable;
        edge.parentRow = rowOf(schema.table(relation.parentTable), relation.parentColumns);
        input.edges.append(edge);
    }
    return input;
}

} // namespace relata
