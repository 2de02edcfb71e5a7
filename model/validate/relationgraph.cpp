#include "relationgraph.h"

#include "validationcontext.h"

#include <algorithm>

namespace relata {

RelationGraph::RelationGraph(int nodeCount, const QList<GraphEdge> &edges)
{
    const int nodes = std::max(0, nodeCount);
    const auto inRange = [nodes](const GraphEdge &e) {
        return e.from >= 0 && e.from < nodes && e.to >= 0 && e.to < nodes;
    };
    // A stable counting sort by source keeps the input (relation model) order per node.
    m_offsets.fill(0, nodes + 1);
    for (const GraphEdge &e : edges) {
        if (inRange(e))
            ++m_offsets[e.from + 1];
    }
    for (int n = 0; n < nodes; ++n)
        m_offsets[n + 1] += m_offsets.at(n);
    m_edges.resize(m_offsets.at(nodes));
    QList<int> next(m_offsets.cbegin(), m_offsets.cend() - 1);
    for (const GraphEdge &e : edges) {
        if (inRange(e))
            m_edges[next[e.from]++] = e;
    }
    const auto byTarget = [](const GraphEdge &a, const GraphEdge &b) {
        return a.to < b.to;
    };
    for (int n = 0; n < nodes; ++n) {
        std::stable_sort(m_edges.begin() + m_offsets.at(n), m_edges.begin() + m_offsets.at(n + 1),
                         byTarget);
    }
}

RelationGraph RelationGraph::fromRelations(const ValidationContext &context, Direction direction,
                                           const std::function<bool(const Relation &)> &accept)
{
    const Schema &schema = context.schema();
    QList<GraphEdge> edges;
    edges.reserve(context.relations().size());
    for (const Relation *r : context.relations()) {
        if (accept && !accept(*r))
            continue;
        const int child = schema.tableIndex(r->childTable);
        const int parent = schema.tableIndex(r->parentTable);
        if (direction == Direction::ChildToParent)
            edges.append({child, parent, r});
        else
            edges.append({parent, child, r});
    }
    return RelationGraph(int(schema.tables().size()), edges);
}

namespace {

/// Tarjan's bookkeeping, with the call stack of the recursive version made explicit.
class TarjanSearch
{
public:
    explicit TarjanSearch(const RelationGraph &graph)
        : m_graph(graph)
        , m_index(graph.nodeCount(), -1)
        , m_low(graph.nodeCount(), 0)
        , m_onStack(graph.nodeCount(), false)
        , m_component(graph.nodeCount(), -1)
    {}

    /// Components numbered in the order Tarjan completes them (reverse topological).
    QList<int> run(int *count)
    {
        for (int node = 0; node < m_graph.nodeCount(); ++node) {
            if (m_index.at(node) < 0)
                search(node);
        }
        *count = m_components;
        return m_component;
    }

private:
    struct Frame
    {
        int node;
        int edge; ///< the next edge of node to look at
    };

    void enter(int node)
    {
        m_index[node] = m_low[node] = m_counter++;
        m_stack.append(node);
        m_onStack[node] = true;
        m_frames.append({node, 0});
    }

    void search(int root)
    {
        enter(root);
        while (!m_frames.isEmpty()) {
            Frame &frame = m_frames.last();
            const int v = frame.node;
            const std::span<const GraphEdge> edges = m_graph.edgesFrom(v);
            if (size_t(frame.edge) < edges.size()) {
                const int w = edges[size_t(frame.edge++)].to;
                if (m_index.at(w) < 0)
                    enter(w); // invalidates `frame`
                else if (m_onStack.at(w))
                    m_low[v] = std::min(m_low.at(v), m_index.at(w));
                continue;
            }
            if (m_low.at(v) == m_index.at(v))
                popComponent(v);
            m_frames.removeLast();
            if (!m_frames.isEmpty()) {
                const int parent = m_frames.last().node;
                m_low[parent] = std::min(m_low.at(parent), m_low.at(v));
            }
        }
    }

    void popComponent(int root)
    {
        int w = -1;
        do {
            w = m_stack.takeLast();
            m_onStack[w] = false;
            m_component[w] = m_components;
        } while (w != root);
        ++m_components;
    }

    const RelationGraph &m_graph;
    QList<int> m_index;
    QList<int> m_low;
    QList<bool> m_onStack;
    QList<int> m_component;
    QList<int> m_stack;
    QList<Frame> m_frames;
    int m_counter = 0;
    int m_components = 0;
};

} // namespace

StronglyConnectedComponents stronglyConnectedComponents(const RelationGraph &graph)
{
    int count = 0;
    const QList<int> found = TarjanSearch(graph).run(&count);
    // Renumber by first table in model order: the numbering then depends on the model only.
    StronglyConnectedComponents result;
    QList<int> renumbered(count, -1);
    result.componentOf.resize(found.size());
    for (int node = 0; node < found.size(); ++node) {
        int &id = renumbered[found.at(node)];
        if (id < 0) {
            id = result.count();
            result.sizes.append(0);
            result.firstNode.append(node);
        }
        result.componentOf[node] = id;
        ++result.sizes[id];
    }
    return result;
}

} // namespace relata
