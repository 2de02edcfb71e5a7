#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <memory>

namespace relata {

/// One table box to place: its size as Relata draws it and where its column rows are,
/// so that an edge can leave and enter at its column's row (a port per row).
struct LayoutNode
{
    TableId table;
    QSizeF size;             ///< the card, in scene units
    QList<qreal> rowCenters; ///< y of each column row's centre, from the card's top
    bool fixed = false;      ///< pinned, or not part of the selection: stays at `position`
    QPointF position;        ///< top-left; used for fixed nodes
};

/// A relation, child column row → parent column row (indexes into rowCenters).
struct LayoutEdge
{
    TableId child;
    int childRow = 0;
    TableId parent;
    int parentRow = 0;
};

struct LayoutInput
{
    QList<LayoutNode> nodes; ///< in model order; the order is part of the input
    QList<LayoutEdge> edges; ///< in model order
};

struct LayoutResult
{
    /// New top-left positions of the nodes that are not fixed.
    QHash<TableId, QPointF> positions;
    /// How it was done, for messages and benchmarks ("dot, 3 components").
    QString strategy;
};

/// Places table boxes. Implementations are deterministic (same input, same
/// positions), never overlap two boxes, and leave fixed nodes where they are.
class LayoutEngine
{
public:
    virtual ~LayoutEngine() = default;
    virtual Result<LayoutResult> layout(const LayoutInput &input) = 0;
};

/// The Graphviz engine (cgraph/gvc in-process). The choice of algorithm by graph size
/// is the engine's: left-to-right `dot` with ports for small components, bounded
/// crossing minimisation for larger ones, `sfdp` with overlap removal for very large
/// ones; disconnected components are laid out separately and packed.
std::unique_ptr<LayoutEngine> createGraphvizLayoutEngine();

} // namespace relata
