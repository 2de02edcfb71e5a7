#include "layoutgraph.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace relata {

namespace {

/// Row index when it names a row of the node, else -1.
int checkedRow(const LayoutNode &node, int row)
{
    return row >= 0 && row < node.rowCenters.size() ? row : -1;
}

/// Edges between distinct known nodes; `freeOnly` drops those touching a fixed node.
QList<IndexedEdge> indexedEdges(const LayoutInput &input, bool freeOnly)
{
    QHash<TableId, int> indexOf;
    indexOf.reserve(input.nodes.size());
    for (int i = 0; i < input.nodes.size(); ++i)
        indexOf.insert(input.nodes.at(i).table, i);
    QList<IndexedEdge> edges;
    edges.reserve(input.edges.size());
    for (const LayoutEdge &e : input.edges) {
        const int child = indexOf.value(e.child, -1);
        const int parent = indexOf.value(e.parent, -1);
        if (child < 0 || parent < 0 || child == parent)
            continue;
        const LayoutNode &c = input.nodes.at(child);
        const LayoutNode &p = input.nodes.at(parent);
        if (freeOnly && (c.fixed || p.fixed))
            continue;
        edges.append({child, checkedRow(c, e.childRow), parent, checkedRow(p, e.parentRow)});
    }
    return edges;
}

int findRoot(QList<int> &up, int i)
{
    while (up[i] != i) {
        up[i] = up[up[i]];
        i = up[i];
    }
    return i;
}

} // namespace

QList<LayoutComponent> freeComponents(const LayoutInput &input)
{
    const int n = int(input.nodes.size());
    QList<int> up(n);
    std::iota(up.begin(), up.end(), 0);
    const QList<IndexedEdge> edges = indexedEdges(input, true);
    for (const IndexedEdge &e : edges) {
        const int a = findRoot(up, e.child);
        const int b = findRoot(up, e.parent);
        if (a != b)
            up[std::max(a, b)] = std::min(a, b); // the root stays the smallest index
    }
    QHash<int, int> componentOfRoot;
    QList<LayoutComponent> components;
    for (int i = 0; i < n; ++i) {
        if (input.nodes.at(i).fixed)
            continue;
        const int root = findRoot(up, i);
        auto it = componentOfRoot.find(root);
        if (it == componentOfRoot.end()) {
            it = componentOfRoot.insert(root, int(components.size()));
            components.append(LayoutComponent{});
        }
        components[*it].nodes.append(i);
    }
    for (const IndexedEdge &e : edges)
        components[componentOfRoot.value(findRoot(up, e.child))].edges.append(e);
    return components;
}

LayoutComponent wholeGraph(const LayoutInput &input)
{
    LayoutComponent all;
    all.nodes.resize(input.nodes.size());
    std::iota(all.nodes.begin(), all.nodes.end(), 0);
    all.edges = indexedEdges(input, false);
    return all;
}

qsizetype estimateLayeredSize(const LayoutComponent &component)
{
    QHash<int, int> local;
    for (int i = 0; i < component.nodes.size(); ++i)
        local.insert(component.nodes.at(i), i);
    const int n = int(component.nodes.size());
    // Parent → child edges; an edge that would close a cycle (to an earlier node in model
    // order, as a person would read it) is reversed, which makes the graph acyclic.
    QList<QList<int>> out(n);
    QList<int> inDegree(n, 0);
    for (const IndexedEdge &e : component.edges) {
        int from = local.value(e.parent);
        int to = local.value(e.child);
        if (from > to)
            std::swap(from, to);
        out[from].append(to);
        ++inDegree[to];
    }
    QList<int> rank(n, 0);
    QList<int> ready;
    for (int i = 0; i < n; ++i) {
        if (inDegree.at(i) == 0)
            ready.append(i);
    }
    for (int k = 0; k < ready.size(); ++k) {
        const int v = ready.at(k);
        for (int w : std::as_const(out[v])) {
            rank[w] = std::max(rank.at(w), rank.at(v) + 1);
            if (--inDegree[w] == 0)
                ready.append(w);
        }
    }
    qsizetype total = n;
    for (int v = 0; v < n; ++v) {
        for (int w : std::as_const(out.at(v)))
            total += std::max(0, rank.at(w) - rank.at(v) - 1);
    }
    return total;
}

} // namespace relata
