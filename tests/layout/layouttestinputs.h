#pragma once

#include "layout/layoutengine.h"

#include <QList>
#include <QPair>

namespace relata {

/// A box of the estimated size of a table with `rows` columns (30 + 22 per row, 220 wide).
LayoutNode testNode(quint32 id, int rows);

/// Nodes 1..count, each with `rows` rows, and edges child → parent between them, given as
/// (child id, parent id) pairs from row 1 of the child to row 0 of the parent.
LayoutInput testGraph(int count, int rows, const QList<QPair<int, int>> &childToParent);

/// Pairs of the result's boxes (fixed ones included) less than `gap` apart.
qsizetype overlapsIn(const LayoutInput &input, const LayoutResult &result, double gap);

} // namespace relata
