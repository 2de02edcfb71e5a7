#include "layouttestinputs.h"

#include "layout/layoutquality.h"

namespace relata {

LayoutNode testNode(quint32 id, int rows)
{
    LayoutNode node;
    node.table = TableId(id);
    node.size = QSizeF(220, 30 + 22 * rows);
    for (int r = 0; r < rows; ++r)
        node.rowCenters.append(30 + 22 * r + 11);
    return node;
}

LayoutInput testGraph(int count, int rows, const QList<QPair<int, int>> &childToParent)
{
    LayoutInput input;
    for (int i = 1; i <= count; ++i)
        input.nodes.append(testNode(quint32(i), rows));
    for (const auto &[child, parent] : childToParent)
        input.edges.append({TableId(quint32(child)), 1, TableId(quint32(parent)), 0});
    return input;
}

qsizetype overlapsIn(const LayoutInput &input, const LayoutResult &result, double gap)
{
    return countBoxOverlaps(placedBoxes(input, result.positions), gap);
}

} // namespace relata
