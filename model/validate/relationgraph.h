#pragma once

#include "core/relation.h"

#include <QList>

#include <functional>
#include <span>

namespace relata {

class ValidationContext;

/// One edge of the table graph: between two tables, given by model position, through a
/// relation (null in graphs built from bare edges).
struct GraphEdge
{
    int from = -1;
    int to = -1;
    const Relation *relation = nullptr;
};

/// The relations as a table-level graph, for the rules that follow paths (cycles,
/// cascades) rather than look at one relation at a time.
///
/// Nodes are tables by model position, so arrays indexed by node replace hash lookups and
/// every traversal visits tables in model order. The edges leaving a node are ordered by
/// the table they lead to, then by relation model order: traversals are deterministic.
/// Stored compactly (one offset per node, one array of edges), built in linear time.
class RelationGraph
{
public:
    /// Which way an edge runs: a relation's child to its parent (the order a delete must
    /// respect), or a parent to its children (the way a cascade travels).
    enum class Direction { ChildToParent, ParentToChild };

    /// Edges out of range are dropped.
    RelationGraph(int nodeCount, const QList<GraphEdge> &edges);

    /// The relations of context.relations() that `accept` keeps (all when empty).
    static RelationGraph fromRelations(const ValidationContext &context, Direction direction,
                                       const std::function<bool(const Relation &)> &accept = {});

    int nodeCount() const { return int(m_offsets.size()) - 1; }
    int edgeCount() const { return int(m_edges.size()); }
    /// The edges leaving `node`, by target model position, then relation model order.
    std::span<const GraphEdge> edgesFrom(int node) const
    {
        return {m_edges.constData() + m_offsets.at(node),
                size_t(m_offsets.at(node + 1) - m_offsets.at(node))};
    }

private:
    QList<int> m_offsets; ///< node → first edge in m_edges; one more entry than nodes
    QList<GraphEdge> m_edges;
};

/// The strongly connected components of a graph: tables that all reach one another.
struct StronglyConnectedComponents
{
    /// Per node, its component. Components are numbered in the model order of their first
    /// table, so walking the nodes in order meets component 0 first, then 1, and so on.
    QList<int> componentOf;
    QList<int> sizes;     ///< per component, its number of tables
    QList<int> firstNode; ///< per component, its first table in model order

    int count() const { return int(sizes.size()); }
};

/// Tarjan's algorithm without recursion (an explicit stack), so that a chain of 50,000
/// tables cannot overflow the call stack; linear in nodes + edges. Deterministic.
StronglyConnectedComponents stronglyConnectedComponents(const RelationGraph &graph);

} // namespace relata
