#pragma once

#include "layoutengine.h"

#include <QList>

namespace relata {

/// A relation between two free nodes, by their index in LayoutInput::nodes.
struct IndexedEdge
{
    int child = 0;
    int childRow = -1; ///< -1 when the row is unknown: the edge attaches to the box
    int parent = 0;
    int parentRow = -1;
};

/// Nodes that are connected to each other, laid out as one picture.
struct LayoutComponent
{
    QList<int> nodes;         ///< indexes into LayoutInput::nodes, in model order
    QList<IndexedEdge> edges; ///< between these nodes, in model order; no self-loops
};

/// The connected components of the free (not fixed) nodes, through the edges between
/// free nodes. Ordered by their first node, so the same input gives the same list.
QList<LayoutComponent> freeComponents(const LayoutInput &input);

/// All nodes and all edges between distinct known nodes, as one component: the graph a
/// person would hand to `dot` unsplit.
LayoutComponent wholeGraph(const LayoutInput &input);

/// How many nodes a layered (`dot`) layout of `component` handles once every edge that
/// spans several ranks is split into a chain of virtual nodes, with ranks assigned by
/// longest path from the parents. An upper bound of dot's own count, cheap to compute:
/// deep relation chains make it, not the table count, decide how long `dot` takes.
qsizetype estimateLayeredSize(const LayoutComponent &component);

} // namespace relata
